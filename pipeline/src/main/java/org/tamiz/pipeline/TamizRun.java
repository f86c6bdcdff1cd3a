package org.tamiz.pipeline;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.ingest.InputDiscovery;
import org.tamiz.pipeline.ingest.InputFile;
import org.tamiz.pipeline.ingest.SparkIngest;
import org.tamiz.pipeline.steps.LangidStep;
import org.tamiz.pipeline.steps.Step;
import org.tamiz.pipeline.steps.StepContext;
import org.tamiz.pipeline.steps.Steps;
import org.tamiz.pipeline.write.CorpusWriter;
import org.tamiz.pipeline.write.ManifestWriter;
import org.tamiz.pipeline.write.OutputLayout;
import org.tamiz.pipeline.write.RunStatistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** One `tamiz run`: read → stages → one write → statistics, manifest, documentation → _SUCCESS. */
public final class TamizRun {
  private final SparkSession spark;
  private final TamizConfig config;
  private final List<String> stages;

  public TamizRun(SparkSession spark, TamizConfig config, List<String> stages) {
    this.spark = spark;
    this.config = config;
    this.stages = Steps.ordered(stages); // already chosen: an empty list means no stage, not all of them
  }

  /** Runs the pipeline; returns the manifest's totals. */
  public RunStatistics run(List<String> inputs, Path output, Path siteFiles) throws IOException {
    long start = System.currentTimeMillis();
    List<InputFile> files = InputDiscovery.discover(inputs);
    OutputLayout layout = new OutputLayout(output);
    layout.prepare();
    Path staging = layout.staging();

    spark.sparkContext().setJobDescription("read");
    Dataset<Row> docs = SparkIngest.read(spark, files, config);
    StepContext ctx = new StepContext(spark, config, new java.util.LinkedHashSet<>(stages), siteFiles, staging);
    if (!stages.contains("langid")) docs = LangidStep.declaredLanguage(docs);
    if (!stages.isEmpty()) docs = spreadOverCores(spark, docs);
    Dataset<Row> persisted = null;
    for (Step step : Steps.forNames(stages)) {
      if (persisted == null && (step.name().equals("licenses") || step.name().equals("dedup"))) {
        // These stages look at the table more than once (site files, signatures): read the input only once.
        docs = docs.persist(StorageLevel.MEMORY_AND_DISK_SER());
        persisted = docs;
      }
      docs = step.apply(docs, ctx);
    }
    spark.sparkContext().setJobDescription("write");
    CorpusWriter.write(docs, staging, outputPartitions(files), config.output.compression);
    if (persisted != null) persisted.unpersist();

    spark.sparkContext().setJobDescription("statistics");
    RunStatistics stats = RunStatistics.compute(spark, staging);
    Map<String, String> sha = checksums(files);
    var manifest = ManifestWriter.build(files, sha, stats, config, stages, spark.sparkContext().master(),
        System.currentTimeMillis() - start);
    ManifestWriter.write(manifest, staging.resolve(OutputLayout.MANIFEST));
    spark.sparkContext().setJobDescription("documentation");
    org.tamiz.pipeline.docs.DatasetDocumentation.write(spark, staging, manifest, config);
    layout.commit();
    return stats;
  }

  /**
   * One task reads one file, so a run over fewer files than cores would run every stage on that many cores (one
   * 1 GB JSONL.gz: one core for langid, quality, ...). Then the records are spread by a hash of their position —
   * deterministic, and the output does not depend on partitioning anyway.
   */
  static Dataset<Row> spreadOverCores(SparkSession spark, Dataset<Row> docs) {
    int cores = spark.sparkContext().defaultParallelism();
    if (docs.javaRDD().getNumPartitions() >= cores) return docs;
    return docs.repartition(cores * 2, functions.col("source_file"), functions.col("source_locator"));
  }

  /** A fixed function of the input size (not of the machine), so reruns anywhere write the same files. */
  private int outputPartitions(List<InputFile> files) {
    if (config.output.filesPerPartition > 0) return config.output.filesPerPartition;
    long bytes = files.stream().mapToLong(InputFile::size).sum();
    return (int) Math.max(1, Math.min(512, bytes / (256L << 20) + 1));
  }

  /** SHA-256 of every input, computed in the executors (one task per file); only the digests come back. */
  private Map<String, String> checksums(List<InputFile> files) {
    if (files.isEmpty()) return Map.of();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String[]> pairs = jsc.parallelize(new ArrayList<>(files), files.size()).map(f -> {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(Paths.get(f.path()))) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
      }
      return new String[] {f.path(), HexFormat.of().formatHex(md.digest())};
    }).collect();
    Map<String, String> m = new HashMap<>();
    for (String[] p : pairs) m.put(p[0], p[1]);
    return m;
  }
}
