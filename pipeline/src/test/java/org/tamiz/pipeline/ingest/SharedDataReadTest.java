package org.tamiz.pipeline.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real files written by other tools (../shared/data, when present): read to the end, broken ones reported. */
class SharedDataReadTest {
  static Path shared() {
    String env = System.getenv("TAMIZ_SHARED_DATA");
    if (env != null && Files.isDirectory(Paths.get(env))) return Paths.get(env);
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path d = p.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(d)) return d;
    }
    return null;
  }

  static List<DocumentRecord> read(String relative) throws IOException {
    Path data = shared();
    Assumptions.assumeTrue(data != null && Files.exists(data.resolve(relative)), "shared data not present");
    return SourceReaderTest.read(data.resolve(relative));
  }

  static long kept(List<DocumentRecord> rs) {
    return rs.stream().filter(r -> r.getString(DocumentSchema.REASON) == null).count();
  }

  @Test
  void aCommonCrawlWarcWetPairGivesTheSamePage() throws IOException {
    List<DocumentRecord> warc = read("warc/whirlwind_an-wikipedia.warc.gz");
    List<DocumentRecord> wet = read("warc/whirlwind_an-wikipedia.warc.wet.gz");
    DocumentRecord page = warc.stream().filter(r -> r.getString(DocumentSchema.REASON) == null).findFirst().orElseThrow();
    DocumentRecord conv = wet.stream().filter(r -> r.getString(DocumentSchema.REASON) == null).findFirst().orElseThrow();
    assertEquals(conv.getString(DocumentSchema.URL), page.getString(DocumentSchema.URL));
    assertTrue(page.getString(DocumentSchema.TEXT).length() > 200);
    assertEquals("wet", conv.getString(DocumentSchema.SOURCE_FORMAT));
  }

  @Test
  void aClippedWarcKeepsWhatCameBeforeTheCutAndReportsTheCut() throws IOException {
    List<DocumentRecord> rs = read("warc/resiliparse_clipped.warc.gz");
    DocumentRecord last = rs.get(rs.size() - 1);
    assertEquals("malformed", last.getString(DocumentSchema.REASON));
    assertTrue(last.getString(DocumentSchema.REASON_DETAIL).startsWith("resiliparse_clipped.warc.gz at "), last.getString(DocumentSchema.REASON_DETAIL));
  }

  @Test
  void arcAndBrokenChunkingAreRead() throws IOException {
    List<DocumentRecord> arc = read("warc/warcio_example.arc.gz");
    assertEquals(1, kept(arc));
    assertEquals("arc", arc.get(1).getString(DocumentSchema.SOURCE_FORMAT));
    for (String f : List.of("warc/warcio_example-bad-non-chunked.warc.gz", "warc/warcio_example-wrong-chunks.warc.gz",
        "warc/warcio_example.warc.gz", "warc/jwarc_cc.warc.gz",
        "warc/dolma_sample-0001_creativecommons-org.warc.gz")) {
      List<DocumentRecord> rs = read(f);
      assertTrue(kept(rs) >= 1, f);
      for (DocumentRecord r : rs) assertTrue(r.getString(DocumentSchema.ID).length() > 0, f);
    }
    // Pages with an empty body: counted as empty_text, their <html lang> still kept.
    List<DocumentRecord> empty = read("warc/iawc_html-lang-attribute.warc");
    assertEquals(5, empty.size());
    for (DocumentRecord r : empty) assertEquals("empty_text", r.getString(DocumentSchema.REASON));
    assertEquals("en", empty.get(0).getString(DocumentSchema.HTML_LANG));
    assertEquals("zh-CN", empty.get(1).getString(DocumentSchema.HTML_LANG));
  }

  @Test
  void realJsonLinesInEveryCompression() throws IOException {
    List<DocumentRecord> noText = read("jsonl/dolma_formats_test.jsonl.zst");
    for (DocumentRecord r : noText) {
      assertEquals("malformed", r.getString(DocumentSchema.REASON));
      assertTrue(r.getString(DocumentSchema.REASON_DETAIL).contains("no text field 'text'"));
    }
    for (String f : List.of("jsonl/dolma_cc_en_head-0091.jsonl.gz", "jsonl/dolma_cc_en_head-0174.jsonl.gz",
        "jsonl/dolma_provided_documents_000.json.gz")) {
      List<DocumentRecord> rs = read(f);
      assertTrue(kept(rs) >= 1, f);
      for (DocumentRecord r : rs) {
        if (r.getString(DocumentSchema.REASON) == null) assertTrue(r.getString(DocumentSchema.TEXT) != null, f);
      }
    }
    // A WET file named .txt is recognised by its magic bytes; this one has LF line ends where WARC requires
    // CRLF, which jwarc refuses after the first record: the rest is reported, not silently dropped.
    List<DocumentRecord> ccnet = read("warc/ccnet_sample.wet.txt");
    assertEquals(2, ccnet.size());
    assertEquals("not_a_document", ccnet.get(0).getString(DocumentSchema.REASON));
    assertEquals("malformed", ccnet.get(1).getString(DocumentSchema.REASON));
    assertTrue(ccnet.get(1).getString(DocumentSchema.REASON_DETAIL).contains("invalid WARC record"));
  }
}
