package org.tamiz.pipeline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The Spark session Tamiz runs in: local[*] by default, any master URL otherwise. */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String master, boolean quiet) {
    SparkConf conf = new SparkConf()
        .setAppName("tamiz")
        .setIfMissing("spark.master", master == null ? "local[*]" : master)
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.sql.shuffle.partitions", "8")
        .set("spark.sql.parquet.compression.codec", "zstd")
        .set("spark.sql.sources.partitionOverwriteMode", "static")
        // Parquet's summary files and Spark's own _SUCCESS inside data directories are not part of the layout.
        .set("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .set("spark.hadoop.parquet.summary.metadata.level", "NONE")
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1");
    if (master != null) conf.setMaster(master);
    // On a cluster the executors need Tamiz's own classes: ship the jar this class was loaded from.
    if (master != null && !master.startsWith("local")) {
      try {
        Path jar = Paths.get(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(jar)) conf.setIfMissing("spark.jars", jar.toString());
      } catch (Exception e) {
        // Running from classes (tests): the workers share this machine's class path.
      }
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel(quiet ? "ERROR" : "WARN");
    return spark;
  }
}
