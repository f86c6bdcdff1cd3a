package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;
import org.tamiz.pipeline.spark.SparkSessions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark and accuracy check of the dedup stage on a corpus generated from real sentences (the langid
 * training sentences of shared/data, 35 languages): originals of 8–20 sentences, exact copies (case and
 * whitespace changed), near copies (words replaced until the true word-5-gram Jaccard is just above 0.8) and hard
 * negatives (other texts sharing the originals' boilerplate lines). Reports signatures/s on one thread, the
 * whole stage's docs/s on local[N], and precision/recall against the known clusters.
 *
 * <pre>java -cp ... org.tamiz.pipeline.dedup.DedupBenchmark [docs=20000] [cores=1] [mllib tables=1,2,3] [sentences.tsv]</pre>
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  record Doc(String id, String lang, String text, String cluster, String kind) {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int cores = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    // MLlib baseline: comma-separated numbers of hash tables, one run each ("" or "0"-free list to skip).
    String mllibTables = args.length > 2 ? args[2] : "1,2,3";
    Path sentences = args.length > 3 ? Paths.get(args[3]) : locateSentences();
    Map<String, List<String>> byLang = readSentences(sentences);
    List<Doc> docs = generate(byLang, n, new Random(20261129L));
    System.out.printf(Locale.ROOT, "corpus: %d documents from %s%n", docs.size(), sentences);

    // 1. Signatures alone, one thread: tokenise + shingle + MinHash + band keys.
    DedupConfig cfg = DedupConfig.defaults();
    MinHasher hasher = new MinHasher(cfg.numHashes, cfg.shingleSize, cfg.seed);
    LshBands lsh = cfg.lsh();
    WordSplitters splitters = WordSplitters.forPartition();
    LongList words = new LongList(1024);
    long sink = 0;
    for (int pass = 0; pass < 2; pass++) { // first pass warms the JIT
      long t = System.nanoTime();
      for (Doc d : docs) {
        words.clear();
        splitters.forLanguage(d.lang).wordHashes(d.text, words);
        int[] s = hasher.signature(words);
        if (s != null) sink += lsh.buckets(s)[0];
      }
      double sec = (System.nanoTime() - t) / 1e9;
      if (pass == 1) System.out.printf(Locale.ROOT, "signatures (1 thread): %.0f docs/s%n", docs.size() / sec);
    }
    if (sink == 42) System.out.println();

    // 2. The whole stage in Spark.
    SparkSession spark = SparkSessions.create("local[" + cores + "]", true);
    // The input goes through Parquet in chunks: one driver-side local relation of 1 M documents (the rows, then
    // Spark's copy of them) does not fit a default heap next to the corpus itself.
    Path input = Files.createTempDirectory("tamiz-dedup-bench-input");
    int chunk = 50_000;
    for (int from = 0; from < docs.size(); from += chunk) {
      List<Row> rows = new ArrayList<>(chunk);
      for (int i = from; i < Math.min(docs.size(), from + chunk); i++) {
        Doc d = docs.get(i);
        rows.add(new DocumentRecord().set(DocumentSchema.ID, d.id).set(DocumentSchema.LANG, d.lang)
            .set(DocumentSchema.TEXT, d.text).set(DocumentSchema.SOURCE_FILE, "bench")
            .set(DocumentSchema.SOURCE_LOCATOR, "line " + i).toRow());
      }
      spark.createDataFrame(rows, DocumentSchema.SCHEMA).write()
          .mode(from == 0 ? org.apache.spark.sql.SaveMode.Overwrite : org.apache.spark.sql.SaveMode.Append)
          .parquet(input.toString());
    }
    Dataset<Row> in = spark.read().schema(DocumentSchema.SCHEMA).parquet(input.toString())
        .repartition(Math.max(2, cores * 2)).cache();
    in.count();
    Path work = Files.createTempDirectory("tamiz-dedup-bench");
    long t = System.nanoTime();
    Deduplicator dedup = new Deduplicator(cfg, work);
    List<Row> out = dedup.deduplicate(in).select("id", "reason", "duplicate_of").collectAsList();
    double sec = (System.nanoTime() - t) / 1e9;
    System.out.printf(Locale.ROOT, "stage on local[%d]: %.1f s, %.0f docs/s, %.0f docs/s per core (%d component rounds)%n",
        cores, sec, docs.size() / sec, docs.size() / sec / cores, dedup.componentRounds());
    dedup.timings().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %s: %.1f s%n", k, v));
    accuracy(docs, out);
    out = null;
    for (String tables : mllibTables.split(",")) {
      if (!tables.isBlank()) mllibBaseline(spark, in, docs, Integer.parseInt(tables.trim()), cores);
    }
    spark.stop();
  }

  /**
   * Spark MLlib's MinHashLSH on the same documents and the same word 5-gram shingles (hashed into 2^24 feature
   * indices): fit, then {@code approxSimilarityJoin} of the corpus with itself at Jaccard distance ≤ 0.2 (Jaccard ≥
   * 0.8), pairs a &lt; b collected. MLlib's tables are OR-ed single MinHashes, so P(candidate) = 1 − (1 − J)^tables.
   * Recall counts, per true cluster, the removals its pairs would allow (cluster size − components of the
   * same-cluster pairs), over the same truth as the stage's recall; precision is the share of pairs inside one
   * true cluster. MLlib does near-duplicate pairs only (no exact/URL stage, no clustering, no keeper, no lines).
   */
  static void mllibBaseline(SparkSession spark, Dataset<Row> documents, List<Doc> docs, int tables, int cores) {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("i", org.apache.spark.sql.types.DataTypes.IntegerType)
        .add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType());
    // Built in the executors from the stage's own input rows (ids are "d<index>"), not in the driver.
    Dataset<Row> in = documents.select("id", "text").mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) it -> {
          StandardWordSplitter splitter = new StandardWordSplitter();
          List<Row> part = new ArrayList<>();
          while (it.hasNext()) {
            Row r = it.next();
            long[] idx = shingles(r.getString(1), splitter).stream()
                .mapToLong(h -> Math.floorMod(h, 1L << 24)).distinct().sorted().toArray();
            if (idx.length == 0) continue;
            int[] ii = new int[idx.length];
            double[] ones = new double[idx.length];
            for (int k = 0; k < idx.length; k++) {
              ii[k] = (int) idx[k];
              ones[k] = 1.0;
            }
            part.add(org.apache.spark.sql.RowFactory.create(Integer.parseInt(r.getString(0).substring(1)),
                org.apache.spark.ml.linalg.Vectors.sparse(1 << 24, ii, ones)));
          }
          return part.iterator();
        }, org.apache.spark.sql.Encoders.row(schema)).cache();
    in.count();
    long t = System.nanoTime();
    org.apache.spark.ml.feature.MinHashLSHModel model = new org.apache.spark.ml.feature.MinHashLSH()
        .setNumHashTables(tables).setInputCol("features").setOutputCol("hashes").setSeed(20261129L).fit(in);
    List<Row> pairs = model.approxSimilarityJoin(in, in, 0.2 + 1e-9, "distance")
        .filter(org.apache.spark.sql.functions.col("datasetA.i").lt(org.apache.spark.sql.functions.col("datasetB.i")))
        .select("datasetA.i", "datasetB.i").collectAsList();
    double sec = (System.nanoTime() - t) / 1e9;
    in.unpersist();

    Map<String, Integer> clusterSize = new HashMap<>();
    for (Doc d : docs) clusterSize.merge(d.cluster, 1, Integer::sum);
    long truth = 0;
    for (int size : clusterSize.values()) truth += size - 1;
    int[] parent = new int[docs.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    long inCluster = 0;
    long found = 0;
    for (Row p : pairs) {
      int a = p.getInt(0);
      int b = p.getInt(1);
      if (!docs.get(a).cluster.equals(docs.get(b).cluster)) continue;
      inCluster++;
      int ra = find(parent, a);
      int rb = find(parent, b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        found++; // each union inside a true cluster is one removal those pairs allow
      }
    }
    System.out.printf(Locale.ROOT, "MLlib MinHashLSH (%d tables) on local[%d]: %.1f s, %.0f docs/s per core; %d pairs, "
            + "pair precision %.4f, recall %.4f%n", tables, cores, sec, docs.size() / sec / cores, pairs.size(),
        pairs.isEmpty() ? 1.0 : (double) inCluster / pairs.size(), truth == 0 ? 1.0 : (double) found / truth);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  static void accuracy(List<Doc> docs, List<Row> out) {
    Map<String, Doc> byId = new HashMap<>();
    Map<String, Integer> clusterSize = new HashMap<>();
    for (Doc d : docs) {
      byId.put(d.id, d);
      clusterSize.merge(d.cluster, 1, Integer::sum);
    }
    long truth = 0;
    for (int s : clusterSize.values()) truth += s - 1;
    long removed = 0;
    long correct = 0;
    long hardNegatives = 0;
    long hardNegativesKept = 0;
    for (Row r : out) {
      Doc d = byId.get(r.getString(0));
      String reason = r.getString(1);
      boolean dup = "exact_duplicate".equals(reason) || "near_duplicate".equals(reason);
      if (d.kind.equals("hard_negative")) {
        hardNegatives++;
        if (!dup) hardNegativesKept++;
      }
      if (!dup) continue;
      removed++;
      Doc keeper = byId.get(r.getString(2));
      if (keeper != null && keeper.cluster.equals(d.cluster)) correct++;
    }
    System.out.printf(Locale.ROOT, "duplicates: %d true, %d removed, precision %.4f, recall %.4f; hard negatives kept %d/%d (%.4f)%n",
        truth, removed, removed == 0 ? 1.0 : (double) correct / removed, truth == 0 ? 1.0 : (double) correct / truth,
        hardNegativesKept, hardNegatives, hardNegatives == 0 ? 1.0 : (double) hardNegativesKept / hardNegatives);
  }

  /**
   * 50 % originals, 10 % exact copies, 25 % near copies (true Jaccard in [0.8, 0.9)), 15 % hard negatives
   * (a new text carrying an original's three boilerplate lines).
   */
  static List<Doc> generate(Map<String, List<String>> byLang, int n, Random random) {
    List<String> langs = new ArrayList<>(byLang.keySet());
    List<Doc> originals = new ArrayList<>();
    List<Doc> docs = new ArrayList<>();
    StandardWordSplitter splitter = new StandardWordSplitter();
    int clusters = 0;
    while (docs.size() < n) {
      double p = random.nextDouble();
      if (originals.isEmpty() || p < 0.5) {
        String lang = langs.get(random.nextInt(langs.size()));
        String c = "c" + clusters++;
        String body = body(byLang.get(lang), random);
        String site = "site" + random.nextInt(500);
        String text = body + "\nHome | About " + site + " | Contact\n© 2024 " + site + ". All rights reserved.";
        Doc d = new Doc("d" + docs.size(), lang, text, c, "original");
        originals.add(d);
        docs.add(d);
      } else {
        Doc o = originals.get(random.nextInt(originals.size()));
        if (p < 0.6) {
          docs.add(new Doc("d" + docs.size(), o.lang, o.text.toUpperCase(Locale.ROOT).replace(" ", "  "), o.cluster, "exact"));
        } else if (p < 0.85) {
          String near = nearCopy(o.text, splitter, random);
          if (near != null) docs.add(new Doc("d" + docs.size(), o.lang, near, o.cluster, "near"));
        } else {
          String[] lines = o.text.split("\n");
          String footer = lines[lines.length - 2] + "\n" + lines[lines.length - 1];
          docs.add(new Doc("d" + docs.size(), o.lang, body(byLang.get(o.lang), random) + "\n" + footer,
              "c" + clusters++, "hard_negative"));
        }
      }
    }
    return docs;
  }

  static String body(List<String> sentences, Random random) {
    int k = 8 + random.nextInt(13);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < k; i++) {
      sb.append(sentences.get(random.nextInt(sentences.size())));
      sb.append(i % 4 == 3 ? "\n" : " ");
    }
    return sb.toString().strip();
  }

  /** Replaces random words one at a time while the true Jaccard stays ≥ 0.8; null if not even one edit fits. */
  static String nearCopy(String text, StandardWordSplitter splitter, Random random) {
    Set<Long> original = shingles(text, splitter);
    String[] w = text.split(" ");
    String best = null;
    for (int edits = 0; edits < 40; edits++) {
      int at = random.nextInt(w.length);
      if (w[at].contains("\n")) continue;
      w[at] = "x" + Integer.toString(random.nextInt(1 << 20), 36);
      String candidate = String.join(" ", w);
      if (jaccard(original, shingles(candidate, splitter)) < 0.8) break;
      best = candidate;
    }
    return best;
  }

  static Set<Long> shingles(String text, StandardWordSplitter splitter) {
    LongList w = new LongList(256);
    splitter.wordHashes(text, w);
    Set<Long> s = new HashSet<>();
    for (int i = 0; i + 5 <= w.size(); i++) {
      long h = 17;
      for (int j = 0; j < 5; j++) h = h * 1_000_003L + w.get(i + j);
      s.add(h);
    }
    return s;
  }

  static double jaccard(Set<Long> a, Set<Long> b) {
    int inter = 0;
    for (long x : a) if (b.contains(x)) inter++;
    return (double) inter / (a.size() + b.size() - inter);
  }

  static Map<String, List<String>> readSentences(Path tsv) throws IOException {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv)) {
      int tab = line.indexOf('\t');
      if (tab <= 0) continue;
      String s = line.substring(tab + 1).strip();
      if (s.split(" ").length >= 4) m.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(s);
    }
    return m;
  }

  /** shared/data/langid/train.tsv next to an ancestor of the working directory, or $TAMIZ_SHARED_DATA. */
  static Path locateSentences() {
    String env = System.getenv("TAMIZ_SHARED_DATA");
    if (env != null) return Paths.get(env, "langid", "train.tsv");
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/data/langid/train.tsv");
      if (Files.isRegularFile(c)) return c;
    }
    throw new IllegalArgumentException("no sentences: pass a lang<TAB>sentence file or set TAMIZ_SHARED_DATA");
  }
}
