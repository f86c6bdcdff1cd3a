package org.tamiz.langid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the naive-Bayes n-gram model behind {@link LanguageIdentifier}; used by
 * {@code org.tamiz.langid.train.TrainModel}. Deterministic: the same samples give the same model bytes.
 *
 * <p>Every tenth sample of each language is first held out: a model trained on the rest fits the
 * probability temperature and measures, per language, how much of unseen in-language text the model
 * covers (the basis of the {@code min_coverage} column of the language table). The final model is then
 * trained on all samples.
 */
public final class ModelTrainer {

  /** Additive smoothing of n-gram counts. */
  static final double ALPHA = 0.5;
  /** An n-gram of order 3 or more must occur this often in a language to get a weight for it. */
  static final int MIN_COUNT_HIGH_ORDER = 2;
  private static final int LANGS = ModelClasses.COUNT;
  private static final int ORDERS = CharNgrams.WORD_ORDER;
  /** Passes of discriminative refinement over the training samples. */
  static final int REFINE_EPOCHS = 3;
  /** Initial learning rate of the refinement (divided by the epoch number). */
  static final double REFINE_RATE = 0.5;

  private final PrintStream log;

  public ModelTrainer(PrintStream log) {
    this.log = log;
  }

  /** A trained model with the numbers measured on the held-out tenth. */
  public static final class Trained {
    private final NgramModel model;
    private final List<String> features;
    private final String suggestedTable;

    Trained(NgramModel model, List<String> features, String suggestedTable) {
      this.model = model;
      this.features = features;
      this.suggestedTable = suggestedTable;
    }

    public void write(OutputStream out) throws IOException {
      model.write(out, features);
    }

    /** A {@code language-table.tsv} with coverage thresholds measured on the held-out tenth. */
    public String suggestedTable() {
      return suggestedTable;
    }

    NgramModel model() {
      return model;
    }
  }

  /** Trains on {@code samples} ({@code {lang, text}} pairs of target languages). */
  public Trained train(List<String[]> samples) {
    return train(samples, List.of());
  }

  /**
   * Trains on {@code samples} and {@code extra} (both {@code {lang, text}} pairs of target languages). The
   * extra samples (text of other domains, e.g. software translations) are only ever trained on: they are
   * not part of the held-out tenth, so the temperature and the coverage thresholds stay measured on
   * sentences of the main training text alone.
   */
  public Trained train(List<String[]> samples, List<String[]> extra) {
    List<String[]> fit = new ArrayList<>();
    List<String[]> heldOut = new ArrayList<>();
    int[] seen = new int[LANGS];
    for (String[] s : samples) {
      int l = ModelClasses.classOf(s[0], s[1]);
      if (seen[l]++ % 10 == 9) {
        heldOut.add(s);
      } else {
        fit.add(s);
      }
    }
    fit.addAll(extra);
    List<String[]> all = new ArrayList<>(samples);
    all.addAll(extra);
    LanguageTable table = LanguageTable.load();
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("alpha", ALPHA);
    parameters.put("min_count_high_order", (double) MIN_COUNT_HIGH_ORDER);
    parameters.put("refine.epochs", (double) REFINE_EPOCHS);
    parameters.put("refine.rate", REFINE_RATE);

    // 1. Naive Bayes on nine tenths; its temperature scales the refinement's gradient.
    Weights partial = naiveBayes(count(fit));
    int[] gold = new int[heldOut.size()];
    for (int i = 0; i < heldOut.size(); i++) {
      gold[i] = ModelClasses.classOf(heldOut.get(i)[0], heldOut.get(i)[1]);
    }
    double[] nbTemperature = fitTemperature(analyze(partial.toModel(parameters), table, heldOut), gold);
    log.printf(Locale.ROOT, "naive Bayes: temperature scale %.3f exponent %.2f, held-out log-loss %.4f%n",
        nbTemperature[0], nbTemperature[1], nbTemperature[2]);
    Map<String, Double> refineParameters = new LinkedHashMap<>(parameters);
    refineParameters.put("temperature.scale", nbTemperature[0]);
    refineParameters.put("temperature.exponent", nbTemperature[1]);

    // 2. Discriminative refinement on nine tenths, checked on the held-out tenth after each epoch.
    refine(partial, fit, refineParameters, table, heldOut, gold);
    LanguageIdentifier probe = new LanguageIdentifier(partial.toModel(refineParameters), table);
    List<LanguageIdentifier.Analysis> analyses = analyze(probe.model(), table, heldOut);
    double[] temperature = fitTemperature(analyses, gold);
    log.printf(Locale.ROOT, "refined: temperature scale %.3f exponent %.2f, held-out log-loss %.4f%n",
        temperature[0], temperature[1], temperature[2]);
    String suggested = suggestTable(probe, analyses, gold);

    // 3. The same on all samples.
    Weights full = naiveBayes(count(all));
    refine(full, all, refineParameters, table, List.of(), new int[0]);
    parameters.put("temperature.scale", temperature[0]);
    parameters.put("temperature.exponent", temperature[1]);
    NgramModel model = full.toModel(parameters);
    log.printf(Locale.ROOT, "model: %d features, %d weights%n", model.featureCount(), model.entryCount());
    return new Trained(model, full.kept, suggested);
  }

