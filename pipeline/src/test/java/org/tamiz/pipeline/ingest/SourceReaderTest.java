package org.tamiz.pipeline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tamiz.pipeline.Fixtures;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  static List<DocumentRecord> read(Path file, TamizConfig config) throws IOException {
    InputFile f = new InputFile(file.toAbsolutePath().toString(), file.getFileName().toString(), Files.size(file));
    List<DocumentRecord> out = new ArrayList<>();
    for (Iterator<DocumentRecord> it = new SourceReader(config).read(f); it.hasNext(); ) out.add(it.next());
    return out;
  }

  static List<DocumentRecord> read(Path file) throws IOException {
    return read(file, TamizConfig.defaults());
  }

  static String reason(DocumentRecord r) {
    return r.getString(DocumentSchema.REASON);
  }

  static byte[] jsonl() throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append(JSON.writeValueAsString(Fixtures.jsonRecord("doc-es", Fixtures.text("es").text(), "https://example.es/huerta", "es"))).append('\n');
    sb.append(JSON.writeValueAsString(Fixtures.jsonRecord("doc-ca", Fixtures.text("ca").text(), null, "ca"))).append('\n');
    sb.append('\n'); // blank lines are not records
    sb.append("{\"id\": \"broken\", \"text\": \"unterminated\n");
    sb.append("{\"id\": \"no-text\", \"body\": \"the text is elsewhere\"}\n");
    sb.append("{\"id\": \"two\", \"text\": \"a\"} {\"id\": \"objects\"}\n");
    sb.append("{\"id\": \"number\", \"text\": 42}\n");
    sb.append(JSON.writeValueAsString(Fixtures.jsonRecord(null, Fixtures.text("gl").text(), null, null))).append('\n');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesKeepsGoodRecordsAndRejectsEachBadLineWithItsPlace() throws IOException {
    Path f = Files.write(dir.resolve("docs.jsonl"), jsonl());
    List<DocumentRecord> rs = read(f);
    assertEquals(7, rs.size());
    assertEquals("doc-es", rs.get(0).getString(DocumentSchema.ID));
    assertNull(reason(rs.get(0)));
    assertEquals("https://example.es/huerta", rs.get(0).getString(DocumentSchema.URL));
    assertEquals("es", rs.get(0).getString(DocumentSchema.INPUT_LANG));
    assertEquals("line 1", rs.get(0).getString(DocumentSchema.SOURCE_LOCATOR));
    assertEquals("malformed", reason(rs.get(2)));
    assertEquals("line 4", rs.get(2).getString(DocumentSchema.SOURCE_LOCATOR));
    assertTrue(rs.get(2).getString(DocumentSchema.REASON_DETAIL).startsWith("docs.jsonl at line 4: invalid JSON"));
    assertEquals("malformed", reason(rs.get(3)));
    assertTrue(rs.get(3).getString(DocumentSchema.REASON_DETAIL).contains("no text field 'text'"));
    assertEquals("malformed", reason(rs.get(4)), "two objects on one line");
    assertEquals("malformed", reason(rs.get(5)), "text is a number");
    assertNull(reason(rs.get(6)));
    // No id in the input: a stable id from file name and line.
    assertEquals(ReadContext.stableId("docs.jsonl", "line 8"), rs.get(6).getString(DocumentSchema.ID));
  }

  @Test
  void invalidUtf8IsRepairedAndCountedNotDropped() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("{\"id\":\"x\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0xe9, (byte) 0xff}); // Latin-1 é and a stray byte: invalid UTF-8
    b.write(" au lait\"}\n".getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("latin.jsonl"), b.toByteArray());
    List<DocumentRecord> rs = read(f);
    assertEquals(1, rs.size());
    assertNull(reason(rs.get(0)));
    assertEquals("caf\uFFFD\uFFFD au lait", rs.get(0).getString(DocumentSchema.TEXT));
    assertEquals(2, rs.get(0).get(DocumentSchema.INVALID_UTF8_REPAIRED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gz", "bz2", "xz", "zst"})
  void everyCompressionGivesTheSameRecords(String codec) throws IOException {
    Path plain = Files.write(dir.resolve("docs.jsonl"), jsonl());
    Path packed = Files.write(dir.resolve("docs.jsonl." + codec), Fixtures.compress(codec, jsonl()));
    List<DocumentRecord> a = read(plain);
    List<DocumentRecord> b = read(packed);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).getString(DocumentSchema.TEXT), b.get(i).getString(DocumentSchema.TEXT));
      assertEquals(reason(a.get(i)), reason(b.get(i)));
    }
  }

  @Test
  void multiMemberGzipIsReadToTheEnd() throws IOException {
    byte[] one = Fixtures.gzip(Fixtures.utf8("{\"id\":\"1\",\"text\":\"first member\"}\n"));
    byte[] two = Fixtures.gzip(Fixtures.utf8("{\"id\":\"2\",\"text\":\"second member\"}\n"));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(one);
    b.write(two);
    Path f = Files.write(dir.resolve("multi.jsonl.gz"), b.toByteArray());
    List<DocumentRecord> rs = read(f);
    assertEquals(2, rs.size());
    assertEquals("second member", rs.get(1).getString(DocumentSchema.TEXT));
  }

  @Test
  void magicBytesWinOverAMisleadingName() throws IOException {
    Path f = Files.write(dir.resolve("docs.jsonl"), Fixtures.compress("zst", jsonl())); // zstd named .jsonl
    assertEquals(7, read(f).size());
  }

  @Test
  void archivesOfEveryKindAreReadEntryByEntryAndNestedOnce() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("texts/es.txt", Fixtures.utf8(Fixtures.text("es").text()));
    entries.put("texts/docs.jsonl", jsonl());
    entries.put("texts/fr.txt.gz", Fixtures.gzip(Fixtures.utf8(Fixtures.text("fr").text())));
    Files.write(dir.resolve("a.tar"), Fixtures.tar(entries, false));
    Files.write(dir.resolve("a.tar.gz"), Fixtures.tar(entries, true));
    Files.write(dir.resolve("a.zip"), Fixtures.zip(entries));
    Fixtures.sevenZ(dir.resolve("a.7z"), entries);
    for (String name : List.of("a.tar", "a.tar.gz", "a.zip", "a.7z")) {
      List<DocumentRecord> rs = read(dir.resolve(name));
      assertEquals(9, rs.size(), name);
      assertEquals("texts/es.txt", rs.get(0).getString(DocumentSchema.SOURCE_LOCATOR), name);
      assertEquals(Fixtures.text("es").text(), rs.get(0).getString(DocumentSchema.TEXT), name);
      assertEquals("texts/docs.jsonl!line 1", rs.get(1).getString(DocumentSchema.SOURCE_LOCATOR), name);
      assertEquals(Fixtures.text("fr").text(), rs.get(8).getString(DocumentSchema.TEXT), name);
      assertEquals(name, rs.get(0).getString(DocumentSchema.SOURCE_FILE));
    }
    // An archive inside an archive is opened; one more level is not.
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("inner.zip", Fixtures.zip(entries));
    outer.put("deeper.tar", Fixtures.tar(Map.of("in.zip", Fixtures.zip(entries)), false));
    List<DocumentRecord> rs = read(Files.write(dir.resolve("outer.tar"), Fixtures.tar(outer, false)));
    assertEquals(10, rs.size());
    assertEquals("inner.zip!texts/es.txt", rs.get(0).getString(DocumentSchema.SOURCE_LOCATOR));
    assertEquals("unsupported_format", reason(rs.get(9)));
    assertEquals("deeper.tar!in.zip", rs.get(9).getString(DocumentSchema.SOURCE_LOCATOR));
  }

  @Test
  void archiveEntriesThatCouldEscapeAreReportedNeverFollowed() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("../../etc/cron.d/evil.txt", Fixtures.utf8("overwrite"));
    entries.put("/tmp/absolute.txt", Fixtures.utf8("absolute"));
    entries.put("link.txt", null); // symlink to /etc/passwd
    entries.put("good.txt", Fixtures.utf8(Fixtures.text("de").text()));
    List<DocumentRecord> rs = read(Files.write(dir.resolve("evil.tar"), Fixtures.tar(entries, false)));
    assertEquals(4, rs.size());
    assertEquals("unsafe_archive_entry", reason(rs.get(0)));
    assertTrue(rs.get(0).getString(DocumentSchema.REASON_DETAIL).contains("path with .."));
    assertEquals("unsafe_archive_entry", reason(rs.get(1)));
    assertEquals("unsafe_archive_entry", reason(rs.get(2)));
    assertTrue(rs.get(2).getString(DocumentSchema.REASON_DETAIL).contains("link"));
    assertNull(rs.get(2).getString(DocumentSchema.TEXT));
    assertNull(reason(rs.get(3)));
    assertFalse(Files.exists(dir.resolve("../../etc/cron.d/evil.txt").normalize()));
  }

  @Test
  void aDecompressionBombIsCutOffAndReported() throws IOException {
    byte[] zeros = new byte[64 << 20];
    Path f = Files.write(dir.resolve("bomb.txt.gz"), Fixtures.gzip(zeros));
    TamizConfig c = TamizConfig.defaults();
    c.limits.compressionRatioMinBytes = 1 << 20;
    c.limits.maxCompressionRatio = 100;
    List<DocumentRecord> rs = read(f, c);
    assertEquals(1, rs.size());
    assertEquals("decompression_bomb", reason(rs.get(0)));
    assertTrue(rs.get(0).getString(DocumentSchema.REASON_DETAIL).startsWith("bomb.txt.gz"));
    c.limits.maxCompressionRatio = 1e9;
    c.limits.maxDecompressedBytesPerFile = 8 << 20;
    assertEquals("decompression_bomb", reason(read(f, c).get(0)));
  }

  @Test
  void oversizedAndBinaryDocumentsAreRejectedWithTheirReason() throws IOException {
    TamizConfig c = TamizConfig.defaults();
    c.limits.maxDocumentBytes = 1000;
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(1000));
    DocumentRecord r = read(big, c).get(0);
    assertEquals("oversized", reason(r));
    assertTrue(r.getString(DocumentSchema.REASON_DETAIL).contains("5000 bytes"));
    Path line = Files.writeString(dir.resolve("big.jsonl"), "{\"text\":\"" + "x".repeat(5000) + "\"}\n{\"text\":\"small\"}\n");
    List<DocumentRecord> rs = read(line, c);
    assertEquals("oversized", reason(rs.get(0)));
    assertNull(reason(rs.get(1)));
    byte[] junk = new byte[300];
    new java.util.Random(7).nextBytes(junk);
    junk[10] = 0;
    assertEquals("malformed", reason(read(Files.write(dir.resolve("junk.txt"), junk)).get(0)));
    assertEquals("unsupported_format", reason(read(Files.write(dir.resolve("junk.bin"), junk)).get(0)));
    assertEquals("malformed", reason(read(Files.write(dir.resolve("empty.jsonl"), new byte[0])).get(0)));
  }

  @Test
  void warcResponsesBecomeDocumentsAndOtherRecordsAreCounted() throws IOException {
    Fixtures.Text es = Fixtures.text("es");
    Path f = new Fixtures.WarcBuilder(true).warcinfo()
        .html("https://example.es/huerta", Fixtures.html(es, "<meta name=\"robots\" content=\"noai\">",
            "<a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a>"),
            Map.of("X-Robots-Tag", "noai", "tdm-reservation", "1"))
        .response("https://example.es/missing", 404, "text/html", Fixtures.utf8("<html>gone</html>"), null)
        .response("https://example.es/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null)
        .response("https://example.es/robots.txt", 200, "text/plain", Fixtures.utf8("User-agent: GPTBot\nDisallow: /\n"), null)
        .write(dir.resolve("crawl.warc.gz"));
    List<DocumentRecord> rs = read(f);
    assertEquals(9, rs.size()); // warcinfo + 4 x (request + response)
    List<String> reasons = new ArrayList<>();
    for (DocumentRecord r : rs) reasons.add(reason(r));
    assertEquals(java.util.Arrays.asList("not_a_document", "not_a_document", null, "not_a_document",
        "unsupported_content", "not_a_document", "unsupported_content", "not_a_document", "site_file"), reasons);
    DocumentRecord page = rs.get(2);
    String text = page.getString(DocumentSchema.TEXT);
    assertTrue(text.contains("Cada primavera mi abuela preparaba la huerta"), text);
    assertTrue(text.contains("sus manos manchadas de tierra"), text);
    assertFalse(text.contains("javascript here"), text);
    assertFalse(text.contains("Contact"), text);
    assertEquals("https://example.es/huerta", page.getString(DocumentSchema.URL));
    assertEquals("warc", page.getString(DocumentSchema.SOURCE_FORMAT));
    assertTrue(page.getString(DocumentSchema.SOURCE_LOCATOR).startsWith("warc@"));
    assertEquals("es", page.getString(DocumentSchema.HTML_LANG));
    assertEquals(200, page.get(DocumentSchema.HTTP_STATUS));
    assertTrue(page.getString(DocumentSchema.WARC_RECORD_ID).startsWith("<urn:uuid:"));
    assertEquals("2025-03-01T10:01:00Z", page.getString(DocumentSchema.WARC_DATE));
    @SuppressWarnings("unchecked")
    scala.collection.Map<String, String> headers = (scala.collection.Map<String, String>) page.get(DocumentSchema.HTTP_HEADERS);
    assertEquals("noai", headers.get("x-robots-tag").get());
    assertEquals("1", headers.get("tdm-reservation").get());
    assertTrue(page.get(DocumentSchema.HTML_META).toString().contains("noai"));
    assertTrue(page.get(DocumentSchema.HTML_LINKS).toString().contains("creativecommons.org/licenses/by-sa/4.0/"));
    assertEquals("User-agent: GPTBot\nDisallow: /\n", rs.get(8).getString(DocumentSchema.TEXT));
    assertEquals("HTTP status 404", rs.get(4).getString(DocumentSchema.REASON_DETAIL));
  }

  @Test
  void wetConversionRecordsAreDocuments() throws IOException {
    Path f = new Fixtures.WarcBuilder(true).warcinfo()
        .conversion("https://example.pt/feira", Fixtures.text("pt").text())
        .conversion("https://example.pl/zima", Fixtures.text("pl").text())
        .write(dir.resolve("crawl.warc.wet.gz"));
    List<DocumentRecord> rs = read(f);
    assertEquals(3, rs.size());
    assertEquals("not_a_document", reason(rs.get(0)));
    assertEquals(Fixtures.text("pt").text(), rs.get(1).getString(DocumentSchema.TEXT));
    assertEquals("wet", rs.get(1).getString(DocumentSchema.SOURCE_FORMAT));
    assertEquals("https://example.pl/zima", rs.get(2).getString(DocumentSchema.URL));
  }

  /** jwarc's test idea: cut a real file one byte at a time; every cut reads cleanly, never hangs. */
  @Test
  void truncatedWarcGzAndJsonlGzAreRejectedCleanlyAtEveryCut() throws Exception {
    byte[] warc = new Fixtures.WarcBuilder(true).warcinfo()
        .html("https://example.it/piazza", Fixtures.html(Fixtures.text("it"), null, null), null)
        .conversion("https://example.nl/fietsen", Fixtures.text("nl").text())
        .bytes();
    byte[] jsonl = Fixtures.gzip(jsonl());
    for (Object[] c : new Object[][] {{"cut.warc.gz", warc, 4}, {"cut.jsonl.gz", jsonl, 7}}) {
      String name = (String) c[0];
      byte[] full = (byte[]) c[1];
      int fullCount = (Integer) c[2];
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> {
        for (int cut = 1; cut < full.length; cut++) {
          Path f = Files.write(dir.resolve(name), java.util.Arrays.copyOf(full, cut));
          List<DocumentRecord> rs = read(f);
          assertTrue(rs.size() <= fullCount + 1, name + " cut at " + cut);
          long good = rs.stream().filter(r -> reason(r) == null).count();
          assertTrue(good <= 3, name + " cut at " + cut);
          DocumentRecord last = rs.get(rs.size() - 1);
          // Every cut that does not fall on a record boundary ends in a rejected row naming the file.
          if ("malformed".equals(reason(last))) assertTrue(last.getString(DocumentSchema.REASON_DETAIL).startsWith(name), last.getString(DocumentSchema.REASON_DETAIL));
        }
      });
      List<DocumentRecord> whole = read(Files.write(dir.resolve(name), full));
      assertEquals(fullCount, whole.size(), name);
    }
    // A jsonl.gz cut in the middle ends in a malformed row saying it was truncated.
    Path f = Files.write(dir.resolve("half.jsonl.gz"), java.util.Arrays.copyOf(jsonl, jsonl.length / 2));
    List<DocumentRecord> rs = read(f);
    DocumentRecord last = rs.get(rs.size() - 1);
    assertEquals("malformed", reason(last));
    assertTrue(last.getString(DocumentSchema.REASON_DETAIL).contains("truncated"), last.getString(DocumentSchema.REASON_DETAIL));
  }
}
