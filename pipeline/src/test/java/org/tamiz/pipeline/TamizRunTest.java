package org.tamiz.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.write.OutputLayout;
import org.tamiz.pipeline.write.OutputReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end on local[2]: every format in one directory, the conservation rule, determinism, atomic output. */
class TamizRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;

  static Path inputs;

  /** Every input format, with duplicates and broken records; returns the directory. */
  static Path mixedInputs(Path root) throws IOException {
    Path in = root.resolve("in");
    Files.createDirectories(in);
    StringBuilder jsonl = new StringBuilder();
    for (Fixtures.Text t : Fixtures.texts()) {
      jsonl.append(JSON.writeValueAsString(Fixtures.jsonRecord("j-" + t.lang(), t.text(), "https://news.example/" + t.lang(), t.lang()))).append('\n');
    }
    jsonl.append("{\"id\": \"broken\", \"text\": \n");
    Files.writeString(in.resolve("news.jsonl"), jsonl);
    Files.write(in.resolve("news-copy.jsonl.zst"), Fixtures.compress("zst", Fixtures.utf8(jsonl.toString().replace("\"j-", "\"z-"))));
    new Fixtures.WarcBuilder(true).warcinfo()
        .html("https://www.example.es/huerta", Fixtures.html(Fixtures.text("es"), null, null), null)
        .html("https://www.example.cat/mercat", Fixtures.html(Fixtures.text("ca"), null, null), null)
        .response("https://www.example.cat/missing", 404, "text/html", Fixtures.utf8("<p>not here</p>"), null)
        .write(in.resolve("crawl/pages.warc.gz"));
    new Fixtures.WarcBuilder(true).warcinfo().conversion("https://www.example.gal/faro", Fixtures.text("gl").text())
        .write(in.resolve("crawl/pages.warc.wet.gz"));
    Map<String, byte[]> txt = new LinkedHashMap<>();
    for (String l : List.of("eu", "sv", "cs")) txt.put("txt/" + l + ".txt", Fixtures.utf8(Fixtures.text(l).text()));
    Files.write(in.resolve("texts.tar.gz"), Fixtures.tar(txt, true));
    Files.write(in.resolve("texts.zip"), Fixtures.zip(txt));
    Fixtures.sevenZ(in.resolve("texts.7z"), txt);
    Files.write(in.resolve("one.txt.bz2"), Fixtures.compress("bz2", Fixtures.utf8(Fixtures.text("ro").text())));
    Files.write(in.resolve("one.txt.xz"), Fixtures.compress("xz", Fixtures.utf8(Fixtures.text("el").text())));
    byte[] warc = new Fixtures.WarcBuilder(true).html("https://x.example/it", Fixtures.html(Fixtures.text("it"), null, null), null).bytes();
    Files.write(in.resolve("truncated.warc.gz"), java.util.Arrays.copyOf(warc, warc.length - 40));
    // Parquet with a text column, written by Spark itself.
    SparkSession spark = SparkTestSession.get();
    List<Row> rows = new ArrayList<>();
    rows.add(org.apache.spark.sql.RowFactory.create("p-1", Fixtures.text("nl").text(), "nl"));
    rows.add(org.apache.spark.sql.RowFactory.create("p-2", null, "nl"));
    spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
            .add("id", "string").add("text", "string").add("lang", "string"))
        .coalesce(1).write().parquet(in.resolve("table").toString());
    return in;
  }

  @BeforeAll
  static void setUp() throws IOException {
    inputs = mixedInputs(work);
  }

  static Path run(String name, List<String> stages, TamizConfig cfg) throws IOException {
    Path out = work.resolve(name);
    new TamizRun(SparkTestSession.get(), cfg, stages).run(List.of(inputs.toString()), out, null);
    return out;
  }

  static List<String> rowsOf(Path out) {
    List<String> all = new ArrayList<>();
    for (String part : List.of(OutputLayout.CORPUS, OutputLayout.REJECTED)) {
      Dataset<Row> d = OutputReader.read(SparkTestSession.get(), out.resolve(part));
      all.addAll(d.orderBy(col("id"), col("source_file"), col("source_locator")).toJSON().collectAsList());
    }
    return all;
  }

  @Test
  void oneInputFileIsSpreadOverTheCores() throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path one = work.resolve("one-file");
    Files.createDirectories(one);
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 50; i++) jsonl.append("{\"id\":\"j").append(i).append("\",\"text\":\"line ").append(i).append("\"}\n");
    Files.writeString(one.resolve("all.jsonl"), jsonl);
    Dataset<Row> read = org.tamiz.pipeline.ingest.SparkIngest.read(spark,
        org.tamiz.pipeline.ingest.InputDiscovery.discover(List.of(one.toString())), TamizConfig.defaults());
    assertEquals(1, read.javaRDD().getNumPartitions());
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> spread = TamizRun.spreadOverCores(spark, read);
    assertEquals(2 * cores, spread.javaRDD().getNumPartitions());
    assertEquals(50, spread.count());
    assertTrue(spread.javaRDD().glom().collect().stream().filter(p -> !p.isEmpty()).count() > 1);
    // Enough files already: left as read.
    Dataset<Row> many = read.repartition(cores, col("id"));
    assertEquals(cores, TamizRun.spreadOverCores(spark, many).javaRDD().getNumPartitions());
  }

  @Test
  void everyRecordIsKeptOrRejectedAndTheManifestAddsUp() throws IOException {
    Path out = run("out-none", List.of("none"), TamizConfig.defaults());
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
    JsonNode t = m.get("totals");
    int texts = Fixtures.texts().size();
    // jsonl: texts + 1 broken (x2 files); warc: warcinfo + 3 x (request+response); wet: warcinfo + 1;
    // 3 archives x 3 txt; bz2 + xz; truncated warc: 1 malformed row (its request record is cut); parquet: 2 rows.
    // jsonl: texts + 1 broken line, twice; warc: warcinfo + 3 x (request + response); wet: warcinfo + conversion;
    // 3 archives x 3 txt; bz2 + xz; truncated warc: its request + 1 malformed row; parquet: 2 rows.
    long expectedRead = 2L * (texts + 1) + 7 + 2 + 9 + 2 + 2 + 2;
    assertEquals(expectedRead, t.get("records_read").asLong());
    assertEquals(t.get("records_read").asLong(), t.get("kept").asLong() + t.get("rejected").asLong());
    assertTrue(t.get("counts_add_up").asBoolean());
    assertEquals(0, t.get("text_repairs").get("invalid_utf8_sequences").asLong());
    assertEquals(2L * texts + 2 + 1 + 9 + 2 + 1, t.get("kept").asLong());
    assertEquals(11, m.get("inputs").size());
    for (JsonNode in : m.get("inputs")) {
      assertEquals(64, in.get("sha256").asText().length());
      long rej = 0;
      for (JsonNode v : in.get("rejected")) rej += v.asLong();
      assertEquals(in.get("records_read").asLong(), in.get("kept").asLong() + rej, in.get("file").asText());
    }
    JsonNode trunc = m.get("inputs").get(findInput(m, "truncated.warc.gz"));
    assertTrue(trunc.get("rejected").get("malformed").asLong() >= 1);
    // Without langid, JSONL's declared lang is the language; other documents are und.
    assertEquals(2, t.get("kept_by_language").get("es").asLong());
    assertTrue(Files.isDirectory(out.resolve("corpus/lang=es")));
    assertTrue(Files.isDirectory(out.resolve("rejected/reason=malformed")));
    assertTrue(Files.isDirectory(out.resolve("rejected/reason=not_a_document")));
    // Files keep lang/reason as columns too.
    Dataset<Row> malformed = SparkTestSession.get().read().parquet(out.resolve("rejected/reason=malformed").toString());
    assertTrue(malformed.where(col("reason").equalTo("malformed")).count() >= 3);
    for (String doc : List.of("README.md", "datasheet.md", "croissant.json", "eu_training_summary.md",
        "eu_training_summary.json", "top_domains.csv", "report.html")) {
      assertTrue(Files.size(out.resolve("docs").resolve(doc)) > 40, doc);
    }
    assertFalse(Files.exists(out.resolve(".tamiz-staging")));
  }

  private static int findInput(JsonNode m, String name) {
    for (int i = 0; i < m.get("inputs").size(); i++) if (m.get("inputs").get(i).get("file").asText().equals(name)) return i;
    throw new AssertionError(name);
  }

  @Test
  void theSameInputGivesTheSameRowsWhateverThePartitioning() throws IOException {
    TamizConfig a = TamizConfig.defaults();
    a.output.filesPerPartition = 1;
    TamizConfig b = TamizConfig.defaults();
    b.output.filesPerPartition = 5;
    SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", "3");
    List<String> first = rowsOf(run("det-a", List.of("langid"), a));
    SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", "11");
    List<String> second = rowsOf(run("det-b", List.of("langid"), b));
    SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", "8");
    assertEquals(first.size(), second.size());
    assertEquals(first, second);
    // And the same files for the same config: rerun a into a fresh directory.
    List<String> again = rowsOf(run("det-a2", List.of("langid"), a));
    assertEquals(first, again);
    assertEquals(listing(work.resolve("det-a").resolve("corpus")), listing(work.resolve("det-a2").resolve("corpus")));
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString() + ":" + size(p)).sorted().collect(Collectors.toList());
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRerunReplacesTheOutputAndAForeignDirectoryIsRefused() throws IOException {
    Path out = run("rerun", List.of("none"), TamizConfig.defaults());
    Files.writeString(out.resolve("corpus/stale.parquet"), "old");
    run("rerun", List.of("none"), TamizConfig.defaults());
    assertFalse(Files.exists(out.resolve("corpus/stale.parquet")));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    Path foreign = work.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("thesis.tex"), "precious");
    assertThrows(IOException.class, () -> new TamizRun(SparkTestSession.get(), TamizConfig.defaults(), List.of("none"))
        .run(List.of(inputs.toString()), foreign, null));
    assertTrue(Files.exists(foreign.resolve("thesis.tex")));
  }
}