  private static List<LanguageIdentifier.Analysis> analyze(NgramModel model, LanguageTable table,
      List<String[]> samples) {
    LanguageIdentifier probe = new LanguageIdentifier(model, table);
    List<LanguageIdentifier.Analysis> analyses = new ArrayList<>(samples.size());
    for (String[] s : samples) {
      analyses.add(probe.analyze(s[1]));
    }
    return analyses;
  }

  /** Dense per-feature class weights while training; {@link #toModel} keeps the non-zero ones. */
  private static final class Weights {
    final List<String> features;
    final Map<String, Integer> index;
    final float[][] weight;
    final float[][] unseen;
    final List<String> alphabets;
    List<String> kept;

    Weights(List<String> features, float[][] weight, float[][] unseen, List<String> alphabets) {
      this.features = features;
      this.alphabets = alphabets;
      this.weight = weight;
      this.unseen = unseen;
      this.index = new HashMap<>(features.size() * 2);
      for (int i = 0; i < features.size(); i++) {
        index.put(features.get(i), i);
      }
    }

    NgramModel toModel(Map<String, Double> parameters) {
      List<String> out = new ArrayList<>();
      List<byte[]> langs = new ArrayList<>();
      List<float[]> weights = new ArrayList<>();
      byte[] l8 = new byte[LANGS];
      float[] w = new float[LANGS];
      for (int f = 0; f < features.size(); f++) {
        int n = 0;
        for (int l = 0; l < LANGS; l++) {
          float q = NgramModel.dequantize(weight[f][l]);
          if (q != 0f) {
            l8[n] = (byte) l;
            w[n] = q;
            n++;
          }
        }
        if (n > 0) {
          out.add(features.get(f));
          langs.add(Arrays.copyOf(l8, n));
          weights.add(Arrays.copyOf(w, n));
        }
      }
      kept = out;
      return new NgramModel(ModelClasses.NAMES, alphabets, unseen, parameters, out, langs, weights);
    }
  }

  /** N-gram counts per class, and each class's letters. */
  private record Counts(Map<String, int[]> ngrams, List<String> alphabets) {
  }

  /** A letter must occur this often in a class's text to be part of its alphabet. */
  static final int ALPHABET_MIN_COUNT = 2;

