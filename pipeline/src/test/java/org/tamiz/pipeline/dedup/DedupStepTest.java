package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tamiz.pipeline.SparkTestSession;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.schema.DocumentSchema;
import org.tamiz.pipeline.steps.StepContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tamiz.pipeline.dedup.DedupDocs.edits;
import static org.tamiz.pipeline.dedup.DedupDocs.replaceWords;
import static org.tamiz.pipeline.dedup.DedupDocs.text;

/** The stage on known clusters: exact, URL, near (with a chain), boilerplate lines, scopes, determinism. */
class DedupStepTest {
  static final String COPYRIGHT = "Copyright 2024 Example Media. All rights reserved.";
  static final String COOKIES = "We use cookies to improve your experience.";
  static final String MENU = "Home | News | Contact";

  @TempDir
  static Path work;

  static final int GIANT = 10_000;
  static Map<String, Row> first;
  static Map<String, Row> second;
  static int partitionsBefore;

  static Dataset<Row> knownClusters() {
    String es = text("es");
    String it = text("it");
    String pt = text("pt");
    DedupDocs docs = new DedupDocs();
    // A giant cluster: 10,000 copies of one text, each with its own word 20 (Jaccard ≈ 0.93 to each other).
    for (int i = 0; i < GIANT; i++) {
      docs.add(String.format("g-%05d", i), "de", replaceWords(text("de"), edits(20, String.format("n%04d", i))));
    }
    return docs
        // es-a, an exact copy (case, whitespace) and an older fetch of es-a's URL.
        .add("es-a", "es", es, "https://www.example.es/huerta?utm_source=feed", "2025-03-01T10:00:00Z")
        .add("es-b", "es", "  " + es.toUpperCase(java.util.Locale.ROOT).replace(" ", " \t"), "https://mirror.example.org/huerta", null)
        .add("es-old", "es", es.substring(0, es.indexOf('\n')), "HTTPS://WWW.EXAMPLE.ES:443/huerta#arriba", "2024-11-20T08:00:00Z")
        // A chain: A~B and B~C pass verification, A~C does not; one component all the same.
        .add("en-a", "en", MinHasherTest.A)
        .add("en-b", "en", MinHasherTest.B)
        .add("en-c", "en", MinHasherTest.C)
        // The same Catalan text labelled twice: per-language scope keeps both.
        .add("ca-a", "ca", text("ca"))
        .add("ca-as-es", "es", text("ca"))
        // Hard negatives sharing boilerplate lines, a page of boilerplate only, and a near-copy with the footer.
        .add("it-a", "it", it + "\n" + MENU + "\n" + COOKIES + "\n" + COPYRIGHT)
        .add("it-b", "it", pt + "\n" + MENU + "\n" + COOKIES + "\n" + COPYRIGHT.replace("2024", "2025"))
        .add("it-c", "it", text("fr") + "\n" + COOKIES + "\n" + MENU)
        .add("it-menu", "it", MENU + "\n\n" + COOKIES)
        .add("it-a2", "it", replaceWords(it, edits(12, "grande")) + "\n" + COPYRIGHT)
        // Empty and one-word documents.
        .add("empty-1", "es", "")
        .add("empty-2", "es", " \n ")
        .add("one-1", "es", "Bicicleta")
        .add("one-2", "es", "bicicleta.")
        .add("one-3", "es", "Huerta")
        // Rejected earlier: untouched, and no part of dedup even though it copies es-a.
        .rejected("rej-1", "es", es, "gopher_short_doc")
        .dataset();
  }

  static StepContext context(Path dir, Map<String, Object> dedup) {
    TamizConfig c = TamizConfig.defaults();
    c.dedup.putAll(dedup);
    return new StepContext(SparkTestSession.get(), c, Set.of("dedup"), null, dir);
  }

