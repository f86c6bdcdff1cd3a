package org.tamiz.pipeline.dedup;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * The dedup plan (DEDUP.md has the picture). Every document becomes a {@code node}: a 64-bit hash of
 * (id, source_file, source_locator), so every comparison, join and component round works on longs. Stages run in
 * order on what the previous stage kept — URL, exact, near — so a removed document points at a keeper, and
 * chains are resolved to the final keeper at the end. Repeated lines are counted last, over the final keepers
 * only: copies of one text never make its own lines look like boilerplate.
 *
 * <p>All decisions are aggregations (min of a rank struct, min node per bucket, sums), never "first row seen",
 * so the result does not depend on partitioning or task order. Nothing but counts and the previous signatures'
 * format string reaches the driver.
 */
final class Deduplicator implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String NODE = "_dedup_node";
  /** Where the signatures of kept documents are written, under the run's work directory. */
  static final String SIGNATURES_DIR = "dedup/signatures";

  static final String URL_DUPLICATE = "url_duplicate";
  static final String EXACT_DUPLICATE = "exact_duplicate";
  static final String NEAR_DUPLICATE = "near_duplicate";
  static final String REPEATED_LINES_ONLY = "repeated_lines_only";

  private final DedupConfig cfg;
  private final transient Path workDir;
  private int componentRounds = -1;
  /** Wall-clock seconds of the eager phases of the last run, for the benchmark. */
  private final java.util.Map<String, Double> timings = new java.util.LinkedHashMap<>();

  Deduplicator(DedupConfig cfg, Path workDir) {
    this.cfg = cfg;
    this.workDir = workDir;
  }

  /** Rounds the last run's connected components took (−1 when near-dedup found no candidate edge or was off). */
  int componentRounds() {
    return componentRounds;
  }

  java.util.Map<String, Double> timings() {
    return timings;
  }

  private long mark(String phase, long since) {
    long now = System.nanoTime();
    timings.put(phase, (now - since) / 1e9);
    return now;
  }

  Dataset<Row> deduplicate(Dataset<Row> documents) {
    long t = System.nanoTime();
    SparkSession spark = documents.sparkSession();
    Column[] cols = new Column[DocumentSchema.WIDTH + 1];
    for (int i = 0; i < DocumentSchema.WIDTH; i++) cols[i] = col(DocumentSchema.name(i));
    cols[DocumentSchema.WIDTH] = xxhash64(col("id"), col("source_file"), col("source_locator")).as(NODE);
    // Read twice (features, then the final annotation): keep the upstream stages from running twice — unless the
    // caller already persisted exactly this input (`--stages dedup`), where a second copy would only cost memory.
    boolean cached = documents.storageLevel().useMemory() || documents.storageLevel().useDisk();
    Dataset<Row> docs = cached ? documents.select(cols) : documents.select(cols).persist(StorageLevel.MEMORY_AND_DISK_SER());

    // Materialised eagerly: the URL, exact and near stages all start from it, and a lazy persist let adaptive
    // execution compute the text pass twice at once (two shuffle map stages submitted together).
    Dataset<Row> features = ConnectedComponents.checkpoint(new DocumentFeatures(cfg, DocumentSchema.WIDTH)
        .extract(docs.filter(col("reason").isNull())));
    Dataset<Row> previous = previousSignatures(spark);
    // The heavy columns (signature, band buckets, line keys: most of a feature row's bytes) stay in the one
    // materialised feature table; the URL, exact and cluster stages carry slim rows and join these back by node
    // only where needed, so each stage's checkpoint copies ~100 bytes per document instead of ~1 KB.
    Column[] heavyCols = {col("node").as("h_node"), col("sig"), col("buckets"), col("line_keys")};
    Dataset<Row> heavy = previous == null ? features.select(heavyCols)
        : features.select(heavyCols).union(previous.select(heavyCols));
    Dataset<Row> alive = slim(features.filter(col("exact_hi").isNotNull()));

    Dataset<Row> removed = spark.createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
        .add("node", DataTypes.LongType).add("to", DataTypes.LongType).add("to_id", DataTypes.StringType)
        .add("reason", DataTypes.StringType));

    // 1. URL: one canonical URL, the newest fetch stays.
    alive = alive.withColumn("weight", lit(1L));
    if (cfg.url) {
      Column urlRank = struct(coalesce(negate(col("fetched")), lit(Long.MAX_VALUE)).as("f"),
          negate(col("length")).as("l"), col("id").as("i"), col("node").as("n"));
      Dataset<Row> groups = alive.filter(col("url_key").isNotNull()).groupBy("url_key")
          .agg(min(urlRank).as("k"), count(lit(1)).as("cnt"))
          .select(col("url_key").as("g_url"), col("k.n").as("keeper"), col("k.i").as("keeper_id"), col("cnt"));
      Stage s = stage(alive, groups, col("url_key").equalTo(col("g_url")), URL_DUPLICATE);
      removed = removed.union(s.removed);
      alive = s.alive;
    }

    if (previous != null) alive = alive.unionByName(slim(previous).withColumn("weight", lit(1L)));

    // 2. Exact: the same normalised text within a scope.
    if (cfg.exact) {
      Dataset<Row> groups = alive.groupBy("scope", "exact_hi", "exact_lo")
          .agg(min(keeperRank()).as("k"), sum("weight").as("cnt"))
          .select(col("scope").as("g_scope"), col("exact_hi").as("g_hi"), col("exact_lo").as("g_lo"),
              col("k.n").as("keeper"), col("k.i").as("keeper_id"), col("cnt"));
      Stage s = stage(alive, groups, col("scope").equalTo(col("g_scope"))
          .and(col("exact_hi").equalTo(col("g_hi"))).and(col("exact_lo").equalTo(col("g_lo"))), EXACT_DUPLICATE);
      removed = removed.union(s.removed);
      alive = s.alive;
    }

    // 3. Near: MinHash-LSH candidates → verified star edges → connected components.
    if (cfg.near) {
      Dataset<Row> edges = candidateEdges(alive, heavy);
      ConnectedComponents.Result cc = ConnectedComponents.compute(edges, cfg.maxComponentRounds);
      t = mark("features, candidates, components", t);
      componentRounds = cc.rounds();
      Dataset<Row> inCluster = alive.join(ConnectedComponents.checkpoint(cc.components()).select(col("node").as("c_node"), col("root")),
          col("node").equalTo(col("c_node")), "left");
      Dataset<Row> groups = inCluster.filter(col("root").isNotNull()).groupBy("root")
          .agg(min(keeperRank()).as("k"), sum("weight").as("cnt"))
          .select(col("root").as("g_root"), col("k.n").as("keeper"), col("k.i").as("keeper_id"), col("cnt"));
      Stage s = stage(inCluster, groups, col("root").equalTo(col("g_root")), NEAR_DUPLICATE);
      removed = removed.union(s.removed);
      alive = s.alive.drop("c_node", "root");
    }
    alive = ConnectedComponents.checkpoint(alive);
    removed = ConnectedComponents.checkpoint(removed); // read three times by the chain resolution

    Dataset<Row> annotations = annotations(alive, removed, heavy)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    annotations.count(); // materialise now: the features and stage tables can then be released
    t = mark("clusters, keepers, lines", t);
    if (workDir != null && cfg.writeSignatures && cfg.near) writeSignatures(alive, features);
    mark("signatures written", t);
    alive.unpersist();
    features.unpersist();
    removed.unpersist();

    Dataset<Row> joined = docs.join(annotations, col(NODE).equalTo(col("a_node")), "left");
    return joined.mapPartitions(new Annotate(cfg, DocumentSchema.WIDTH + 1), Encoders.row(DocumentSchema.SCHEMA));
  }

  /** The keeper rule: previous corpus, best quality signal, longest text, earliest fetch, smallest id, node. */
  static Column keeperRank() {
    return struct(when(col("previous"), lit(0)).otherwise(lit(1)).as("p"),
        coalesce(negate(col("quality")), lit(Double.POSITIVE_INFINITY)).as("q"),
        negate(col("length")).as("l"),
        coalesce(col("fetched"), lit(Long.MAX_VALUE)).as("f"),
        col("id").as("i"), col("node").as("n"));
  }

  private record Stage(Dataset<Row> alive, Dataset<Row> removed) {}

  /** Splits {@code in} by its group's keeper: the others are removed, the keeper carries the group's weight. */
  private static Stage stage(Dataset<Row> in, Dataset<Row> groups, Column on, String reason) {
    // Materialised once: both halves (removed, alive) and every later stage read it, and a checkpoint keeps
    // the plans of later stages and of the final annotation small (planning a plan that repeats each earlier
    // stage's joins cost more than the joins themselves).
    Dataset<Row> m = ConnectedComponents.checkpoint(in.join(groups, on, "left"));
    Dataset<Row> removed = m.filter(col("keeper").isNotNull().and(col("node").notEqual(col("keeper"))))
        .select(col("node"), col("keeper").as("to"), col("keeper_id").as("to_id"), lit(reason).as("reason"));
    Dataset<Row> alive = m.filter(col("keeper").isNull().or(col("node").equalTo(col("keeper"))))
        .withColumn("weight", coalesce(col("cnt"), col("weight")));
    for (String c : groups.columns()) alive = alive.drop(c);
    return new Stage(alive, removed);
  }

  /** The columns every stage carries per document: what the groupings and the keeper rule read. */
  private static Dataset<Row> slim(Dataset<Row> features) {
    return features.select(col("node"), col("id"), col("scope"), col("lang"), col("previous"), col("url_key"),
        col("exact_hi"), col("exact_lo"), col("length"), col("fetched"), col("quality"));
  }

  private Dataset<Row> candidateEdges(Dataset<Row> alive, Dataset<Row> heavy) {
    Dataset<Row> bucketRows = alive.select(col("node"), col("scope"))
        .join(heavy.filter(col("sig").isNotNull()).select(col("h_node"), col("buckets")),
            col("node").equalTo(col("h_node")))
        .select(col("node"), col("scope"), explode(col("buckets")).as("bucket"));
    // Star edges: every member of a bucket links to the bucket's smallest node (not all pairs). A window over the
    // bucket instead of an aggregate joined back: one shuffle and sort of the (documents × bands) rows instead of
    // two, the largest cost of the stage at 200 k documents. The window's buffer spills (Spark's
    // ExternalAppendOnlyUnsafeRowArray), so a bucket of millions of copies is not held in memory.
    org.apache.spark.sql.expressions.WindowSpec bucket =
        org.apache.spark.sql.expressions.Window.partitionBy("scope", "bucket");
    Dataset<Row> edges = bucketRows.select(col("node"), min("node").over(bucket).as("centre"))
        .filter(col("node").notEqual(col("centre")))
        .select(col("node").as("a"), col("centre").as("b"))
        .distinct();
    if (!cfg.verify) return edges;
    UserDefinedFunction similarity = org.apache.spark.sql.functions.udf(
        (UDF2<byte[], byte[], Double>) MinHasher::similarity, DataTypes.DoubleType);
    // Every edge's ends are alive documents with a signature: no need to filter the signature table first.
    Dataset<Row> sigs = heavy.select(col("h_node").as("node"), col("sig"));
    return edges
        .join(sigs.select(col("node").as("sa"), col("sig").as("sig_a")), col("a").equalTo(col("sa")))
        .join(sigs.select(col("node").as("sb"), col("sig").as("sig_b")), col("b").equalTo(col("sb")))
        .filter(similarity.apply(col("sig_a"), col("sig_b")).geq(cfg.verifyThreshold))
        .select("a", "b");
  }

  /**
   * One row per kept input document that needs a change: (a_node, a_reason, a_dup_of, a_size, a_lines).
   * Removed documents point to their final keeper (chains url → exact → near resolved); keepers carry their
   * cluster size and the keys of their lines to cut.
   */
  private Dataset<Row> annotations(Dataset<Row> alive, Dataset<Row> removed, Dataset<Row> heavy) {
    Dataset<Row> hop = removed.select(col("node").as("h_node"), col("to").as("h_to"), col("to_id").as("h_to_id"));
    Dataset<Row> resolved = removed;
    int hops = (cfg.url ? 1 : 0) + (cfg.exact ? 1 : 0) + (cfg.near ? 1 : 0) - 1;
    for (int i = 0; i < hops; i++) { // at most url → exact → near: two more hops
      resolved = resolved.join(hop, col("to").equalTo(col("h_node")), "left")
          .select(col("node"), coalesce(col("h_to"), col("to")).as("to"),
              when(col("h_to").isNotNull(), col("h_to_id")).otherwise(col("to_id")).as("to_id"), col("reason"));
    }
    Dataset<Row> sizes = alive.select(col("node").as("s_node"), col("weight").as("s_size"));
    Dataset<Row> removedRows = resolved
        .join(sizes, col("to").equalTo(col("s_node")), "left")
        .select(col("node").as("a_node"), col("reason").as("a_reason"), col("to_id").as("a_dup_of"),
            col("s_size").as("a_size"), lit(null).cast(DataTypes.createArrayType(DataTypes.LongType)).as("a_lines"));

    Dataset<Row> keepers = alive.filter(col("previous").equalTo(false));
    Dataset<Row> keeperRows;
    if (cfg.lines) {
      Dataset<Row> keeperLines = keepers.select(col("node"), col("scope"))
          .join(heavy.select(col("h_node"), col("line_keys")), col("node").equalTo(col("h_node")))
          .select(col("node"), col("scope"), explode(col("line_keys")).as("line"));
      Dataset<Row> boilerplate = keeperLines.groupBy("scope", "line").agg(count(lit(1)).as("docs"))
          .filter(col("docs").gt(cfg.maxLineOccurrences))
          .select(col("scope").as("l_scope"), col("line").as("l_line"));
      Dataset<Row> cut = keeperLines.join(boilerplate,
              col("scope").equalTo(col("l_scope")).and(col("line").equalTo(col("l_line"))))
          .groupBy("node").agg(collect_list("line").as("lines"))
          .select(col("node").as("x_node"), col("lines"));
      keeperRows = keepers.join(cut, col("node").equalTo(col("x_node")), "left")
          .select(col("node").as("a_node"), lit(null).cast(DataTypes.StringType).as("a_reason"),
              lit(null).cast(DataTypes.StringType).as("a_dup_of"), col("weight").as("a_size"), col("lines").as("a_lines"));
    } else {
      keeperRows = keepers.select(col("node").as("a_node"), lit(null).cast(DataTypes.StringType).as("a_reason"),
          lit(null).cast(DataTypes.StringType).as("a_dup_of"), col("weight").as("a_size"),
          lit(null).cast(DataTypes.createArrayType(DataTypes.LongType)).as("a_lines"));
    }
    return removedRows.union(keeperRows);
  }

  /** Signatures of kept documents, for a later incremental run: Parquet under workDir/dedup/signatures. */
  private void writeSignatures(Dataset<Row> alive, Dataset<Row> features) {
    String format = new MinHasher(cfg.numHashes, cfg.shingleSize, cfg.seed).format();
    Dataset<Row> kept = alive.filter(col("previous").equalTo(false)).select(col("node").as("k_node"));
    features(features.filter(col("sig").isNotNull()).join(kept, col("node").equalTo(col("k_node"))))
        .withColumn("format", lit(format))
        .write().mode(SaveMode.Overwrite).parquet(workDir.resolve(SIGNATURES_DIR).toString());
  }

  private static Dataset<Row> features(Dataset<Row> d) {
    // lang is what is stored (not scope): a later run may use the other scope setting.
    return d.select(col("node"), col("id"), col("lang"), col("exact_hi"), col("exact_lo"), col("sig"));
  }

  /** The previous run's signatures as feature rows (previous = true), or null when none are configured. */
  private Dataset<Row> previousSignatures(SparkSession spark) {
    if (cfg.previousSignatures == null || cfg.previousSignatures.isBlank()) return null;
    String[] paths = Arrays.stream(cfg.previousSignatures.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .toArray(String[]::new);
    Dataset<Row> p = spark.read().parquet(paths);
    String format = new MinHasher(cfg.numHashes, cfg.shingleSize, cfg.seed).format();
    List<Row> formats = p.select("format").distinct().limit(2).collectAsList();
    for (Row f : formats) {
      if (!format.equals(f.getString(0))) {
        throw new IllegalArgumentException("dedup.previous_signatures were made as '" + f.getString(0)
            + "', this run makes '" + format + "': set num_hashes, shingle_size and seed as in that run");
      }
    }
    DedupConfig c = cfg;
    LshBands lsh = cfg.lsh();
    // A fresh node space, so a document of the previous run never shares a node with one of this run.
    return p.select(xxhash64(col("node"), lit("previous")).as("node"), col("id"), col("lang"), col("exact_hi"),
            col("exact_lo"), col("sig"))
        .map((MapFunction<Row, Row>) r -> {
          byte[] sig = (byte[]) r.get(5);
          return RowFactory.create(r.getLong(0), r.getString(1), DocumentFeatures.scopeOf(c, r.getString(2)), r.getString(2), true,
              null, r.get(3), r.get(4), 0, null, null, sig,
              sig == null ? null : lsh.buckets(MinHasher.fromBytes(sig)), null);
        }, Encoders.row(DocumentFeatures.SCHEMA))
        .filter(col("exact_hi").isNotNull());
  }

  /** The last pass: applies the annotations to the document rows (and cuts the boilerplate lines). */
  static final class Annotate implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DedupConfig cfg;
    private final int at;

    Annotate(DedupConfig cfg, int annotationsAt) {
      this.cfg = cfg;
      this.at = annotationsAt;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      TextKeys keys = new TextKeys();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          DocumentRecord d = DocumentRecord.of(r);
          if (d.isRejected()) return d.toRow();
          String reason = r.isNullAt(at + 1) ? null : r.getString(at + 1);
          if (reason != null) {
            String keeper = r.getString(at + 2);
            d.set(DocumentSchema.DUPLICATE_OF, keeper);
            d.reject(reason, detail(reason, keeper, r.isNullAt(at + 3) ? 0 : r.getLong(at + 3)));
            return d.toRow();
          }
          long size = r.isNullAt(at + 3) ? 1 : r.getLong(at + 3);
          d.set(DocumentSchema.DUP_CLUSTER_SIZE, (int) Math.min(Integer.MAX_VALUE, size));
          if (cfg.lines) cutLines(d, r.isNullAt(at + 4) ? null : r.getList(at + 4));
          return d.toRow();
        }

        private void cutLines(DocumentRecord d, List<Long> cut) {
          d.set(DocumentSchema.LINES_REMOVED, 0);
          String text = d.getString(DocumentSchema.TEXT);
          if (cut == null || cut.isEmpty() || text == null) return;
          Set<Long> drop = new HashSet<>(cut);
          List<String> kept = new java.util.ArrayList<>();
          int removedLines = 0;
          int keptContent = 0;
          int start = 0;
          while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            long k = keys.lineKey(line);
            if (k != 0L && drop.contains(k)) {
              removedLines++;
            } else {
              kept.add(line);
              if (k != 0L) keptContent++;
            }
            start = end + 1;
          }
          d.set(DocumentSchema.LINES_REMOVED, removedLines);
          if (keptContent == 0) {
            d.reject(REPEATED_LINES_ONLY, "all " + removedLines + " non-blank lines occur in more than "
                + cfg.maxLineOccurrences + " documents (corpus-wide boilerplate)");
          } else {
            if (removedLines > 0) d.set(DocumentSchema.TEXT, String.join("\n", kept).strip());
          }
        }
      };
    }

    private static String detail(String reason, String keeper, long clusterSize) {
      return switch (reason) {
        case URL_DUPLICATE -> "an older fetch of a URL fetched again (same canonical URL); kept: " + keeper;
        case EXACT_DUPLICATE -> "same normalised text as " + keeper;
        case NEAR_DUPLICATE -> String.format(Locale.ROOT, "MinHash near-duplicate of %s (cluster of %d)", keeper, clusterSize);
        default -> reason;
      };
    }
  }
}