  private static Counts count(List<String[]> samples) {
    Map<String, int[]> counts = new HashMap<>(1 << 20);
    List<Map<Integer, Integer>> letters = new ArrayList<>();
    for (int l = 0; l < LANGS; l++) {
      letters.add(new HashMap<>());
    }
    int[] buffer = new int[64];
    for (String[] s : samples) {
      int l = ModelClasses.classOf(s[0], s[1]);
      String text = s[1];
      if (buffer.length < text.length() + 2) {
        buffer = new int[text.length() + 2];
      }
      int n = CharNgrams.normalize(text, 0, text.length(), buffer);
      CharNgrams.forEachFeatureString(buffer, n, f -> counts.computeIfAbsent(f, k -> new int[LANGS])[l]++);
      for (int i = 0; i < n; i++) {
        if (buffer[i] != CharNgrams.BOUNDARY && buffer[i] != '\'') {
          letters.get(l).merge(buffer[i], 1, Integer::sum);
        }
      }
    }
    List<String> alphabets = new ArrayList<>();
    for (int l = 0; l < LANGS; l++) {
      StringBuilder sb = new StringBuilder();
      // Basic Latin letters are always allowed in Latin-script languages: names and loanwords use them.
      boolean latin = letters.get(l).getOrDefault((int) 'a', 0) > 0;
      letters.get(l).entrySet().stream()
          .filter(e -> e.getValue() >= ALPHABET_MIN_COUNT || (latin && e.getKey() >= 'a' && e.getKey() <= 'z'))
          .map(Map.Entry::getKey).sorted().forEach(sb::appendCodePoint);
      if (latin) {
        for (int c = 'a'; c <= 'z'; c++) {
          if (sb.indexOf(String.valueOf((char) c)) < 0) {
            sb.append((char) c);
          }
        }
      }
      alphabets.add(sb.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
          StringBuilder::append).toString());
    }
    return new Counts(counts, alphabets);
  }

  /** Naive Bayes with additive smoothing: weight = log-probability gain over an unseen n-gram. */
  private static Weights naiveBayes(Counts counted) {
    Map<String, int[]> counts = counted.ngrams();
    List<String> all = new ArrayList<>(counts.keySet());
    all.sort(null);
    long[][] totals = new long[ORDERS][LANGS];
    long[] distinct = new long[ORDERS];
    for (String f : all) {
      int o = CharNgrams.order(f) - 1;
      distinct[o]++;
      int[] c = counts.get(f);
      for (int l = 0; l < LANGS; l++) {
        totals[o][l] += c[l];
      }
    }
    float[][] unseen = new float[ORDERS][LANGS];
    for (int o = 0; o < ORDERS; o++) {
      for (int l = 0; l < LANGS; l++) {
        unseen[o][l] = NgramModel.dequantize((float) Math.log(ALPHA / (totals[o][l] + ALPHA * distinct[o])));
      }
    }
    List<String> features = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    for (String f : all) {
      int minCount = CharNgrams.order(f) >= 3 ? MIN_COUNT_HIGH_ORDER : 1;
      int[] c = counts.get(f);
      float[] w = new float[LANGS];
      boolean any = false;
      for (int l = 0; l < LANGS; l++) {
        if (c[l] >= minCount) {
          w[l] = (float) Math.log((c[l] + ALPHA) / ALPHA);
          any = true;
        }
      }
      if (any) {
        features.add(f);
        weights.add(w);
      }
    }
    return new Weights(features, weights.toArray(new float[0][]), unseen, counted.alphabets());
  }

  /**
   * Refines the naive-Bayes weights discriminatively: stochastic gradient descent on the log-loss of the
   * same calibrated softmax the identifier uses, starting from the naive-Bayes weights. Close languages
   * (Danish/Bokmål, Croatian/Serbian/Bosnian, Galician/Portuguese) gain weights on the n-grams that
   * separate them, which counting alone under-weights. Deterministic: fixed shuffle seed.
   */
  private void refine(Weights w, List<String[]> samples, Map<String, Double> parameters, LanguageTable table,
      List<String[]> heldOut, int[] heldGold) {
    double scale = parameters.get("temperature.scale");
    double exponent = parameters.get("temperature.exponent");
    int n = samples.size();
    int[][] features = new int[n][];
    float[][] base = new float[n][];
    float[] temperature = new float[n];
    boolean[][] candidates = new boolean[n][];
    int[] gold = new int[n];
    NgramModel shape = w.toModel(parameters);
    LanguageIdentifier probe = new LanguageIdentifier(shape, table);
    int[] buffer = new int[64];
    for (int i = 0; i < n; i++) {
      String text = samples.get(i)[1];
      gold[i] = ModelClasses.classOf(samples.get(i)[0], text);
      LanguageIdentifier.Analysis a = probe.analyze(text);
      candidates[i] = a.candidate.clone();
      if (buffer.length < text.length() + 2) {
        buffer = new int[text.length() + 2];
      }
      int len = CharNgrams.normalize(text, 0, text.length(), buffer);
      List<Integer> ids = new ArrayList<>();
      int[] orderCounts = new int[ORDERS + 1];
      CharNgrams.forEachFeatureString(buffer, len, f -> {
        Integer id = w.index.get(f);
        if (id != null) {
          ids.add(id);
          orderCounts[CharNgrams.order(f)]++;
        }
      });
      features[i] = ids.stream().mapToInt(Integer::intValue).toArray();
      float[] b = new float[LANGS];
      for (int o = 1; o <= ORDERS; o++) {
        for (int l = 0; l < LANGS; l++) {
          b[l] += orderCounts[o] * w.unseen[o - 1][l];
        }
      }
      base[i] = b;
      temperature[i] = (float) (scale / Math.pow(Math.max(1, features[i].length), exponent));
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Random random = new java.util.Random(20240501L);
    double[] s = new double[LANGS];
    double[] p = new double[LANGS];
    for (int epoch = 1; epoch <= REFINE_EPOCHS; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = REFINE_RATE / epoch;
      double loss = 0;
      for (int k = 0; k < n; k++) {
        int i = order[k];
        boolean[] cand = candidates[i];
        if (!cand[gold[i]]) {
          continue;
        }
        int[] fs = features[i];
        for (int l = 0; l < LANGS; l++) {
          s[l] = base[i][l];
        }
        for (int f : fs) {
          float[] row = w.weight[f];
          for (int l = 0; l < LANGS; l++) {
            s[l] += row[l];
          }
        }
        double t = temperature[i];
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < LANGS; l++) {
          if (cand[l]) {
            max = Math.max(max, s[l]);
          }
        }
        double sum = 0;
        for (int l = 0; l < LANGS; l++) {
          p[l] = cand[l] ? Math.exp((s[l] - max) * t) : 0;
          sum += p[l];
        }
        loss -= Math.log(Math.max(1e-12, p[gold[i]] / sum));
        for (int l = 0; l < LANGS; l++) {
          double g = p[l] / sum - (l == gold[i] ? 1 : 0);
          if (Math.abs(g) < 1e-3) {
            continue;
          }
          float step = (float) (rate * t * g);
          for (int f : fs) {
            w.weight[f][l] -= step;
          }
        }
      }
      String check = "";
      if (!heldOut.isEmpty()) {
        List<LanguageIdentifier.Analysis> analyses = analyze(w.toModel(parameters), table, heldOut);
        int correct = 0;
        for (int i = 0; i < analyses.size(); i++) {
          LanguageIdentifier.Analysis a = analyses.get(i);
          int best = -1;
          for (int l = 0; l < LANGS; l++) {
            if (a.candidate[l] && (best < 0 || a.scores[l] > a.scores[best])) {
              best = l;
            }
          }
          correct += best == heldGold[i] ? 1 : 0;
        }
        check = String.format(Locale.ROOT, ", held-out accuracy %.4f", correct / (double) analyses.size());
      }
      log.printf(Locale.ROOT, "refine epoch %d: training log-loss %.4f%s%n", epoch, loss / n, check);
    }
  }

  /** Grid search of {@code t = scale / found^exponent} minimising the held-out log-loss. */
  private static double[] fitTemperature(List<LanguageIdentifier.Analysis> analyses, int[] gold) {
    double[] best = {1, 0.5, Double.POSITIVE_INFINITY};
    for (double exponent = 0; exponent <= 1.0001; exponent += 0.1) {
      for (double scale = 0.01; scale <= 100; scale *= 1.25) {
        double loss = 0;
        int n = 0;
        for (int i = 0; i < analyses.size(); i++) {
          LanguageIdentifier.Analysis a = analyses.get(i);
          if (!a.candidate[gold[i]]) {
            continue;
          }
          int found = 0;
          for (int c : a.orderCounts) {
            found += c;
          }
          double t = scale / Math.pow(Math.max(1, found), exponent) / NgramModel.WEIGHT_SCALE;
          double max = Double.NEGATIVE_INFINITY;
          for (int l = 0; l < LANGS; l++) {
            if (a.candidate[l]) {
              max = Math.max(max, a.scores[l]);
            }
          }
          double sum = 0;
          for (int l = 0; l < LANGS; l++) {
            if (a.candidate[l]) {
              sum += Math.exp((a.scores[l] - max) * t);
            }
          }
          loss -= (a.scores[gold[i]] - max) * t - Math.log(sum);
          n++;
        }
        loss /= Math.max(1, n);
        if (loss < best[2]) {
          best = new double[] {scale, exponent, loss};
        }
      }
    }
    best[0] = Math.round(best[0] * 1e6) / 1e6;
    best[1] = Math.round(best[1] * 100) / 100.0;
    return best;
  }

  /** Percentile of held-out in-language coverage on which the {@code und} thresholds are based. */
  static final double COVERAGE_PERCENTILE = 0.05;
  /**
   * Thresholds are that percentile times these margins, leaving room for text from other domains than the
   * training text (tuned on held-out sentences, the UDHR dev set and the non-target test sentences).
   */
  static final double NGRAM_COVERAGE_MARGIN = 0.8;
  static final double WORD_COVERAGE_MARGIN = 0.5;
  /**
   * Extra margins {n-gram, word} for classes whose training text covers only part of the language: the
   * Occitan text is Gascon (Lo Congrès), while Occitan is also written in Languedocien, Provençal
   * (classical and Mistralian spelling), Limousin, Auvergnat and Vivaro-Alpine, whose words differ so
   * much from Gascon ones that the word test is off for Occitan.
   */
  static final Map<String, double[]> PARTIAL_COVERAGE_MARGIN = Map.of("oc", new double[] {0.8, 0.0});

  /**
   * The language table with coverage thresholds measured on the held-out sentences: per class, the
   * {@link #COVERAGE_PERCENTILE} percentile of its own sentences' n-gram and word coverage.
   */
  private String suggestTable(LanguageIdentifier probe, List<LanguageIdentifier.Analysis> analyses, int[] gold) {
    List<List<Double>> ngram = new ArrayList<>();
    List<List<Double>> word = new ArrayList<>();
    for (int l = 0; l < LANGS; l++) {
      ngram.add(new ArrayList<>());
      word.add(new ArrayList<>());
    }
    for (int i = 0; i < analyses.size(); i++) {
      LanguageIdentifier.Analysis a = analyses.get(i);
      if (a.highOrderFeatures >= LanguageIdentifier.MIN_COVERAGE_FEATURES) {
        ngram.get(gold[i]).add(probe.coverage(a, gold[i]));
      }
      if (a.words >= LanguageIdentifier.MIN_COVERAGE_WORDS) {
        word.get(gold[i]).add(probe.wordCoverage(a, gold[i]));
      }
    }
    double[] minCoverage = new double[LANGS];
    double[] minWordCoverage = new double[LANGS];
    LanguageTable table = LanguageTable.load();
    for (int l = 0; l < LANGS; l++) {
      if (aloneInItsScripts(table, l)) {
        // Greek: no other language of interest shares the script, so low coverage means unusual Greek
        // (names, jargon, polytonic spelling), not another language; the test would only lose Greek text.
        continue;
      }
      double[] partial = PARTIAL_COVERAGE_MARGIN.getOrDefault(ModelClasses.NAMES.get(l), new double[] {1, 1});
      minCoverage[l] = floor3(partial[0] * NGRAM_COVERAGE_MARGIN * percentile(ngram.get(l), COVERAGE_PERCENTILE));
      minWordCoverage[l] = floor3(partial[1] * WORD_COVERAGE_MARGIN * percentile(word.get(l), COVERAGE_PERCENTILE));
      log.printf(Locale.ROOT,
          "%-8s n-gram coverage threshold %.3f (median %.3f, n=%d); word coverage threshold %.3f (median %.3f)%n",
          ModelClasses.NAMES.get(l), minCoverage[l], percentile(ngram.get(l), 0.5), ngram.get(l).size(),
          minWordCoverage[l], percentile(word.get(l), 0.5));
    }
    return table.withCoverage(minCoverage, minWordCoverage);
  }

  private static boolean aloneInItsScripts(LanguageTable table, int lang) {
    for (LanguageTable.Script script : LanguageTable.Script.values()) {
      if (!table.writtenIn(lang, script)) {
        continue;
      }
      for (int other = 0; other < LANGS; other++) {
        if (other != lang && table.writtenIn(other, script)) {
          return false;
        }
      }
    }
    return true;
  }

  private static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get((int) (p * (sorted.size() - 1)));
  }

  /** Rounded down to three decimals, so the printed threshold never exceeds the measured one. */
  private static double floor3(double v) {
    return Math.floor(v * 1000) / 1000;
  }
}
