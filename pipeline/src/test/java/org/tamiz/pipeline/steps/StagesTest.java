package org.tamiz.pipeline.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tamiz.pipeline.SparkTestSession;
import org.tamiz.pipeline.cli.TamizCliTest;
import org.tamiz.pipeline.write.OutputLayout;
import org.tamiz.pipeline.write.OutputReader;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every stage on the demo corpus through the CLI: each decision lands in the right column or reason. */
class StagesTest {
  @TempDir
  static Path work;

  static Path out;
  static Dataset<Row> corpus;
  static Dataset<Row> rejected;

  @BeforeAll
  static void run() throws IOException {
    Path demo = Paths.get("..", "demo", "data").toAbsolutePath().normalize();
    out = work.resolve("out");
    TamizCliTest.run("run", "--input", demo.toString(), "--output", out.toString(), "--quiet");
    corpus = OutputReader.read(SparkTestSession.get(), out.resolve(OutputLayout.CORPUS)).cache();
    rejected = OutputReader.read(SparkTestSession.get(), out.resolve(OutputLayout.REJECTED)).cache();
  }

  private static Row one(Dataset<Row> d, String column, String value) {
    // WARC request records share their response's URL: they are counted as not_a_document.
    List<Row> rows = d.where(col(column).equalTo(value)
        .and(col("reason").isNull().or(col("reason").notEqual("not_a_document")))).collectAsList();
    assertEquals(1, rows.size(), column + "=" + value);
    return rows.get(0);
  }

  @Test
  void languagesAreIdentified() {
    for (String l : List.of("es", "ca", "gl", "eu", "en", "fr", "de", "pt", "pl", "nl", "sv", "cs", "ro", "el")) {
      Row r = one(corpus.unionByName(rejected), "id", "news-" + l);
      assertEquals(l, r.getAs("lang"), "news-" + l);
      assertTrue(r.<Double>getAs("lang_score") > 0.5, "news-" + l);
    }
    Row shortDoc = one(rejected, "source_locator", "books/short.txt");
    assertEquals("language_not_target", shortDoc.getAs("reason"));
  }

  @Test
  void optOutsFromRobotsTxtMetaAndNoaiAreHonoured() {
    Row robots = one(rejected, "url", "https://blocked.example.it/piazza");
    assertEquals("tdm_opt_out", robots.getAs("reason"));
    assertTrue(robots.<String>getAs("tdm_signals").contains("GPTBot"), robots.<String>getAs("tdm_signals"));
    assertEquals("tdm_opt_out", one(rejected, "url", "https://www.example.fr/boulanger").getAs("reason"));
    assertEquals("tdm_opt_out", one(rejected, "url", "https://www.example.de/herbst").getAs("reason"));
    // Records rejected before the licence stage (und, malformed) carry their opt-out decision too.
    assertEquals(0, rejected.where(col("text").isNotNull().and(col("tdm_reserved").isNull())).count());
    Row free = one(corpus, "url", "https://www.example.eus/txabola");
    assertFalse(free.<Boolean>getAs("tdm_reserved"));
    assertEquals("unknown", free.getAs("license_category"));
  }

  @Test
  void aCreativeCommonsPageCarriesItsLicence() {
    Row gl = one(corpus, "url", "https://www.example.gal/faro");
    assertEquals("CC-BY-SA-4.0", gl.getAs("license_spdx"));
    assertEquals("copyleft_share_alike", gl.getAs("license_category"));
    assertTrue(gl.<String>getAs("license_evidence").contains("rel_license"), gl.<String>getAs("license_evidence"));
    String text = gl.getAs("text");
    assertTrue(text.contains("O vello faro da costa"), text);
    assertFalse(text.contains("We use cookies"), text);
  }

