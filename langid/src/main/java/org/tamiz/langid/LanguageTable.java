package org.tamiz.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Everything language-specific the identifier decides with, read from one resource table
 * ({@code language-table.tsv}): per model class (target language, or sr-Cyrl) the script it is written in, the lowest calibrated score
 * accepted before answering {@code und}, and the lowest share of its text's 3- to 5-grams the model must
 * know for that language. The row {@code *} is the documented fallback for any language without a row.
 */
final class LanguageTable {

  static final String RESOURCE = "/org/tamiz/langid/language-table.tsv";

  /** Letters of these scripts belong to target languages; all others count against them. */
  enum Script { LATIN, CYRILLIC, GREEK }

  private final Script[][] scripts;
  private final double[] minScore;
  private final double[] minCoverage;

  private LanguageTable(Script[][] scripts, double[] minScore, double[] minCoverage) {
    this.scripts = scripts;
    this.minScore = minScore;
    this.minCoverage = minCoverage;
  }

  static LanguageTable load() {
    try (InputStream in = LanguageTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LanguageTable parse(InputStream in) throws IOException {
    int n = ModelClasses.COUNT;
    Script[][] scripts = new Script[n][];
    double[] minScore = new double[n];
    double[] minCoverage = new double[n];
    Arrays.fill(minScore, Double.NaN);
    double fallbackScore = Double.NaN;
    double fallbackCoverage = Double.NaN;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 4) {
        throw new IOException("bad language table row: " + line);
      }
      double score = Double.parseDouble(f[2]);
      double coverage = Double.parseDouble(f[3]);
      if (f[0].equals("*")) {
        fallbackScore = score;
        fallbackCoverage = coverage;
        continue;
      }
      int i = ModelClasses.indexOf(f[0]);
      if (i < 0) {
        throw new IOException("not a model class: " + f[0]);
      }
      String[] names = f[1].split(",");
      scripts[i] = new Script[names.length];
      for (int s = 0; s < names.length; s++) {
        scripts[i][s] = Script.valueOf(names[s].trim().toUpperCase(java.util.Locale.ROOT));
      }
      minScore[i] = score;
      minCoverage[i] = coverage;
    }
    if (Double.isNaN(fallbackScore)) {
      throw new IOException("language table has no fallback row '*'");
    }
    for (int i = 0; i < n; i++) {
      if (scripts[i] == null) {
        scripts[i] = new Script[] {Script.LATIN};
        minScore[i] = fallbackScore;
        minCoverage[i] = fallbackCoverage;
      }
    }
    return new LanguageTable(scripts, minScore, minCoverage);
  }

  boolean writtenIn(int lang, Script script) {
    for (Script s : scripts[lang]) {
      if (s == script) {
        return true;
      }
    }
    return false;
  }

  double minScore(int lang) {
    return minScore[lang];
  }

  double minCoverage(int lang) {
    return minCoverage[lang];
  }
}
