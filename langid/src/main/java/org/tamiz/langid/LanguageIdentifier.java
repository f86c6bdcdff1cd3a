package org.tamiz.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifies which of the 35 target languages a text is written in, or {@code und}.
 *
 * <p>Steps: (1) long documents are sampled (a few evenly spaced windows) so the cost does not grow with
 * length; (2) letters are counted by script: text mostly in other scripts (Han, Arabic, Hebrew, Devanagari,
 * Thai, Hangul, kana, Georgian, Armenian, ...) is {@code und}, and the dominant script limits the candidates
 * (Greek: el; Cyrillic: bg, ru, sr, uk); (3) a naive-Bayes character 1-5-gram and word model scores the
 * candidates, and a length-aware temperature turns scores into probabilities; (4) the winner must reach its
 * per-language minimum score and n-gram coverage from {@code language-table.tsv}, else the text is
 * {@code und}. Immutable and thread-safe; {@link #getDefault()} loads the model once per JVM.
 */
public final class LanguageIdentifier {

  static final String MODEL_RESOURCE = "/org/tamiz/langid/langid-model.bin.gz";
  static final int DEFAULT_TOP_K = 3;
  /** Documents longer than this many chars are sampled. */
  static final int SAMPLE_THRESHOLD = 1500;
  static final int SAMPLE_WINDOWS = 5;
  static final int SAMPLE_WINDOW_CHARS = 300;
  /** Fewer letters than this cannot be told apart reliably: {@code und}. */
  static final int MIN_LETTERS = 2;

  private static final int LANGS = ModelClasses.COUNT;

  private final NgramModel model;
  private final LanguageTable table;
  private final SerboCroatianStage serboCroatian = SerboCroatianStage.load();
  private final GroupCueStage groupCues = GroupCueStage.load();
  private final double temperatureScale;
  private final double temperatureExponent;

  LanguageIdentifier(NgramModel model, LanguageTable table) {
    if (!model.languages().equals(ModelClasses.NAMES)) {
      throw new IllegalArgumentException("model classes differ from " + ModelClasses.NAMES);
    }
    this.model = model;
    this.table = table;
    this.temperatureScale = model.parameter("temperature.scale", 1.0);
    this.temperatureExponent = model.parameter("temperature.exponent", 0.5);
  }

  private static final class Holder {
    static final LanguageIdentifier DEFAULT = loadShipped();
  }

  /**
   * A new identifier with the shipped model, separate from {@link #getDefault()}: for measuring the
   * model's heap. Everything else should share {@link #getDefault()}.
   */
  public static LanguageIdentifier loadShipped() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing model resource " + MODEL_RESOURCE);
      }
      return new LanguageIdentifier(NgramModel.read(in), LanguageTable.load());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The identifier with the model shipped in this jar, loaded on first use. */
  public static LanguageIdentifier getDefault() {
    return Holder.DEFAULT;
  }

  /** An identifier with a model file other than the shipped one (e.g. one just trained). */
  public static LanguageIdentifier load(java.nio.file.Path modelFile) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(modelFile)) {
      return new LanguageIdentifier(NgramModel.read(in), LanguageTable.load());
    }
  }

  /** An identifier with a model file and a language table other than the shipped ones. */
  public static LanguageIdentifier load(java.nio.file.Path modelFile, java.nio.file.Path tableFile)
      throws IOException {
    try (InputStream model = java.nio.file.Files.newInputStream(modelFile);
        InputStream table = java.nio.file.Files.newInputStream(tableFile)) {
      return new LanguageIdentifier(NgramModel.read(model), LanguageTable.parse(table));
    }
  }

  /** Approximate heap held by the model, in bytes. */
  public long modelHeapBytes() {
    return model.heapBytes();
  }

  NgramModel model() {
    return model;
  }

  /** The language of {@code text} with the {@value #DEFAULT_TOP_K} best alternatives. */
  public LanguageResult identify(CharSequence text) {
    return identify(text, DEFAULT_TOP_K);
  }

  /** The language of {@code text} with the {@code topK} best alternatives (0 for none). */
  public LanguageResult identify(CharSequence text, int topK) {
    Analysis a = analyze(text);
    return decide(a, topK);
  }

  /** What the model saw in a text: its scores and the signals the decision uses. */
  static final class Analysis {
    /** Log-likelihood per class, fixed point ({@link NgramModel#WEIGHT_SCALE} per nat). */
    final int[] scores = new int[LANGS];
    final boolean[] candidate = new boolean[LANGS];
    int letters;
    int latin;
    int cyrillic;
    int greek;
    int foreignLetters;
    int features;
    long[] found;
    int foundCount;
    int highOrderFeatures;
    /** Whole-word features (words of three or more letters) of the text, and those the model knows. */
    int words;
    long[] foundWords;
    int foundWordCount;
    int[] orderCounts = new int[CharNgrams.WORD_ORDER + 1];
    /** The normalized text that was scored, {@code normalized[0, normalizedLength)}. */
    int[] normalized;
    int normalizedLength;
    LanguageTable.Script dominant = LanguageTable.Script.LATIN;
  }

  /** Whether letter {@code cp} belongs to {@code script} (Latin, Cyrillic or Greek blocks). */
  static boolean inScript(int cp, LanguageTable.Script script) {
    return switch (script) {
      case LATIN -> cp < 0x250 || (cp >= 0x1e00 && cp < 0x1f00);
      case GREEK -> (cp >= 0x370 && cp < 0x400) || (cp >= 0x1f00 && cp < 0x2000);
      case CYRILLIC -> cp >= 0x400 && cp < 0x530;
    };
  }

  Analysis analyze(CharSequence text) {
    Analysis a = new Analysis();
    if (text == null || text.length() == 0) {
      return a;
    }
    int length = text.length();
    int[] cps;
    int n;
    if (length <= SAMPLE_THRESHOLD) {
      countScripts(text, 0, length, a);
      cps = new int[length + 2];
      n = CharNgrams.normalize(text, 0, length, cps);
    } else {
      cps = new int[SAMPLE_WINDOWS * (SAMPLE_WINDOW_CHARS + 2) + 2];
      n = 0;
      long step = (length - SAMPLE_WINDOW_CHARS) / (SAMPLE_WINDOWS - 1);
      for (int w = 0; w < SAMPLE_WINDOWS; w++) {
        int from = snapToWordStart(text, (int) (w * step));
        int to = Math.min(length, from + SAMPLE_WINDOW_CHARS);
        to = snapToWordEnd(text, to);
        countScripts(text, from, to, a);
        n = CharNgrams.normalize(text, from, to, cps, n);
      }
    }
    if (a.letters < MIN_LETTERS || a.foreignLetters * 2 >= a.letters) {
      return a;
    }
    chooseCandidates(a);
    a.normalized = cps;
    a.normalizedLength = n;
    Scorer scorer = new Scorer(model, a, n);
    CharNgrams.forEachFeature(cps, n, scorer);
    for (int order = 1; order <= CharNgrams.WORD_ORDER; order++) {
      int count = a.orderCounts[order];
      if (count > 0) {
        for (int l = 0; l < LANGS; l++) {
          a.scores[l] += Math.round(count * model.unseen(order, l) * NgramModel.WEIGHT_SCALE);
        }
      }
    }
    return a;
  }

  /** Accumulates model weights; one per call so the identifier stays stateless. */
  private static final class Scorer implements CharNgrams.Sink {
    private final NgramModel model;
    private final Analysis a;

    Scorer(NgramModel model, Analysis a, int normalizedLength) {
      this.model = model;
      this.a = a;
      a.found = new long[Math.max(16, normalizedLength * 2)];
      a.foundWords = new long[Math.max(8, normalizedLength / 4)];
    }

    @Override
    public void accept(long hash, int order) {
      a.features++;
      if (order >= 3 && order <= CharNgrams.MAX_ORDER) {
        a.highOrderFeatures++;
      } else if (order == CharNgrams.WORD_ORDER) {
        a.words++;
      }
      long f = model.lookup(hash);
      if (f == 0) {
        return;
      }
      a.orderCounts[order]++;
      model.addWeights(f, a.scores);
      if (order >= 3 && order <= CharNgrams.MAX_ORDER) {
        if (a.foundCount == a.found.length) {
          a.found = java.util.Arrays.copyOf(a.found, a.found.length * 2);
        }
        a.found[a.foundCount++] = f;
      } else if (order == CharNgrams.WORD_ORDER) {
        if (a.foundWordCount == a.foundWords.length) {
          a.foundWords = java.util.Arrays.copyOf(a.foundWords, a.foundWords.length * 2);
        }
        a.foundWords[a.foundWordCount++] = f;
      }
    }
  }

  private static int snapToWordStart(CharSequence text, int at) {
    if (at == 0) {
      return 0;
    }
    int limit = Math.min(text.length(), at + 40);
    for (int i = at; i < limit; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return at;
  }

  private static int snapToWordEnd(CharSequence text, int at) {
    int limit = Math.max(0, at - 40);
    for (int i = at; i > limit && i < text.length(); i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return at;
  }

  /** Counts letters in target scripts by script, and letters in any other script. */
  private static void countScripts(CharSequence text, int from, int to, Analysis a) {
    int latin = 0;
    int cyrillic = 0;
    int greek = 0;
    int foreign = 0;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          latin++;
        }
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      if (cp < 0x250 || (cp >= 0x1e00 && cp < 0x1f00)) {
        latin++;
      } else if ((cp >= 0x370 && cp < 0x400) || (cp >= 0x1f00 && cp < 0x2000)) {
        greek++;
      } else if (cp >= 0x400 && cp < 0x530) {
        cyrillic++;
      } else {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        switch (script) {
          case LATIN -> latin++;
          case CYRILLIC -> cyrillic++;
          case GREEK -> greek++;
          // A Han or kana character or a Hangul syllable carries about as much as a short word.
          case HAN, HIRAGANA, KATAKANA, HANGUL -> foreign += 3;
          default -> foreign++;
        }
      }
    }
    a.latin += latin;
    a.cyrillic += cyrillic;
    a.greek += greek;
    a.letters += latin + cyrillic + greek + foreign;
    a.foreignLetters += foreign;
  }

  /** Limits the candidates to the languages written in the text's dominant target script. */
  private void chooseCandidates(Analysis a) {
    LanguageTable.Script dominant = LanguageTable.Script.LATIN;
    if (a.cyrillic > a.latin && a.cyrillic >= a.greek) {
      dominant = LanguageTable.Script.CYRILLIC;
    } else if (a.greek > a.latin && a.greek > a.cyrillic) {
      dominant = LanguageTable.Script.GREEK;
    }
    a.dominant = dominant;
    for (int l = 0; l < LANGS; l++) {
      a.candidate[l] = table.writtenIn(l, dominant);
    }
  }

  /** Calibrated probabilities over the candidates (0 for the others). */
  double[] probabilities(Analysis a) {
    double[] p = new double[LANGS];
    int found = 0;
    for (int order = 1; order <= CharNgrams.WORD_ORDER; order++) {
      found += a.orderCounts[order];
    }
    double t = temperatureScale / Math.pow(Math.max(1, found), temperatureExponent) / NgramModel.WEIGHT_SCALE;
    double max = Double.NEGATIVE_INFINITY;
    for (int l = 0; l < LANGS; l++) {
      if (a.candidate[l]) {
        max = Math.max(max, a.scores[l]);
      }
    }
    double sum = 0;
    for (int l = 0; l < LANGS; l++) {
      if (a.candidate[l]) {
        p[l] = Math.exp((a.scores[l] - max) * t);
        sum += p[l];
      }
    }
    for (int l = 0; l < LANGS; l++) {
      p[l] /= sum;
    }
    return p;
  }

  /** Share of the text's 3- to 5-grams that language {@code lang} showed in training. */
  double coverage(Analysis a, int lang) {
    if (a.highOrderFeatures == 0) {
      return 0;
    }
    int known = 0;
    for (int i = 0; i < a.foundCount; i++) {
      if (model.weight(a.found[i], lang) > 0) {
        known++;
      }
    }
    return known / (double) a.highOrderFeatures;
  }

  /** Share of the text's words (three letters or more) that class {@code lang} has a positive weight for. */
  double wordCoverage(Analysis a, int lang) {
    if (a.words == 0) {
      return 0;
    }
    int known = 0;
    for (int i = 0; i < a.foundWordCount; i++) {
      if (model.weight(a.foundWords[i], lang) > 0) {
        known++;
      }
    }
    return known / (double) a.words;
  }

  /** Minimum number of 3- and 4-grams before the n-gram coverage test applies. */
  static final int MIN_COVERAGE_FEATURES = 12;
  /** Minimum number of words of three or more letters before the word coverage test applies. */
  static final int MIN_COVERAGE_WORDS = 4;
  /** The word coverage test applies below this multiple of the n-gram coverage threshold. */
  static final double WORD_TEST_NGRAM_FACTOR = 1.3;

  /** Letters of the scored text that class {@code lang}'s training text never used. */
  int alienLetters(Analysis a, int lang) {
    int alien = 0;
    for (int i = 0; i < a.normalizedLength; i++) {
      int cp = a.normalized[i];
      if (cp != CharNgrams.BOUNDARY && cp != '\'' && !model.inAlphabet(lang, cp) && inScript(cp, a.dominant)) {
        alien++;
      }
    }
    return alien;
  }

  /**
   * Letters of the text's dominant script that the winning language never uses, at least this many and at least {@link #ALIEN_LETTER_SHARE} of
   * all letters, mean another language (Turkish ı ş ğ, Icelandic ð þ, Vietnamese ư ơ, Esperanto ĉ ŝ,
   * Macedonian ќ ѓ, Belarusian ў, Kazakh қ ә ...), not a foreign name in a target-language sentence.
   */
  static final int MIN_ALIEN_LETTERS = 2;
  static final double ALIEN_LETTER_SHARE = 0.02;

  LanguageResult decide(Analysis a, int topK) {
    if (a.letters < MIN_LETTERS) {
      return new LanguageResult(Languages.UNDETERMINED, 1.0, List.of());
    }
    if (a.foreignLetters * 2 >= a.letters) {
      return new LanguageResult(Languages.UNDETERMINED, a.foreignLetters / (double) a.letters, List.of());
    }
    double[] p = probabilities(a);
    int best = argmax(p);
    best = secondStage(a, p, best);
    double[] byLanguage = new double[Languages.TARGET.size()];
    for (int c = 0; c < LANGS; c++) {
      byLanguage[ModelClasses.language(c)] += p[c];
    }
    List<LanguageScore> alternatives = topK(byLanguage, topK);
    double score = byLanguage[ModelClasses.language(best)];
    int alien = alienLetters(a, best);
    if (alien >= MIN_ALIEN_LETTERS && alien >= ALIEN_LETTER_SHARE * a.letters) {
      return new LanguageResult(Languages.UNDETERMINED, Math.min(1.0, 0.5 + alien / (double) a.letters),
          alternatives);
    }
    double minCoverage = table.minCoverage(best);
    double coverage = coverage(a, best);
    if (a.highOrderFeatures >= MIN_COVERAGE_FEATURES && minCoverage > 0 && coverage < minCoverage) {
      return new LanguageResult(Languages.UNDETERMINED, 1 - score * coverage / minCoverage, alternatives);
    }
    // Unknown words in text whose n-grams are well known are inflected forms of a language with a small
    // training vocabulary (Finnish, Hungarian, Czech ...), not another language: the word test only
    // applies when the n-gram coverage is near its own threshold.
    double minWordCoverage = table.minWordCoverage(best);
    if (a.words >= MIN_COVERAGE_WORDS && minWordCoverage > 0 && coverage < WORD_TEST_NGRAM_FACTOR * minCoverage) {
      double wordCoverage = wordCoverage(a, best);
      if (wordCoverage < minWordCoverage) {
        return new LanguageResult(Languages.UNDETERMINED, 1 - score * wordCoverage / minWordCoverage,
            alternatives);
      }
    }
    // Doubt between close languages (hr/sr/sh, no/nn/da, ...) is not doubt that the text is in one of them.
    double groupScore = 0;
    for (int c = 0; c < LANGS; c++) {
      if (table.group(c) == table.group(best)) {
        groupScore += p[c];
      }
    }
    if (groupScore < table.minScore(best)) {
      return new LanguageResult(Languages.UNDETERMINED, 1 - groupScore, alternatives);
    }
    return new LanguageResult(Languages.TARGET.get(ModelClasses.language(best)), score, alternatives);
  }

  private static final int CROATIAN = ModelClasses.indexOf("hr");
  private static final int BOSNIAN = ModelClasses.indexOf("sh");
  private static final int SERBIAN_LATIN = ModelClasses.indexOf("sr");

  /**
   * Second stage for confusable groups where stated knowledge adds to n-gram statistics: cue words for
   * Danish / Bokmål / Nynorsk ({@link GroupCueStage}); Ekavian Serbo-Croatian in Latin script is Serbian
   * ({@link SerboCroatianStage}). The probabilities of the
   * group are moved to the chosen class, so the group's total is unchanged. Returns the (new) best class.
   */
  private int secondStage(Analysis a, double[] p, int best) {
    if (groupCues.covers(best)) {
      boolean[] inGroup = new boolean[LANGS];
      for (int c = 0; c < LANGS; c++) {
        inGroup[c] = table.group(c) == table.group(best) && groupCues.covers(c);
      }
      if (groupCues.apply(a.normalized, a.normalizedLength, inGroup, p)) {
        best = argmax(p);
      }
    }
    if ((best == CROATIAN || best == BOSNIAN) && serboCroatian.isEkavian(a.normalized, a.normalizedLength)) {
      p[SERBIAN_LATIN] += p[CROATIAN] + p[BOSNIAN];
      p[CROATIAN] = 0;
      p[BOSNIAN] = 0;
      return SERBIAN_LATIN;
    }
    return best;
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int l = 1; l < p.length; l++) {
      if (p[l] > p[best]) {
        best = l;
      }
    }
    return best;
  }

  private static List<LanguageScore> topK(double[] p, int k) {
    List<LanguageScore> out = new ArrayList<>(Math.max(0, k));
    boolean[] taken = new boolean[p.length];
    for (int i = 0; i < k; i++) {
      int best = -1;
      for (int l = 0; l < p.length; l++) {
        if (!taken[l] && p[l] > 0 && (best < 0 || p[l] > p[best])) {
          best = l;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      out.add(new LanguageScore(Languages.TARGET.get(best), p[best]));
    }
    return out;
  }
}
