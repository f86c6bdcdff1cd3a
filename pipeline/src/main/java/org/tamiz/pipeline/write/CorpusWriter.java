package org.tamiz.pipeline.write;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The one final write: kept documents to corpus/lang=CODE/, all others to rejected/reason=REASON/, in a single
 * Spark job. Rows are hash-partitioned on (directory, id) into a fixed number of tasks and sorted by id within
 * each file, so the same input and config give the same files whatever the input partitioning. Unlike a plain
 * partitionBy("lang"), the files keep their lang and reason columns, so one file read alone is complete.
 */
public final class CorpusWriter {
  private static final String OUT = "__tamiz_out";
  private static final String KEY = "__tamiz_key";

  private CorpusWriter() {}

  public static void write(Dataset<Row> documents, Path staging, int partitions, String compression) throws IOException {
    Column kept = col(DocumentSchema.name(DocumentSchema.REASON)).isNull();
    Dataset<Row> tagged = documents
        .withColumn(OUT, when(kept, lit(OutputLayout.CORPUS)).otherwise(lit(OutputLayout.REJECTED)))
        .withColumn(KEY, when(kept, col("lang")).otherwise(col("reason")));
    tagged = tagged.withColumn(KEY, when(col(KEY).isNull(), lit("und")).otherwise(col(KEY)));
    Path raw = staging.resolve("write");
    tagged.repartition(Math.max(1, partitions), col(OUT), col(KEY), col("id"))
        .sortWithinPartitions(col(OUT), col(KEY), col("id"), col("source_file"), col("source_locator"))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", compression)
        .partitionBy(OUT, KEY)
        .parquet(raw.toUri().toString());
    // __tamiz_out=corpus/__tamiz_key=en → corpus/lang=en; __tamiz_out=rejected/__tamiz_key=malformed → rejected/reason=malformed
    for (String out : new String[] {OutputLayout.CORPUS, OutputLayout.REJECTED}) {
      Path target = staging.resolve(out);
      Files.createDirectories(target);
      Path src = raw.resolve(OUT + "=" + out);
      if (!Files.isDirectory(src)) continue;
      String column = out.equals(OutputLayout.CORPUS) ? "lang" : "reason";
      try (DirectoryStream<Path> keys = Files.newDirectoryStream(src, KEY + "=*")) {
        for (Path k : keys) {
          String value = k.getFileName().toString().substring(KEY.length() + 1);
          Path dest = target.resolve(column + "=" + value);
          Files.move(k, dest);
          renameParts(dest);
        }
      }
    }
    OutputLayout.deleteTree(raw);
    removeChecksums(staging.resolve(OutputLayout.CORPUS));
    removeChecksums(staging.resolve(OutputLayout.REJECTED));
  }

  /**
   * Spark names files part-NNNNN-JOBUUID...; the job id changes every run. Dropping it makes the file names a
   * function of the data (the part number is the hash partition), so reruns write identical trees.
   */
  private static void renameParts(Path dir) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "part-*.parquet")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String part = name.substring(0, Math.min(name.length(), "part-00000".length()));
        Files.move(f, dir.resolve(part + ".parquet"));
      }
    }
  }

  /** Hadoop's local .crc side files are noise in a corpus meant to be shared. */
  private static void removeChecksums(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (var s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(x -> x.getFileName().toString().endsWith(".crc"))::iterator) Files.delete(p);
    }
  }
}
