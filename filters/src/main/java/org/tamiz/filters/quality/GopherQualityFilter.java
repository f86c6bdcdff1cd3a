package org.tamiz.filters.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tamiz.filters.lang.LanguageSettings;

/**
 * Gopher quality rules (Rae et al. 2021, Table A1) as datatrove computes them: word counts and mean word length
 * over non-symbol tokens; '#' and ellipsis ratios, the letter ratio and the stop-word test over all tokens
 * (punctuation included); bullet and ellipsis line ratios over all lines, blank ones included; the stop-word test
 * counts distinct, case-sensitive matches. A threshold of 0 switches its rule off, as in datatrove.
 */
public final class GopherQualityFilter {
    public static final String SHORT_DOC = "gopher_short_doc";
    public static final String LONG_DOC = "gopher_long_doc";
    public static final String BELOW_AVG = "gopher_below_avg_threshold";
    public static final String ABOVE_AVG = "gopher_above_avg_threshold";
    public static final String TOO_MANY_HASHES = "gopher_too_many_hashes";
    public static final String TOO_MANY_ELLIPSIS = "gopher_too_many_ellipsis";
    public static final String TOO_MANY_BULLETS = "gopher_too_many_bullets";
    public static final String TOO_MANY_END_ELLIPSIS = "gopher_too_many_end_ellipsis";
    public static final String BELOW_ALPHA = "gopher_below_alpha_threshold";
    public static final String ENOUGH_STOP_WORDS = "gopher_enough_stop_words";
    public static final List<String> REASONS = List.of(SHORT_DOC, LONG_DOC, BELOW_AVG, ABOVE_AVG, TOO_MANY_HASHES,
            TOO_MANY_ELLIPSIS, TOO_MANY_BULLETS, TOO_MANY_END_ELLIPSIS, BELOW_ALPHA, ENOUGH_STOP_WORDS);

    /** Defaults: Gopher Table A1 / datatrove; per-language values from the language table. */
    public record Thresholds(boolean enabled, int minDocWords, int maxDocWords, double minAvgWordLength,
                             double maxAvgWordLength, double maxSymbolWordRatio, double maxBulletLinesRatio,
                             double maxEllipsisLinesRatio, double minAlphaWordsRatio, int minStopWords,
                             Set<String> stopWords) {
        static Thresholds of(LanguageSettings lang, Map<String, Object> s) {
            int minStop = lang.gopherStopWords().isEmpty() ? 0 : 2;
            return new Thresholds(Settings.bool(s, "enabled", true),
                    Settings.integer(s, "min_doc_words", 50),
                    Settings.integer(s, "max_doc_words", 100_000),
                    Settings.num(s, "min_avg_word_length", lang.minAvgWordLength()),
                    Settings.num(s, "max_avg_word_length", lang.maxAvgWordLength()),
                    Settings.num(s, "max_symbol_word_ratio", 0.1),
                    Settings.num(s, "max_bullet_lines_ratio", 0.9),
                    Settings.num(s, "max_ellipsis_lines_ratio", 0.3),
                    Settings.num(s, "min_alpha_words_ratio", lang.minAlphaWordsRatio()),
                    Settings.integer(s, "min_stop_words", minStop),
                    Set.copyOf(Settings.words(s, "stop_words", lang.gopherStopWords())));
        }
    }

    private final Thresholds t;

    public GopherQualityFilter(Thresholds t) {
        this.t = t;
    }

    public Thresholds thresholds() {
        return t;
    }

    /** Appends the reasons that drop the document, in datatrove's order. */
    public void check(Map<String, Double> sig, List<String> reasons) {
        if (!t.enabled()) return;
        double nonSymbol = sig.get(Signals.GOPHER_NON_SYMBOL_WORDS);
        double mean = sig.get(Signals.GOPHER_MEAN_WORD_LENGTH);
        if (t.minDocWords() != 0 && nonSymbol < t.minDocWords()) reasons.add(SHORT_DOC);
        if (t.maxDocWords() != 0 && nonSymbol > t.maxDocWords()) reasons.add(LONG_DOC);
        if (t.minAvgWordLength() != 0 && mean < t.minAvgWordLength()) reasons.add(BELOW_AVG);
        if (t.maxAvgWordLength() != 0 && mean > t.maxAvgWordLength()) reasons.add(ABOVE_AVG);
        if (t.maxSymbolWordRatio() != 0 && sig.get(Signals.GOPHER_HASH_RATIO) > t.maxSymbolWordRatio()) {
            reasons.add(TOO_MANY_HASHES);
        }
        if (t.maxSymbolWordRatio() != 0 && sig.get(Signals.GOPHER_ELLIPSIS_RATIO) > t.maxSymbolWordRatio()) {
            reasons.add(TOO_MANY_ELLIPSIS);
        }
        if (t.maxBulletLinesRatio() != 0 && sig.get(Signals.GOPHER_BULLET_LINES) > t.maxBulletLinesRatio()) {
            reasons.add(TOO_MANY_BULLETS);
        }
        if (t.maxEllipsisLinesRatio() != 0
                && sig.get(Signals.GOPHER_END_ELLIPSIS_LINES) > t.maxEllipsisLinesRatio()) {
            reasons.add(TOO_MANY_END_ELLIPSIS);
        }
        if (t.minAlphaWordsRatio() != 0 && sig.get(Signals.GOPHER_ALPHA_WORDS) < t.minAlphaWordsRatio()) {
            reasons.add(BELOW_ALPHA);
        }
        if (t.minStopWords() != 0 && sig.get(Signals.GOPHER_STOP_WORDS) < t.minStopWords()) {
            reasons.add(ENOUGH_STOP_WORDS);
        }
    }
}
