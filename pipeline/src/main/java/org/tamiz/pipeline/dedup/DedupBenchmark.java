package org.tamiz.pipeline.dedup;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;
import org.tamiz.pipeline.spark.SparkSessions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Benchmark and accuracy check of the dedup stage on a corpus generated from real sentences (the langid
 * training sentences of shared/data, 35 languages): originals of 8–20 sentences, exact copies (case and
 * whitespace changed), near copies (words replaced until the true word-5-gram Jaccard is just above 0.8) and hard
 * negatives (other texts sharing the originals' boilerplate lines). Reports signatures/s on one thread, the
 * whole stage's docs/s on local[N], and precision/recall against the known clusters.
 *
 * <p>Built to run at a million documents in a default heap: the corpus is generated as a stream (an original's
 * text is regenerated from its seed when a copy needs it) and written to Parquet in chunks with its truth columns;
 * the stage reads that Parquet and writes its whole output to Parquet, as the pipeline does; precision and recall
 * are Spark aggregations over the written output. Nothing but counts comes back to the driver.
 *
 * <pre>java -cp ... org.tamiz.pipeline.dedup.DedupBenchmark [docs=20000] [cores=1] [mllib tables=1,2,3] [sentences.tsv]
 * java -cp ... org.tamiz.pipeline.dedup.DedupBenchmark --write-jsonl DOCS OUT.jsonl.gz [sentences.tsv]</pre>
 */
public final class DedupBenchmark {
  private DedupBenchmark() {}

  /** One generated document; {@code cluster} is the index of the original it copies (its own for others). */
  record Doc(long index, String lang, String text, long cluster, String kind) {
    String id() {
      return "d" + index;
    }
  }

  /** The input rows: the document columns the stage reads, plus the truth. */
  static final StructType CORPUS = DocumentSchema.SCHEMA
      .add("truth_index", DataTypes.LongType, false)
      .add("truth_cluster", DataTypes.LongType, false)
      .add("truth_kind", DataTypes.StringType, false);

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--write-jsonl")) {
      writeJsonl(Long.parseLong(args[1]), Paths.get(args[2]), args.length > 3 ? Paths.get(args[3]) : locateSentences());
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int cores = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    // MLlib baseline: comma-separated numbers of hash tables, one run each ("" to skip).
    String mllibTables = args.length > 2 ? args[2] : "1,2,3";
    Path sentences = args.length > 3 ? Paths.get(args[3]) : locateSentences();
    Map<String, List<String>> byLang = readSentences(sentences);
    System.out.printf(Locale.ROOT, "corpus: %d documents from %s; heap max %d MB%n", n, sentences,
        Runtime.getRuntime().maxMemory() >> 20);

    // 1. Signatures alone, one thread: tokenise + shingle + MinHash + band keys (on the first 50 k documents).
    DedupConfig cfg = DedupConfig.fromConfig(settingsFromEnvironment());
    System.out.printf(Locale.ROOT, "layout: %s, verify %s at %.2f%n", cfg.lsh(), cfg.verify, cfg.verifyThreshold);
    signatureSpeed(new Generator(byLang, Math.min(n, 50_000)), cfg);

    // 2. The whole stage in Spark.
    SparkSession spark = SparkSessions.create("local[" + cores + "]", true);
    Path root = Files.createTempDirectory("tamiz-dedup-bench");
    try {
      Path input = root.resolve("input");
      writeCorpus(spark, new Generator(byLang, n), input);
      Dataset<Row> corpus = spark.read().schema(CORPUS).parquet(input.toString());
      Dataset<Row> in = corpus.select(documentColumns());
      Path output = root.resolve("output");
      long t = System.nanoTime();
      Deduplicator dedup = new Deduplicator(cfg, root.resolve("work"));
      dedup.deduplicate(in).write().parquet(output.toString());
      double sec = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "stage on local[%d], Parquet in → Parquet out: %.1f s, %.0f docs/s, "
              + "%.0f docs/s per core (%d component rounds)%n",
          cores, sec, n / sec, n / sec / cores, dedup.componentRounds());
      dedup.timings().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %s: %.1f s%n", k, v));
      accuracy(corpus, spark.read().parquet(output.toString()));
      spark.catalog().clearCache();
      for (String tables : mllibTables.split(",")) {
        if (!tables.isBlank()) mllibBaseline(spark, corpus, Integer.parseInt(tables.trim()), cores, root);
      }
    } finally {
      spark.stop();
      deleteTree(root);
    }
  }

  /** The stage's settings: defaults, or {@code TAMIZ_DEDUP="key=value,key=value"} (keys of the dedup section). */
  static Map<String, Object> settingsFromEnvironment() {
    Map<String, Object> m = new LinkedHashMap<>();
    String env = System.getenv("TAMIZ_DEDUP");
    if (env == null || env.isBlank()) return m;
    for (String kv : env.split(",")) {
      int eq = kv.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("TAMIZ_DEDUP: expected key=value, got '" + kv + "'");
      String v = kv.substring(eq + 1).trim();
      Object value = v.equals("true") || v.equals("false") ? Boolean.valueOf(v)
          : v.matches("-?[0-9]+") ? (Object) Long.valueOf(v)
          : v.matches("-?[0-9.]+([eE]-?[0-9]+)?") ? (Object) Double.valueOf(v) : v;
      m.put(kv.substring(0, eq).trim(), value);
    }
    return m;
  }

  static Column[] documentColumns() {
    Column[] c = new Column[DocumentSchema.WIDTH];
    for (int i = 0; i < c.length; i++) c[i] = col(DocumentSchema.name(i));
    return c;
  }

  static void signatureSpeed(Generator docs, DedupConfig cfg) {
    List<Doc> sample = new ArrayList<>();
    docs.forEachRemaining(sample::add);
    MinHasher hasher = new MinHasher(cfg.numHashes, cfg.shingleSize, cfg.seed);
    LshBands lsh = cfg.lsh();
    WordSplitters splitters = WordSplitters.forPartition();
    LongList words = new LongList(1024);
    long sink = 0;
    for (int pass = 0; pass < 2; pass++) { // first pass warms the JIT
      long t = System.nanoTime();
      for (Doc d : sample) {
        words.clear();
        splitters.forLanguage(d.lang).wordHashes(d.text, words);
        int[] s = hasher.signature(words);
        if (s != null) sink += lsh.buckets(s)[0];
      }
      double sec = (System.nanoTime() - t) / 1e9;
      if (pass == 1) System.out.printf(Locale.ROOT, "signatures (1 thread): %.0f docs/s%n", sample.size() / sec);
    }
    if (sink == 42) System.out.println();
  }

  /**
   * The same generated corpus as gzipped JSONL ({@code id}, {@code lang}, {@code text}, plus {@code truth_cluster}
   * and {@code truth_kind} as extra fields), for a run of the whole pipeline: {@code ./tamiz run --input FILE
   * --stages dedup}.
   */
  static void writeJsonl(long n, Path out, Path sentences) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Generator docs = new Generator(readSentences(sentences), n);
    try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(out), 1 << 16), java.nio.charset.StandardCharsets.UTF_8))) {
      while (docs.hasNext()) {
        Doc d = docs.next();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("lang", d.lang);
        m.put("text", d.text);
        m.put("truth_cluster", d.cluster);
        m.put("truth_kind", d.kind);
        w.write(json.writeValueAsString(m));
        w.write('\n');
      }
    }
  }

  /** Writes the generated corpus as Parquet, 50 k rows per file, never holding more than one chunk. */
  static void writeCorpus(SparkSession spark, Generator docs, Path dir) {
    int chunk = 50_000;
    boolean first = true;
    while (docs.hasNext()) {
      List<Row> rows = new ArrayList<>(chunk);
      while (docs.hasNext() && rows.size() < chunk) {
        Doc d = docs.next();
        Row doc = new DocumentRecord().set(DocumentSchema.ID, d.id()).set(DocumentSchema.LANG, d.lang)
            .set(DocumentSchema.TEXT, d.text).set(DocumentSchema.SOURCE_FILE, "bench")
            .set(DocumentSchema.SOURCE_LOCATOR, "line " + d.index).toRow();
        Object[] v = new Object[CORPUS.size()];
        for (int i = 0; i < DocumentSchema.WIDTH; i++) v[i] = doc.get(i);
        v[DocumentSchema.WIDTH] = d.index;
        v[DocumentSchema.WIDTH + 1] = d.cluster;
        v[DocumentSchema.WIDTH + 2] = d.kind;
        rows.add(RowFactory.create(v));
      }
      spark.createDataFrame(rows, CORPUS).coalesce(1).write().mode(first ? SaveMode.Overwrite : SaveMode.Append)
          .parquet(dir.toString());
      first = false;
    }
  }

  /**
   * Spark MLlib's MinHashLSH on the same documents and the same word 5-gram shingles (hashed into 2^24 feature
   * indices): fit, then {@code approxSimilarityJoin} of the corpus with itself at Jaccard distance ≤ 0.2 (Jaccard ≥
   * 0.8), pairs a &lt; b written to Parquet (timed, like the stage's output). MLlib's tables are OR-ed single
   * MinHashes, so P(candidate) = 1 − (1 − J)^tables. Recall counts, per true cluster, the removals its pairs would
   * allow (documents in the connected components of the same-cluster pairs minus the components), over the same
   * truth as the stage's recall; precision is the share of pairs inside one true cluster. MLlib does near-duplicate
   * pairs only (no exact/URL stage, no clustering, no keeper, no lines).
   */
  static void mllibBaseline(SparkSession spark, Dataset<Row> corpus, int tables, int cores, Path root) {
    StructType schema = new StructType()
        .add("i", DataTypes.LongType)
        .add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType());
    // Built in the executors from the stage's own input rows.
    Dataset<Row> in = corpus.select(col("truth_index"), col("text")).mapPartitions(
        (MapPartitionsFunction<Row, Row>) it -> {
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
            part.add(RowFactory.create(r.getLong(0), org.apache.spark.ml.linalg.Vectors.sparse(1 << 24, ii, ones)));
          }
          return part.iterator();
        }, Encoders.row(schema)).cache();
    in.count();
    Path pairsDir = root.resolve("mllib-pairs-" + tables);
    long t = System.nanoTime();
    org.apache.spark.ml.feature.MinHashLSHModel model = new org.apache.spark.ml.feature.MinHashLSH()
        .setNumHashTables(tables).setInputCol("features").setOutputCol("hashes").setSeed(20261129L).fit(in);
    model.approxSimilarityJoin(in, in, 0.2 + 1e-9, "distance")
        .filter(col("datasetA.i").lt(col("datasetB.i")))
        .select(col("datasetA.i").as("a"), col("datasetB.i").as("b"))
        .write().parquet(pairsDir.toString());
    double sec = (System.nanoTime() - t) / 1e9;
    in.unpersist();

    Dataset<Row> truth = corpus.select(col("truth_index").as("ti"), col("truth_cluster").as("tc"));
    Dataset<Row> pairs = spark.read().parquet(pairsDir.toString())
        .join(truth.select(col("ti").as("ia"), col("tc").as("ca")), col("a").equalTo(col("ia")))
        .join(truth.select(col("ti").as("ib"), col("tc").as("cb")), col("b").equalTo(col("ib")))
        .select(col("a"), col("b"), col("ca").equalTo(col("cb")).as("same"));
    Row p = pairs.agg(count(lit(1)), sum(when(col("same"), 1L).otherwise(0L))).first();
    long all = p.getLong(0);
    long inCluster = p.isNullAt(1) ? 0 : p.getLong(1);
    long found = 0;
    if (inCluster > 0) {
      Dataset<Row> comps = ConnectedComponents.compute(pairs.filter(col("same")).select("a", "b"), 40).components();
      Row c = comps.agg(count(lit(1)), countDistinct(col("root"))).first();
      found = c.getLong(0) - c.getLong(1); // each union inside a true cluster is one removal those pairs allow
    }
    long truthRemovals = truthRemovals(corpus);
    System.out.printf(Locale.ROOT, "MLlib MinHashLSH (%d tables) on local[%d]: %.1f s, %.0f docs/s per core; %d pairs, "
            + "pair precision %.4f, recall %.4f%n", tables, cores, sec, corpus.count() / sec / cores, all,
        all == 0 ? 1.0 : (double) inCluster / all, truthRemovals == 0 ? 1.0 : (double) found / truthRemovals);
  }

  /** Documents a perfect dedup removes: every document of a true cluster but one. */
  static long truthRemovals(Dataset<Row> corpus) {
    Row r = corpus.agg(count(lit(1)), countDistinct(col("truth_cluster"))).first();
    return r.getLong(0) - r.getLong(1);
  }

  /**
   * Precision: removed documents (exact or near) whose keeper is in their true cluster, over all removed.
   * Recall: those over the true removals. Hard negatives kept: share not removed.
   */
  static void accuracy(Dataset<Row> corpus, Dataset<Row> out) {
    Dataset<Row> truth = corpus.select(col("id").as("t_id"), col("truth_cluster").as("t_cluster"),
        col("truth_kind").as("t_kind"));
    Column dup = coalesce(col("reason").isin("exact_duplicate", "near_duplicate"), lit(false));
    Row r = out.select("id", "reason", "duplicate_of")
        .join(truth, col("id").equalTo(col("t_id")))
        .join(truth.select(col("t_id").as("k_id"), col("t_cluster").as("k_cluster")),
            col("duplicate_of").equalTo(col("k_id")), "left")
        .agg(count(lit(1)),
            sum(when(dup, 1L).otherwise(0L)),
            sum(when(dup.and(col("k_cluster").equalTo(col("t_cluster"))), 1L).otherwise(0L)),
            sum(when(col("t_kind").equalTo("hard_negative"), 1L).otherwise(0L)),
            sum(when(col("t_kind").equalTo("hard_negative").and(not(dup)), 1L).otherwise(0L)))
        .first();
    long rows = r.getLong(0);
    long removed = r.getLong(1);
    long correct = r.getLong(2);
    long hardNegatives = r.getLong(3);
    long hardNegativesKept = r.getLong(4);
    long truthRemovals = truthRemovals(corpus);
    System.out.printf(Locale.ROOT, "output rows %d; duplicates: %d true, %d removed, precision %.4f, recall %.4f; "
            + "hard negatives kept %d/%d (%.4f)%n",
        rows, truthRemovals, removed, removed == 0 ? 1.0 : (double) correct / removed,
        truthRemovals == 0 ? 1.0 : (double) correct / truthRemovals,
        hardNegativesKept, hardNegatives, hardNegatives == 0 ? 1.0 : (double) hardNegativesKept / hardNegatives);
  }

  /**
   * 50 % originals, 10 % exact copies, 25 % near copies (true Jaccard in [0.8, 0.9)), 15 % hard negatives
   * (a new text carrying an original's three boilerplate lines). Deterministic for a given sentence file and size.
   * Only each original's seed is remembered; a copy regenerates the original's text from it.
   */
  static final class Generator implements Iterator<Doc> {
    private final Map<String, List<String>> byLang;
    private final List<String> langs;
    private final long n;
    private final Random random = new Random(20261129L);
    private final StandardWordSplitter splitter = new StandardWordSplitter();
    private final List<Original> originalInfo = new ArrayList<>();
    private long next;
    private Doc pending;

    private record Original(long index, String lang, long seed, int site) {}

    Generator(Map<String, List<String>> byLang, long n) {
      this.byLang = byLang;
      this.langs = new ArrayList<>(byLang.keySet());
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      while (pending == null && next < n) pending = make(next);
      return pending != null;
    }

    @Override
    public Doc next() {
      if (!hasNext()) throw new NoSuchElementException();
      Doc d = pending;
      pending = null;
      next++;
      return d;
    }

    /** The document at index i, or null when this draw made nothing (a near copy no edit fits; drawn again). */
    private Doc make(long i) {
      double p = random.nextDouble();
      if (originalInfo.isEmpty() || p < 0.5) {
        Original o = new Original(i, langs.get(random.nextInt(langs.size())), random.nextLong(), random.nextInt(500));
        originalInfo.add(o);
        return new Doc(i, o.lang, textOf(o), i, "original");
      }
      Original o = originalInfo.get(random.nextInt(originalInfo.size()));
      if (p < 0.6) {
        return new Doc(i, o.lang, textOf(o).toUpperCase(Locale.ROOT).replace(" ", "  "), o.index, "exact");
      } else if (p < 0.85) {
        String near = nearCopy(textOf(o), splitter, random);
        return near == null ? null : new Doc(i, o.lang, near, o.index, "near");
      }
      return new Doc(i, o.lang, body(byLang.get(o.lang), random) + "\n" + footer(o.site), i, "hard_negative");
    }

    private String textOf(Original o) {
      return body(byLang.get(o.lang), new Random(o.seed)) + "\n" + footer(o.site);
    }

    private static String footer(int site) {
      String s = "site" + site;
      return "Home | About " + s + " | Contact\n© 2024 " + s + ". All rights reserved.";
    }
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

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }
}
