package org.tamiz.pipeline.write;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/** Reads a corpus/ or rejected/ directory back with the document schema (columns from the files themselves). */
public final class OutputReader {
  private OutputReader() {}

  public static Dataset<Row> read(SparkSession spark, Path dir) {
    return RunStatistics.read(spark, dir);
  }
}
