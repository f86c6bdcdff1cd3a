package org.tamiz.langid.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tamiz.langid.LanguageIdentifier;
import org.tamiz.langid.Languages;

/**
 * Evaluates a {@link LanguageIdentifier} on a {@code lang<TAB>text[<TAB>...]} file and prints per-language
 * precision/recall/F1, macro-F1 (also with hr/sr/sh merged), accuracy on inputs cut to 30 characters,
 * confusion within the hard groups, the share of non-target lines answered {@code und}, sentences per
 * second on one core, and the model's heap.
 *
 * <pre>
 * java -cp langid/target/classes org.tamiz.langid.eval.EvaluateLanguageIdentifier FILE \
 *     [--model MODEL.bin.gz [--table language-table.tsv]] [--errors]
 * </pre>
 */
public final class EvaluateLanguageIdentifier {

  /** Groups of languages that are easily confused, and whose confusion is printed. */
  public static final List<List<String>> HARD_GROUPS = List.of(
      List.of("hr", "sr", "sh"), List.of("no", "nn", "da"), List.of("gl", "pt", "es"),
      List.of("ca", "oc", "es"), List.of("cs", "sk"), List.of("ru", "uk", "bg"), List.of("ga", "cy", "en"));

  static final int SHORT_CHARS = 30;

  private EvaluateLanguageIdentifier() {
  }

