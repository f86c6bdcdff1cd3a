package org.tamiz.pipeline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A Spark standalone cluster on this machine from the project's own jars: one master and two workers, each a
 * background JVM whose pid is kept in out/cluster/ so that `stop` finds them.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {"start: start a Spark standalone master and two workers on this machine and print the master URL.",
        "stop: stop them."})
final class ClusterCommand implements Callable<Integer> {
  private static final String HOST = "127.0.0.1";
  private static final int PORT = 7077;

  @Parameters(index = "0", paramLabel = "start|stop", description = "start or stop")
  String action;

  @Override
  public Integer call() throws Exception {
    Path dir = TamizCli.home().resolve("out").resolve("cluster");
    switch (action) {
      case "start":
        return start(dir);
      case "stop":
        return stop(dir);
      default:
        throw new TamizCli.UsageException("cluster takes start or stop, not " + action);
    }
  }

  private int start(Path dir) throws Exception {
    Files.createDirectories(dir);
    String url = "spark://" + HOST + ":" + PORT;
    if (listening(PORT)) {
      System.out.println(url);
      return 0;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Path sparkHome = sparkHome(dir, cp);
    List<String> opens = List.of(System.getProperty("tamiz.jvm.opens", "").split(" "));
    launch(dir, sparkHome, "master", java, cp, opens, List.of("org.apache.spark.deploy.master.Master", "--host", HOST,
        "--port", String.valueOf(PORT), "--webui-port", "8080"));
    long deadline = System.currentTimeMillis() + 60_000;
    while (!listening(PORT)) {
      if (System.currentTimeMillis() > deadline) throw new IOException("master did not start; see " + dir.resolve("master.log"));
      Thread.sleep(300);
    }
    for (int i = 1; i <= 2; i++) {
      launch(dir, sparkHome, "worker-" + i, java, cp, opens, List.of("org.apache.spark.deploy.worker.Worker", "--host", HOST,
          "--cores", "1", "--memory", "4g", "--webui-port", String.valueOf(8080 + i), "--work-dir",
          dir.resolve("work-" + i).toString(), url));
    }
    Thread.sleep(3000); // workers register within a few seconds; jobs wait for them anyway
    System.out.println(url);
    return 0;
  }

  /**
   * Workers start executors through Spark's launcher, which looks for SPARK_HOME/jars when SPARK_HOME/RELEASE
   * exists. We have no Spark distribution, only the jars Maven resolved: link them into such a layout.
   */
  private static Path sparkHome(Path dir, String cp) throws IOException {
    Path home = dir.resolve("spark-home");
    Path jars = home.resolve("jars");
    org.tamiz.pipeline.write.OutputLayout.deleteTree(home);
    Files.createDirectories(jars);
    Files.writeString(home.resolve("RELEASE"), "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
        + " (jars linked by tamiz cluster start)\n");
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) continue;
      Path link = jars.resolve(jar.getFileName().toString());
      if (!Files.exists(link)) Files.createSymbolicLink(link, jar.toAbsolutePath());
    }
    return home;
  }

  private static void launch(Path dir, Path sparkHome, String name, String java, String cp, List<String> opens, List<String> main) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx1g");
    for (String o : opens) if (!o.isBlank()) cmd.add(o);
    cmd.add("-cp");
    cmd.add(cp);
    cmd.addAll(main);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", HOST);
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    Process p = pb.start();
    Files.writeString(dir.resolve(name + ".pid"), Long.toString(p.pid()));
  }

  private int stop(Path dir) throws Exception {
    int stopped = 0;
    if (Files.isDirectory(dir)) {
      try (var s = Files.list(dir)) {
        for (Path pid : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".pid")).sorted()::iterator) {
          long n = Long.parseLong(Files.readString(pid).trim());
          var h = ProcessHandle.of(n);
          if (h.isPresent()) {
            h.get().descendants().forEach(ProcessHandle::destroy);
            h.get().destroy();
            stopped++;
          }
          Files.delete(pid);
        }
      }
    }
    System.out.println("stopped " + stopped + " process(es)");
    return 0;
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(HOST, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
