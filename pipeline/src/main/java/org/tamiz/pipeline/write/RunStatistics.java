package org.tamiz.pipeline.write;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * Counts read back from the written output (so they describe exactly what is on disk): per input file, per
 * reason, per language. Only aggregates come to the driver, never documents.
 */
public final class RunStatistics {
  /** kept / rejected-by-reason counts for one input file. */
  public static final class FileCounts {
    public long kept;
    public final Map<String, Long> rejected = new TreeMap<>();

    public long read() {
      return kept + rejected.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public final Map<String, FileCounts> byFile = new TreeMap<>();
  public final Map<String, Long> keptByLanguage = new TreeMap<>();
  public final Map<String, Long> charsByLanguage = new TreeMap<>();
  public final Map<String, Long> rejectedByReason = new TreeMap<>();
  public long kept;
  public long rejected;
  public long keptChars;
  /** Text repairs over all records: invalid UTF-8 sequences, pages whose declared charset was wrong, ... */
  public final Map<String, Long> repairs = new TreeMap<>();

  public static RunStatistics compute(SparkSession spark, Path staging) {
    RunStatistics s = new RunStatistics();
    Dataset<Row> corpus = read(spark, staging.resolve(OutputLayout.CORPUS));
    Dataset<Row> rejected = read(spark, staging.resolve(OutputLayout.REJECTED));
    for (Row r : corpus.groupBy(col("source_file"), col("lang"))
        .agg(count(lit(1)), sum(coalesce(length(col("text")), lit(0)))).collectAsList()) {
      String file = r.getString(0);
      String lang = r.getString(1);
      long n = r.getLong(2);
      long chars = r.isNullAt(3) ? 0 : r.getLong(3);
      s.byFile.computeIfAbsent(file, k -> new FileCounts()).kept += n;
      s.keptByLanguage.merge(lang, n, Long::sum);
      s.charsByLanguage.merge(lang, chars, Long::sum);
      s.kept += n;
      s.keptChars += chars;
    }
    for (Row r : rejected.groupBy(col("source_file"), col("reason")).agg(count(lit(1))).collectAsList()) {
      String file = r.getString(0);
      String reason = r.getString(1);
      long n = r.getLong(2);
      s.byFile.computeIfAbsent(file, k -> new FileCounts()).rejected.merge(reason, n, Long::sum);
      s.rejectedByReason.merge(reason, n, Long::sum);
      s.rejected += n;
    }
    Dataset<Row> all = corpus.unionByName(rejected);
    Row sums = all.agg(sum(coalesce(col("invalid_utf8_repaired"), lit(0))),
        sum(org.apache.spark.sql.functions.when(col("invalid_utf8_repaired").gt(0), 1).otherwise(0))).first();
    s.repairs.put("invalid_utf8_sequences", sums.isNullAt(0) ? 0 : sums.getLong(0));
    s.repairs.put("documents_with_invalid_utf8", sums.isNullAt(1) ? 0 : sums.getLong(1));
    for (Row r : all.select(org.apache.spark.sql.functions.explode(col("normalisation"))).groupBy("key")
        .agg(sum(col("value"))).collectAsList()) {
      s.repairs.put(r.getString(0), r.isNullAt(1) ? 0 : r.getLong(1));
    }
    return s;
  }

  static Dataset<Row> read(SparkSession spark, Path dir) {
    if (!Files.isDirectory(dir) || !hasParquet(dir)) {
      return spark.createDataFrame(List.<Row>of(), DocumentSchema.SCHEMA);
    }
    // The schema is given, not inferred: lang/reason are read from the files, not from directory names.
    return spark.read().schema(DocumentSchema.SCHEMA)
        .option("recursiveFileLookup", "true").parquet(dir.toString());
  }

  private static boolean hasParquet(Path dir) {
    try (var s = Files.walk(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
