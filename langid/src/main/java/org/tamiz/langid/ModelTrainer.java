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
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("alpha", ALPHA);
    parameters.put("min_count_high_order", (double) MIN_COUNT_HIGH_ORDER);
    Built partial = build(count(fit), parameters);
    LanguageTable table = LanguageTable.load();
    LanguageIdentifier probe = new LanguageIdentifier(partial.model, table);
    List<LanguageIdentifier.Analysis> analyses = new ArrayList<>();
    int[] gold = new int[heldOut.size()];
    for (int i = 0; i < heldOut.size(); i++) {
      analyses.add(probe.analyze(heldOut.get(i)[1]));
      gold[i] = ModelClasses.classOf(heldOut.get(i)[0], heldOut.get(i)[1]);
    }
    double[] temperature = fitTemperature(analyses, gold);
    parameters.put("temperature.scale", temperature[0]);
    parameters.put("temperature.exponent", temperature[1]);
    log.printf(Locale.ROOT, "temperature: scale %.3f exponent %.2f (held-out log-loss %.4f)%n", temperature[0],
        temperature[1], temperature[2]);
    String suggested = suggestTable(probe, analyses, gold);
    Built full = build(count(samples), parameters);
    log.printf(Locale.ROOT, "model: %d features, %d weights%n", full.model.featureCount(), full.model.entryCount());
    return new Trained(full.model, full.features, suggested);
  }

  private record Built(NgramModel model, List<String> features) {
  }

  private static Map<String, int[]> count(List<String[]> samples) {
    Map<String, int[]> counts = new HashMap<>(1 << 20);
    int[] buffer = new int[64];
    for (String[] s : samples) {
      int l = ModelClasses.classOf(s[0], s[1]);
      String text = s[1];
      if (buffer.length < text.length() + 2) {
        buffer = new int[text.length() + 2];
      }
      int n = CharNgrams.normalize(text, 0, text.length(), buffer);
      CharNgrams.forEachFeatureString(buffer, n, f -> counts.computeIfAbsent(f, k -> new int[LANGS])[l]++);
    }
    return counts;
  }

  private static Built build(Map<String, int[]> counts, Map<String, Double> parameters) {
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
    List<byte[]> langs = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    byte[] l8 = new byte[LANGS];
    float[] w = new float[LANGS];
    for (String f : all) {
      int minCount = CharNgrams.order(f) >= 3 ? MIN_COUNT_HIGH_ORDER : 1;
      int[] c = counts.get(f);
      int n = 0;
      for (int l = 0; l < LANGS; l++) {
        if (c[l] >= minCount) {
          l8[n] = (byte) l;
          w[n] = NgramModel.dequantize((float) Math.log((c[l] + ALPHA) / ALPHA));
          n++;
        }
      }
      if (n > 0) {
        features.add(f);
        langs.add(Arrays.copyOf(l8, n));
        weights.add(Arrays.copyOf(w, n));
      }
    }
    NgramModel model = new NgramModel(ModelClasses.NAMES, unseen, parameters, features, langs, weights);
    return new Built(model, features);
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
          double t = scale / Math.pow(Math.max(1, found), exponent);
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

  /** Coverage thresholds: the 2nd percentile of held-out in-language coverage, per language. */
  private String suggestTable(LanguageIdentifier probe, List<LanguageIdentifier.Analysis> analyses, int[] gold) {
    List<List<Double>> coverage = new ArrayList<>();
    for (int l = 0; l < LANGS; l++) {
      coverage.add(new ArrayList<>());
    }
    for (int i = 0; i < analyses.size(); i++) {
      LanguageIdentifier.Analysis a = analyses.get(i);
      if (a.highOrderFeatures >= LanguageIdentifier.MIN_COVERAGE_FEATURES) {
        coverage.get(gold[i]).add(probe.coverage(a, gold[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < LANGS; l++) {
      List<Double> c = coverage.get(l);
      c.sort(null);
      double p2 = c.isEmpty() ? 0 : c.get((int) (c.size() * 0.02));
      double median = c.isEmpty() ? 0 : c.get(c.size() / 2);
      sb.append(String.format(Locale.ROOT, "%s\tp2=%.3f\tmedian=%.3f\tn=%d%n", ModelClasses.NAMES.get(l), p2, median,
          c.size()));
    }
    log.print(sb);
    return sb.toString();
  }
}