  @Test
  void personalDataIsRedactedAndCounted() {
    Row r = one(corpus, "id", "news-ca-contact");
    String text = r.getAs("text");
    assertFalse(text.contains("montse.puig@example.cat"), text);
    assertFalse(text.contains("612 345 678"), text);
    assertFalse(text.contains("ES91 2100 0418 4502 0005 1332"), text);
    assertTrue(text.contains("<EMAIL>") && text.contains("<PHONE>") && text.contains("<IBAN>"), text);
    scala.collection.Map<String, Integer> counts = r.getAs("pii_counts");
    assertEquals(1, (int) counts.get("EMAIL").get());
    assertEquals(1, (int) counts.get("IBAN").get());
  }

  @Test
  void qualitySignalsAreKeptForEveryKeptDocument() {
    assertEquals(0, corpus.where(col("quality_signals").isNull()).count());
    Row es = corpus.where(col("lang").equalTo("es")).first();
    scala.collection.Map<String, Double> signals = es.getAs("quality_signals");
    assertTrue(signals.size() > 10, signals.toString());
    assertTrue(es.<Double>getAs("toxicity_score") >= 0.0);
  }

  @Test
  void duplicatesPointToTheirKeeper() {
    // The Spanish article, its re-spaced copy, its edited copy and the WARC page of it form one cluster.
    List<String> members = List.of("news-es", "news-es-copy", "news-es-edited");
    List<Row> kept = corpus.where(col("id").isin(members.toArray())
        .or(col("url").equalTo("https://www.example.es/huerta"))).collectAsList();
    assertEquals(1, kept.size(), kept.toString());
    String keeper = kept.get(0).getAs("id");
    assertTrue(kept.get(0).<Integer>getAs("dup_cluster_size") >= 3);
    for (String id : members) {
      if (id.equals(keeper)) continue;
      Row r = one(rejected, "id", id);
      assertTrue(List.of("exact_duplicate", "near_duplicate").contains(r.<String>getAs("reason")), id + " " + r.getAs("reason"));
      assertEquals(keeper, r.getAs("duplicate_of"), id);
    }
  }

  @Test
  void theManifestAddsUpAndExplainTellsTheStory() throws Exception {
    com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    com.fasterxml.jackson.databind.JsonNode t = m.get("totals");
    assertTrue(t.get("counts_add_up").asBoolean());
    assertEquals(t.get("records_read").asLong(), t.get("kept").asLong() + t.get("rejected").asLong());
    assertEquals(corpus.count(), t.get("kept").asLong());
    assertEquals(rejected.count(), t.get("rejected").asLong());
    List<String> stages = new java.util.ArrayList<>();
    m.get("stages").forEach(x -> stages.add(x.asText()));
    assertEquals(List.of("langid", "licenses", "quality", "toxicity", "pii", "dedup"), stages);
    com.fasterxml.jackson.databind.JsonNode e = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(TamizCliTest.output("explain", "--output", out.toString(), "--id", "news-es-copy"));
    assertEquals("rejected", e.get("status").asText());
    assertEquals("exact_duplicate", e.get("reason").asText());
    assertEquals("news.jsonl", e.get("source").get("source_file").asText());
    assertEquals("es", e.get("decisions").get("langid").get("lang").asText());
    assertTrue(e.get("decisions").get("quality").has("quality_signals"));
    assertTrue(e.get("decisions").get("dedup").has("duplicate_of"));
    assertEquals(2, TamizCliTest.exitCode("explain", "--output", out.toString(), "--id", "no-such-document"));
    assertTrue(java.nio.file.Files.isDirectory(out.resolve("dedup/signatures")), "signatures for incremental runs");
    assertFalse(java.nio.file.Files.exists(out.resolve(".tamiz-staging")));
    for (String doc : List.of("README.md", "datasheet.md", "croissant.json", "eu_training_summary.md",
        "eu_training_summary.json", "top_domains.csv", "report.html")) {
      assertTrue(java.nio.file.Files.size(out.resolve("docs").resolve(doc)) > 40, doc);
    }
  }
}
