package org.tamiz.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything language-specific the identifier decides with, in one resource table
 * ({@code language-table.tsv}), one row per model class (the 35 target languages and {@code sr-Cyrl}):
 * <ul>
 *   <li>{@code scripts}: the scripts the class is written in (text in another dominant script cannot get it);
 *   <li>{@code min_score}: the lowest calibrated probability of the class's group before {@code und};
 *   <li>{@code min_coverage}: the lowest share of the text's 3- and 4-grams the class's training text had;
 *   <li>{@code min_word_coverage}: the same for the text's words of three letters or more;
 *   <li>{@code group}: classes easily confused with each other ({@code -}: its own group).
 * </ul>
 * The coverage thresholds are measured by the trainer on held-out training sentences (5th percentile
 * times a margin, see {@code ModelTrainer}). The row {@code *} is the fallback for a class without a row: Latin script, its own group.
 */
final class LanguageTable {

  static final String RESOURCE = "/org/tamiz/langid/language-table.tsv";

  /** Letters of these scripts belong to target languages; all others count against them. */
  enum Script { LATIN, CYRILLIC, GREEK }

  /** One row of the table. */
  record Row(String name, List<Script> scripts, double minScore, double minCoverage, double minWordCoverage,
      String group) {

    String toTsv() {
      StringBuilder s = new StringBuilder();
      for (Script script : scripts) {
        s.append(s.length() == 0 ? "" : ",").append(script.name().toLowerCase(Locale.ROOT));
      }
      return String.format(Locale.ROOT, "%s\t%s\t%.2f\t%.3f\t%.3f\t%s", name, s, minScore, minCoverage,
          minWordCoverage, group);
    }
  }

  static final String HEADER = """
      # Per-class decisions of LanguageIdentifier (org.tamiz.langid.LanguageTable). Classes: the 35 target
      # languages and sr-Cyrl (Serbian in Cyrillic, answered as "sr").
      # scripts: the scripts the class is written in; text whose dominant script is another cannot get it.
      # min_score: lowest calibrated probability of the class's group (summed over its members), else "und".
      # min_coverage: lowest share of the text's 3- and 4-grams seen in the class's training text, else "und".
      # min_word_coverage: the same for the text's words of three or more letters (from four such words on).
      #   Both coverage columns are written by TrainModel: the 5th percentile of held-out training sentences
      #   of the class, times a margin for other domains (0.8 for n-grams, 0.5 for words); 0 for Greek.
      # group: classes easily confused with each other ("-": none); doubt among them is no reason for "und".
      # Row "*" is the fallback for a class without a row.
      # class	scripts	min_score	min_coverage	min_word_coverage	group
      """;

  private final Row[] rows;
  private final int[] group;

  private LanguageTable(Row[] rows) {
    this.rows = rows;
    this.group = new int[rows.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String g = rows[i].group().equals("-") ? rows[i].name() : rows[i].group();
      if (!names.contains(g)) {
        names.add(g);
      }
      group[i] = names.indexOf(g);
    }
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
    Map<String, Row> byName = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 6) {
        throw new IOException("language table row needs 6 columns: " + line);
      }
      if (!f[0].equals("*") && ModelClasses.indexOf(f[0]) < 0) {
        throw new IOException("not a model class: " + f[0]);
      }
      List<Script> scripts = new ArrayList<>();
      for (String name : f[1].split(",")) {
        scripts.add(Script.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      }
      byName.put(f[0], new Row(f[0], List.copyOf(scripts), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          Double.parseDouble(f[4]), f[5]));
    }
    Row fallback = byName.get("*");
    if (fallback == null) {
      throw new IOException("language table has no fallback row '*'");
    }
    Row[] rows = new Row[ModelClasses.COUNT];
    for (int i = 0; i < rows.length; i++) {
      String name = ModelClasses.NAMES.get(i);
      Row row = byName.get(name);
      rows[i] = row != null ? row : new Row(name, fallback.scripts(), fallback.minScore(), fallback.minCoverage(),
          fallback.minWordCoverage(), "-");
    }
    return new LanguageTable(rows);
  }

  /** This table with new coverage thresholds per class (from the trainer), as TSV text. */
  String withCoverage(double[] minCoverage, double[] minWordCoverage) {
    StringBuilder out = new StringBuilder(HEADER);
    Row fallback = new Row("*", List.of(Script.LATIN), 0.5, 0.5, 0.0, "-");
    out.append(fallback.toTsv()).append('\n');
    for (int i = 0; i < rows.length; i++) {
      Row r = rows[i];
      out.append(new Row(r.name(), r.scripts(), r.minScore(), minCoverage[i], minWordCoverage[i], r.group()).toTsv())
          .append('\n');
    }
    return out.toString();
  }

  boolean writtenIn(int lang, Script script) {
    return rows[lang].scripts().contains(script);
  }

  /** The confusable group of a class: classes of one group share the {@code min_score} test. */
  int group(int lang) {
    return group[lang];
  }

  double minScore(int lang) {
    return rows[lang].minScore();
  }

  double minCoverage(int lang) {
    return rows[lang].minCoverage();
  }

  double minWordCoverage(int lang) {
    return rows[lang].minWordCoverage();
  }
}
