package org.tamiz.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tamiz.pipeline.SparkTestSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as a user types them (CONTRACT.md), on the demo corpus kept in the repository. */
public class TamizCliTest {
  @TempDir
  Path tmp;

  private record Result(int code, String out, String err) {}

  private static synchronized Result cli(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int code = TamizCli.execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  @Test
  void badUsageExitsNonZeroWithOneLine() {
    Result r = cli(null, "run", "--input", tmp.resolve("nothing-here").toString(), "--output", tmp.resolve("o").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("tamiz: input not found"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals(2, cli(null, "run", "--stages", "langid,bogus", "--input", ".", "--output", tmp.toString()).code());
    assertEquals(2, cli(null, "run", "--frobnicate").code());
    assertEquals(0, cli(null, "run", "--help").code());
    assertEquals(0, cli(null, "explain", "--help").code());
  }

  @Test
  void printConfigShowsTheDefaults() {
    Result r = cli(null, "run", "--print-config");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("max_document_bytes: 16777216"), r.out());
  }

  @Test
  void langidPrintsOneCodeAndScorePerLine() {
    Result r = cli("Cada primavera mi abuela preparaba la huerta detrás de la casa del pueblo.\n"
        + "Els dissabtes al matí el mercat del barri s'omple de gent que hi va a comprar fruita.\n\n12345\n", "langid");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].startsWith("es\t"), lines[0]);
    assertTrue(lines[1].startsWith("ca\t"), lines[1]);
    assertTrue(lines[2].startsWith("und\t"), lines[2]);
    assertTrue(lines[3].startsWith("und\t"), lines[3]);
    double score = Double.parseDouble(lines[0].split("\t")[1]);
    assertTrue(score > 0 && score <= 1);
  }

  @Test
  void stagesNoneRunsNoStageAndAListRunsJustThose() throws Exception {
    java.nio.file.Path in = java.nio.file.Files.writeString(tmp.resolve("one.jsonl"),
        "{\"id\":\"a\",\"text\":\"Ok.\",\"lang\":\"en\"}\n");
    for (String[] c : new String[][] {{"none", "[]"}, {"pii,langid", "[\"langid\",\"pii\"]"}}) {
      java.nio.file.Path out = tmp.resolve("stages-" + c[0].replace(',', '-'));
      run("run", "--input", in.toString(), "--output", out.toString(), "--stages", c[0], "--quiet");
      com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json").toFile());
      assertEquals(c[1], m.get("stages").toString(), c[0]);
    }
  }

  /** Runs a command in this JVM (the shared test Spark session is joined, not stopped). */
  public static int run(String... args) {
    SparkTestSession.get();
    Result r = cli(null, args);
    if (r.code() != 0) throw new AssertionError("tamiz " + String.join(" ", args) + " exited " + r.code() + ": " + r.err());
    return r.code();
  }

  public static String output(String... args) {
    Result r = cli(null, args);
    if (r.code() != 0) throw new AssertionError("tamiz " + String.join(" ", args) + " exited " + r.code() + ": " + r.err());
    return r.out();
  }

  public static int exitCode(String... args) {
    return cli(null, args).code();
  }
}