  public static void main(String[] args) throws IOException {
    Path file = null;
    Path model = null;
    Path table = null;
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--errors")) {
        errors = true;
      } else if (args[i].equals("--model")) {
        model = Path.of(args[++i]);
      } else if (args[i].equals("--table")) {
        table = Path.of(args[++i]);
      } else {
        file = Path.of(args[i]);
      }
    }
    if (file == null) {
      System.err.println("usage: EvaluateLanguageIdentifier FILE [--model MODEL.bin.gz [--table TABLE.tsv]] [--errors]");
      System.exit(2);
    }
    LanguageIdentifier identifier = model == null ? LanguageIdentifier.getDefault()
        : table == null ? LanguageIdentifier.load(model) : LanguageIdentifier.load(model, table);
    if (errors) {
      printErrors(file, System.out, identifier);
    } else {
      evaluate(file, System.out, identifier);
    }
  }

  /** Prints every line whose answer differs from its label, with the alternatives. */
  public static void printErrors(Path file, PrintStream out, LanguageIdentifier identifier) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      var result = identifier.identify(f[1], 3);
      if (!result.lang().equals(f[0])) {
        out.printf(Locale.ROOT, "%s -> %s %.3f %s | %s%n", f[0], result.lang(), result.score(),
            result.alternatives(), f[1]);
      }
    }
  }

  /** Evaluates the default identifier on {@code file}, printing the report to {@code out}. */
  public static Report evaluate(Path file, PrintStream out) throws IOException {
    return evaluate(file, out, LanguageIdentifier.getDefault());
  }

  /** The headline numbers of one evaluation. */
  public record Report(int lines, double macroF1, double macroF1SerboCroatianMerged, double accuracy,
      double shortAccuracy, double nonTargetUndShare, double sentencesPerSecond, Map<String, Double> f1) {
  }

  public static Report evaluate(Path file, PrintStream out, LanguageIdentifier identifier) throws IOException {
    return evaluate(file, out, identifier, DEFAULT_BENCHMARK);
  }

  /** CPU time spent measuring throughput by default. */
  public static final Duration DEFAULT_BENCHMARK = Duration.ofSeconds(2);

  /** Evaluates {@code identifier}, measuring throughput for {@code benchmark} of CPU time. */
  public static Report evaluate(Path file, PrintStream out, LanguageIdentifier identifier, Duration benchmark)
      throws IOException {
    List<String> gold = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        int end = line.indexOf('\t', tab + 1);
        gold.add(line.substring(0, tab));
        texts.add(end < 0 ? line.substring(tab + 1) : line.substring(tab + 1, end));
      }
    }
    List<String> predicted = new ArrayList<>(texts.size());
    for (String t : texts) {
      predicted.add(identifier.identify(t, 0).lang());
    }
    List<String> predictedShort = new ArrayList<>(texts.size());
    for (String t : texts) {
      predictedShort.add(identifier.identify(cut(t, SHORT_CHARS), 0).lang());
    }

    out.printf(Locale.ROOT, "file: %s (%d lines)%n%n", file, texts.size());
    out.println("lang   n      P      R      F1");
    Map<String, Double> f1 = new LinkedHashMap<>();
    for (String lang : Languages.TARGET) {
      double[] prf = prf(gold, predicted, lang, false);
      if (prf[3] == 0) {
        continue;
      }
      f1.put(lang, prf[2]);
      out.printf(Locale.ROOT, "%-4s %5d  %.3f  %.3f  %.3f%n", lang, (int) prf[3], prf[0], prf[1], prf[2]);
    }
    double macro = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double macroMerged = macroMerged(gold, predicted);
    int targetLines = 0;
    int correct = 0;
    int shortCorrect = 0;
    int shortCorrectMerged = 0;
    int nonTarget = 0;
    int nonTargetUnd = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (Languages.isTarget(gold.get(i))) {
        targetLines++;
        correct += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        shortCorrect += gold.get(i).equals(predictedShort.get(i)) ? 1 : 0;
        shortCorrectMerged += merge(gold.get(i)).equals(merge(predictedShort.get(i))) ? 1 : 0;
      } else {
        nonTarget++;
        nonTargetUnd += predicted.get(i).equals(Languages.UNDETERMINED) ? 1 : 0;
      }
    }
    double accuracy = targetLines == 0 ? Double.NaN : correct / (double) targetLines;
    double shortAccuracy = targetLines == 0 ? Double.NaN : shortCorrect / (double) targetLines;
    out.printf(Locale.ROOT, "%nmacro-F1 (%d languages): %.4f%n", f1.size(), macro);
    out.printf(Locale.ROOT, "macro-F1 with hr/sr/sh as one group: %.4f%n", macroMerged);
    out.printf(Locale.ROOT, "accuracy (target lines): %.4f%n", accuracy);
    out.printf(Locale.ROOT, "accuracy on inputs cut to %d chars: %.4f (hr/sr/sh merged: %.4f)%n", SHORT_CHARS,
        shortAccuracy, targetLines == 0 ? Double.NaN : shortCorrectMerged / (double) targetLines);
    double undShare = nonTarget == 0 ? Double.NaN : nonTargetUnd / (double) nonTarget;
    out.printf(Locale.ROOT, "non-target lines answered und: %d / %d = %.4f%n", nonTargetUnd, nonTarget, undShare);
    Map<String, Integer> falseTargets = new TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!Languages.isTarget(gold.get(i)) && !predicted.get(i).equals(Languages.UNDETERMINED)) {
        falseTargets.merge(gold.get(i) + "->" + predicted.get(i), 1, Integer::sum);
      }
    }
    if (!falseTargets.isEmpty()) {
      out.println("non-target lines given a target language: " + falseTargets);
    }

    out.println();
    for (List<String> group : HARD_GROUPS) {
      printConfusion(out, group, gold, predicted);
    }
    double speed = sentencesPerSecond(identifier, texts, benchmark.toNanos());
    out.printf(Locale.ROOT, "speed: %.0f sentences/s on one thread (mean %.0f chars)%n", speed,
        texts.stream().mapToInt(String::length).average().orElse(0));
    out.printf(Locale.ROOT, "model heap: %.1f MB (its arrays); %.1f MB measured (heap growth when loading the"
        + " shipped model once more)%n", identifier.modelHeapBytes() / 1e6, measuredModelHeap() / 1e6);
    return new Report(texts.size(), macro, macroMerged, accuracy, shortAccuracy, undShare, speed, f1);
  }

  /** Heap growth, after garbage collection, from loading the shipped model once more. */
  static long measuredModelHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    LanguageIdentifier copy = LanguageIdentifier.loadShipped();
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    return copy.modelHeapBytes() > 0 ? Math.max(0, after - before) : 0;
  }

  private static String cut(String text, int codePoints) {
    String t = text.strip();
    if (t.codePointCount(0, t.length()) <= codePoints) {
      return t;
    }
    return t.substring(0, t.offsetByCodePoints(0, codePoints));
  }

  private static String merge(String lang) {
    return Languages.isSerboCroatian(lang) ? "hbs" : lang;
  }

  /** {precision, recall, F1, support} of {@code lang}. */
  private static double[] prf(List<String> gold, List<String> predicted, String lang, boolean merged) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      String g = merged ? merge(gold.get(i)) : gold.get(i);
      String p = merged ? merge(predicted.get(i)) : predicted.get(i);
      if (g.equals(lang) && p.equals(lang)) {
        tp++;
      } else if (p.equals(lang)) {
        fp++;
      } else if (g.equals(lang)) {
        fn++;
      }
    }
    double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1, tp + fn};
  }

  private static double macroMerged(List<String> gold, List<String> predicted) {
    List<String> groups = new ArrayList<>();
    for (String lang : Languages.TARGET) {
      String g = merge(lang);
      if (!groups.contains(g)) {
        groups.add(g);
      }
    }
    double sum = 0;
    int n = 0;
    for (String g : groups) {
      double[] prf = prf(gold, predicted, g, true);
      if (prf[3] > 0) {
        sum += prf[2];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static void printConfusion(PrintStream out, List<String> group, List<String> gold, List<String> predicted) {
    List<String> columns = new ArrayList<>(group);
    columns.add("other");
    columns.add("und");
    StringBuilder header = new StringBuilder("gold\\pred");
    for (String c : columns) {
      header.append(String.format(Locale.ROOT, "%7s", c));
    }
    boolean any = false;
    StringBuilder rows = new StringBuilder();
    for (String g : group) {
      int[] counts = new int[columns.size()];
      int total = 0;
      for (int i = 0; i < gold.size(); i++) {
        if (!gold.get(i).equals(g)) {
          continue;
        }
        total++;
        String p = predicted.get(i);
        int c = group.indexOf(p);
        counts[c >= 0 ? c : p.equals(Languages.UNDETERMINED) ? columns.size() - 1 : columns.size() - 2]++;
      }
      if (total == 0) {
        continue;
      }
      any = true;
      rows.append(String.format(Locale.ROOT, "%-9s", g));
      for (int c : counts) {
        rows.append(String.format(Locale.ROOT, "%7d", c));
      }
      rows.append('\n');
    }
    if (any) {
      out.println(header);
      out.print(rows);
      out.println();
    }
  }

  /**
   * Single-thread throughput over the file's lines after a warm-up, timed for at least {@code nanos} of this
   * thread's CPU time (so other processes sharing the machine do not distort it; wall time is used where
   * the JVM cannot measure thread CPU time).
   */
  static double sentencesPerSecond(LanguageIdentifier identifier, List<String> texts, long nanos) {
    if (texts.isEmpty()) {
      return Double.NaN;
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long sink = 0;
    for (int i = 0; i < Math.min(texts.size(), 5000); i++) {
      sink += identifier.identify(texts.get(i), 0).lang().hashCode();
    }
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    long elapsed;
    long count = 0;
    do {
      for (String t : texts) {
        sink += identifier.identify(t, 0).lang().hashCode();
      }
      count += texts.size();
      elapsed = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    } while (elapsed < nanos);
    if (sink == 42) {
      System.out.print("");
    }
    return count / (elapsed / 1e9);
  }
}
