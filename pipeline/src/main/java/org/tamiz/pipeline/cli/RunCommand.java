package org.tamiz.pipeline.cli;

import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.TamizRun;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.ingest.InputDiscovery;
import org.tamiz.pipeline.spark.ProgressReporter;
import org.tamiz.pipeline.spark.SparkSessions;
import org.tamiz.pipeline.steps.Steps;
import org.tamiz.pipeline.write.RunStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Read the inputs, run the stages and write corpus/, rejected/, docs/, manifest.json and _SUCCESS.")
final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "PATH",
      description = "A file, a directory (read recursively) or a glob; repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", paramLabel = "DIR", description = "Output directory (replaced atomically).")
  Path output;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (see README.md).")
  Path config;

  @Option(names = "--stages", paramLabel = "LIST", split = ",",
      description = "Stages among langid,licenses,quality,toxicity,pii,dedup (default: all), or none.")
  List<String> stages = new ArrayList<>();

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default: local[*]).")
  String master;

  @Option(names = "--site-files", paramLabel = "DIR",
      description = "Per-site files for opt-out checks: DIR/HOST/robots.txt, DIR/HOST/.well-known/tdmrep.json.")
  Path siteFiles;

  @Option(names = "--print-config", description = "Print the resolved configuration as YAML and exit.")
  boolean printConfig;

  @Option(names = "--quiet", description = "No progress lines on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    TamizConfig cfg;
    try {
      cfg = TamizConfig.load(config);
    } catch (java.io.IOException e) {
      throw new TamizCli.UsageException(e.getMessage());
    }
    if (printConfig) {
      System.out.print(cfg.toYaml());
      return 0;
    }
    if (inputs.isEmpty()) throw new TamizCli.UsageException("missing --input PATH");
    if (output == null) throw new TamizCli.UsageException("missing --output DIR");
    List<String> resolved;
    try {
      resolved = Steps.resolve(stages);
    } catch (IllegalArgumentException e) {
      throw new TamizCli.UsageException(e.getMessage());
    }
    try {
      InputDiscovery.discover(inputs);
    } catch (InputDiscovery.MissingInputException e) {
      throw new TamizCli.UsageException(e.getMessage());
    }
    if (siteFiles != null && !Files.isDirectory(siteFiles)) {
      throw new TamizCli.UsageException("--site-files " + siteFiles + " is not a directory");
    }
    return execute(cfg, inputs, output, resolved, master, siteFiles, quiet);
  }

  static int execute(TamizConfig cfg, List<String> inputs, Path output, List<String> stages, String master,
                     Path siteFiles, boolean quiet) throws Exception {
    boolean owned = SparkSession.getDefaultSession().isEmpty(); // a session we did not start is not ours to stop
    SparkSession spark = SparkSessions.create(master, true);
    ProgressReporter progress = quiet ? null : new ProgressReporter(System.err, 5000);
    if (progress != null) spark.sparkContext().addSparkListener(progress);
    try {
      RunStatistics stats = new TamizRun(spark, cfg, stages).run(inputs, output, siteFiles);
      System.err.printf("tamiz: %d records read, %d kept, %d rejected %s -> %s%n",
          stats.kept + stats.rejected, stats.kept, stats.rejected, stats.rejectedByReason, output.toAbsolutePath());
      return 0;
    } catch (java.io.IOException e) {
      throw new TamizCli.UsageException(e.getMessage());
    } finally {
      if (progress != null) {
        progress.close();
        spark.sparkContext().removeSparkListener(progress);
      }
      if (owned) spark.stop();
    }
  }
}
