package org.tamiz.langid.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tamiz.langid.Languages;
import org.tamiz.langid.ModelTrainer;

/**
 * Trains the language model from {@code lang<TAB>text[<TAB>...]} files and writes the model resource.
 *
 * <pre>
 * java -cp langid/target/classes org.tamiz.langid.train.TrainModel \
 *     --out langid/src/main/resources/org/tamiz/langid/langid-model.bin.gz ../shared/data/langid/train.tsv
 * </pre>
 *
 * Lines whose language is not one of the 35 are skipped. The same input always gives the same bytes.
 * {@code --extra FILE} (repeatable) adds text that is trained on but never held out: the temperature and
 * the coverage thresholds are measured on held-out lines of the TRAIN files only.
 */
public final class TrainModel {

  private TrainModel() {
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    Path tableOut = null;
    List<Path> inputs = new ArrayList<>();
    List<Path> extraInputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--extra" -> extraInputs.add(Path.of(args[++i]));
        case "--table-out" -> tableOut = Path.of(args[++i]);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println("usage: TrainModel --out MODEL.bin.gz [--table-out language-table.tsv] [--extra EXTRA.tsv]..."
          + " TRAIN.tsv...");
      System.exit(2);
    }
    List<String[]> samples = new ArrayList<>();
    for (Path input : inputs) {
      samples.addAll(readSamples(input));
    }
    List<String[]> extra = new ArrayList<>();
    for (Path input : extraInputs) {
      extra.addAll(readSamples(input));
    }
    long start = System.nanoTime();
    ModelTrainer trainer = new ModelTrainer(System.err);
    ModelTrainer.Trained trained = trainer.train(samples, extra);
    try (OutputStream o = Files.newOutputStream(out)) {
      trained.write(o);
    }
    if (tableOut != null) {
      Files.writeString(tableOut, trained.suggestedTable(), StandardCharsets.UTF_8);
    }
    PrintStream err = System.err;
    err.printf("wrote %s (%d bytes) from %d samples (+%d extra) in %.1f s%n", out, Files.size(out), samples.size(),
        extra.size(), (System.nanoTime() - start) / 1e9);
  }

  /** Reads {@code lang<TAB>text[<TAB>...]} lines; skips blank lines and languages outside the 35. */
  public static List<String[]> readSamples(Path file) throws IOException {
    List<String[]> samples = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        String lang = line.substring(0, tab);
        int end = line.indexOf('\t', tab + 1);
        String text = end < 0 ? line.substring(tab + 1) : line.substring(tab + 1, end);
        if (Languages.isTarget(lang) && !text.isBlank()) {
          samples.add(new String[] {lang, text});
        }
      }
    }
    return samples;
  }
}