  static Map<String, Row> run(Dataset<Row> in, Path dir, Map<String, Object> dedup) {
    Dataset<Row> out = new DedupStep().apply(in, context(dir, dedup));
    assertEquals(DocumentSchema.SCHEMA, out.schema());
    return DedupDocs.byId(out);
  }

  @BeforeAll
  static void runTwice() {
    SparkSession spark = SparkTestSession.get();
    partitionsBefore = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    Map<String, Object> cfg = Map.of("max_line_occurrences", 2);
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    first = run(knownClusters().coalesce(1), work.resolve("run-1"), cfg);
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    second = run(knownClusters().repartition(5), work.resolve("run-2"), cfg);
  }

  @AfterAll
  static void restore() {
    SparkTestSession.get().conf().set("spark.sql.shuffle.partitions", String.valueOf(partitionsBefore));
  }

  static void assertRemoved(String id, String reason, String keeper) {
    Row r = first.get(id);
    assertEquals(reason, r.getString(DocumentSchema.REASON), id);
    assertEquals(keeper, r.getString(DocumentSchema.DUPLICATE_OF), id);
    assertTrue(r.isNullAt(DocumentSchema.DUP_CLUSTER_SIZE), id);
  }

  static void assertKept(String id, int clusterSize) {
    Row r = first.get(id);
    assertNull(r.get(DocumentSchema.REASON), id + ": " + r.get(DocumentSchema.REASON_DETAIL));
    assertNull(r.get(DocumentSchema.DUPLICATE_OF), id);
    assertEquals(clusterSize, r.getInt(DocumentSchema.DUP_CLUSTER_SIZE), id);
  }

  @Test
  void everyRowComesBack() {
    assertEquals(19 + GIANT, first.size());
  }

  @Test
  void giantClusterHasOneKeeper() {
    // Same normalised length everywhere: no fetch dates, so the smallest id keeps.
    assertKept("g-00000", GIANT);
    for (int i = 1; i < GIANT; i++) assertRemoved(String.format("g-%05d", i), "near_duplicate", "g-00000");
  }

  @Test
  void exactAndUrlDuplicatesPointToTheKeeper() {
    assertKept("es-a", 3);
    assertRemoved("es-b", "exact_duplicate", "es-a");
    assertRemoved("es-old", "url_duplicate", "es-a");
    assertEquals("same normalised text as es-a", first.get("es-b").getString(DocumentSchema.REASON_DETAIL));
  }

  @Test
  void chainEndsInOneClusterKeptByTheLongestText() {
    // C is the longest normalised text (its edits use longer words): it keeps A although A~C is below verification.
    assertKept("en-c", 3);
    assertRemoved("en-a", "near_duplicate", "en-c");
    assertRemoved("en-b", "near_duplicate", "en-c");
    assertEquals("MinHash near-duplicate of en-c (cluster of 3)", first.get("en-a").getString(DocumentSchema.REASON_DETAIL));
  }

  @Test
  void scopeIsTheLanguage() {
    assertKept("ca-a", 1);
    assertKept("ca-as-es", 1);
  }

  @Test
  void boilerplateLinesAreCutAndHardNegativesKept() {
    // MENU is in it-a, it-b, it-c, it-menu (4 > 2); COOKIES too; COPYRIGHT (digits folded) in it-a, it-b, it-a2… but
    // it-a2 is a near-duplicate of it-a, so the copyright line counts in 2 keepers only and stays.
    assertKept("it-a", 2);
    assertRemoved("it-a2", "near_duplicate", "it-a");
    assertKept("it-b", 1);
    assertKept("it-c", 1);
    assertEquals(text("it") + "\n" + COPYRIGHT, first.get("it-a").getString(DocumentSchema.TEXT));
    assertEquals(2, first.get("it-a").getInt(DocumentSchema.LINES_REMOVED));
    assertEquals(text("pt") + "\n" + COPYRIGHT.replace("2024", "2025"), first.get("it-b").getString(DocumentSchema.TEXT));
    assertEquals(text("fr"), first.get("it-c").getString(DocumentSchema.TEXT));
    Row menu = first.get("it-menu");
    assertEquals("repeated_lines_only", menu.getString(DocumentSchema.REASON));
    assertEquals(MENU + "\n\n" + COOKIES, menu.getString(DocumentSchema.TEXT)); // rejected text is kept as it was
    assertEquals(2, menu.getInt(DocumentSchema.LINES_REMOVED));
    assertEquals(0, first.get("es-a").getInt(DocumentSchema.LINES_REMOVED));
    assertEquals(text("es"), first.get("es-a").getString(DocumentSchema.TEXT));
  }

