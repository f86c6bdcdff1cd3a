package org.tamiz.pipeline.cli;

import org.tamiz.pipeline.config.TamizConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the full pipeline on the sample corpus in demo/ into out/demo/.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--output", paramLabel = "DIR", description = "Output directory (default: out/demo).")
  Path output;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default: local[*]).")
  String master;

  @Override
  public Integer call() throws Exception {
    Path home = TamizCli.home();
    Path data = home.resolve("demo").resolve("data");
    if (!Files.isDirectory(data)) throw new TamizCli.UsageException("demo data not found at " + data);
    Path configFile = home.resolve("demo").resolve("demo-config.yaml");
    TamizConfig cfg = TamizConfig.load(Files.exists(configFile) ? configFile : null);
    Path out = output != null ? output : home.resolve("out").resolve("demo");
    Path sites = home.resolve("demo").resolve("site-files");
    int code = RunCommand.execute(cfg, List.of(data.toString()), out, org.tamiz.pipeline.steps.Steps.ALL, master,
        Files.isDirectory(sites) ? sites : null, false);
    System.err.println("tamiz: demo corpus in " + out + " (see " + out.resolve("docs/README.md") + ")");
    return code;
  }
}
