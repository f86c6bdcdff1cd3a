package org.tamiz.pipeline;

import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.spark.SparkSessions;

/** One local[2] session for every test of the module: Spark start-up costs seconds (REFERENCE.md §8). */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null) spark = SparkSessions.create("local[2]", true);
    return spark;
  }
}