  @Test
  void emptyAndOneWordDocuments() {
    assertKept("empty-1", 1);
    assertKept("empty-2", 1);
    // "bicicleta." is the longer normalised text, so it keeps "Bicicleta" (same single word).
    assertKept("one-2", 2);
    assertRemoved("one-1", "near_duplicate", "one-2");
    assertKept("one-3", 1);
  }

  @Test
  void earlierRejectionsPassThroughUntouched() {
    Row r = first.get("rej-1");
    assertEquals("gopher_short_doc", r.getString(DocumentSchema.REASON));
    assertEquals("an earlier stage", r.getString(DocumentSchema.REASON_DETAIL));
    assertTrue(r.isNullAt(DocumentSchema.DUPLICATE_OF));
    assertTrue(r.isNullAt(DocumentSchema.DUP_CLUSTER_SIZE));
    assertTrue(r.isNullAt(DocumentSchema.LINES_REMOVED));
  }

  @Test
  void sameRowsWhateverThePartitioning() {
    assertEquals(first.keySet(), second.keySet());
    for (String id : first.keySet()) assertEquals(first.get(id), second.get(id), id);
  }

  @Test
  void signaturesOfKeptDocumentsAreWritten() {
    Path sigs = work.resolve("run-1").resolve(Deduplicator.SIGNATURES_DIR);
    assertTrue(Files.isDirectory(sigs));
    List<Row> rows = SparkTestSession.get().read().parquet(sigs.toString()).orderBy("id").collectAsList();
    List<String> ids = new ArrayList<>();
    for (Row r : rows) ids.add(r.getString(r.fieldIndex("id")));
    assertEquals(List.of("ca-a", "ca-as-es", "en-c", "es-a", "g-00000", "it-a", "it-b", "it-c", "it-menu", "one-2", "one-3"), ids);
    assertFalse(ids.contains("empty-1"));
  }

  @Test
  void incrementalRunRemovesWhatThePreviousCorpusHas() {
    Path previous = work.resolve("run-1").resolve(Deduplicator.SIGNATURES_DIR);
    Dataset<Row> crawl2 = new DedupDocs()
        .add("new-es", "es", replaceWords(text("es"), edits(40, "siempre")))
        .add("new-en", "en", MinHasherTest.C.toLowerCase(java.util.Locale.ROOT))
        .add("new-nl", "nl", text("nl"))
        .add("new-nl-copy", "nl", text("nl") + " ")
        .dataset();
    Map<String, Row> out = run(crawl2, work.resolve("run-3"), Map.of("previous_signatures", previous.toString()));
    assertEquals("near_duplicate", out.get("new-es").getString(DocumentSchema.REASON));
    assertEquals("es-a", out.get("new-es").getString(DocumentSchema.DUPLICATE_OF));
    assertEquals("exact_duplicate", out.get("new-en").getString(DocumentSchema.REASON));
    assertEquals("en-c", out.get("new-en").getString(DocumentSchema.DUPLICATE_OF));
    assertNull(out.get("new-nl").get(DocumentSchema.REASON));
    assertEquals(2, out.get("new-nl").getInt(DocumentSchema.DUP_CLUSTER_SIZE));
    assertEquals("new-nl", out.get("new-nl-copy").getString(DocumentSchema.DUPLICATE_OF));
  }
}
