package org.tamiz.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The `tamiz` command: run, demo, langid, explain, cluster, calibrate. */
@Command(name = "tamiz", mixinStandardHelpOptions = true, versionProvider = TamizCli.Version.class,
    description = "Turns raw multilingual text (WARC, WET, JSONL, text, Parquet) into a documented training corpus.",
    subcommands = {RunCommand.class, DemoCommand.class, LangidCommand.class, ExplainCommand.class,
        ClusterCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class TamizCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Repository root, set by the ./tamiz launcher; the working directory otherwise. */
  static Path home() {
    String h = System.getProperty("tamiz.home");
    return Paths.get(h == null ? "." : h).toAbsolutePath().normalize();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tamiz " + org.tamiz.pipeline.TamizVersion.VERSION};
    }
  }

  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new TamizCli());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // Bad input, output or configuration: one line, non-zero; the stack trace only with TAMIZ_DEBUG.
      commandLine.getErr().println("tamiz: " + oneLine(ex));
      if (System.getenv("TAMIZ_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
      return ex instanceof UsageException || ex instanceof IllegalArgumentException ? 2 : 1;
    });
    cl.setParameterExceptionHandler((ex, args2) -> {
      ex.getCommandLine().getErr().println("tamiz: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'tamiz " + ex.getCommandLine().getCommandName() + " --help'.");
      return 2;
    });
    return cl.execute(args);
  }

  static String oneLine(Throwable t) {
    String m = t.getMessage();
    if (m == null) m = t.getClass().getSimpleName();
    m = m.replaceAll("\\s+", " ").trim();
    return m.length() > 500 ? m.substring(0, 500) + "..." : m;
  }

  /** Bad usage found after parsing (missing input, unwritable output): exit status 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    int code = execute(args);
    System.exit(code);
  }
}
