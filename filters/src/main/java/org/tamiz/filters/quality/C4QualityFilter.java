package org.tamiz.filters.quality;

import java.util.List;
import java.util.Map;
import org.tamiz.filters.lang.LanguageSettings;

/**
 * C4's rules (Raffel et al. 2020; datatrove's {@code C4QualityFilter}) with their line cleaning: lines are
 * stripped; a line is removed when it has a word over 1000 characters, (optionally) no terminal punctuation or
 * ends in "...", fewer than 3 words (counted before citation markers are removed), mentions "javascript", or
 * cookie / privacy / terms-of-use boilerplate; "[1]", "[edit]", "[citation needed]" are removed from the rest.
 * The document is dropped when a line that survived the earlier line tests contains "lorem ipsum" or "{", or
 * when the kept lines hold fewer than 5 sentences. Defaults as FineWeb configures it (no terminal-punctuation
 * rule). The cleaned text (kept lines joined by newlines) is what later rules and the output see.
 */
public final class C4QualityFilter {
    public static final String LOREM_IPSUM = "c4_lorem_ipsum";
    public static final String CURLY_BRACKET = "c4_curly_bracket";
    public static final String TOO_FEW_SENTENCES = "c4_too_few_sentences";
    public static final List<String> REASONS = List.of(LOREM_IPSUM, CURLY_BRACKET, TOO_FEW_SENTENCES);

    /** FineWeb's configuration of datatrove's C4 filter by default. */
    public record Thresholds(boolean enabled, boolean filterNoTerminalPunct, int minNumSentences,
                             int minWordsPerLine, int maxWordLength, boolean removeCitations,
                             boolean filterLoremIpsum, boolean filterJavascript, boolean filterCurlyBracket,
                             boolean filterPolicy) {
        static Thresholds of(LanguageSettings lang, Map<String, Object> s) {
            return new Thresholds(Settings.bool(s, "enabled", lang.c4()),
                    Settings.bool(s, "filter_no_terminal_punct", false),
                    Settings.integer(s, "min_num_sentences", 5),
                    Settings.integer(s, "min_words_per_line", 3),
                    Settings.integer(s, "max_word_length", 1000),
                    Settings.bool(s, "remove_citations", true),
                    Settings.bool(s, "filter_lorem_ipsum", true),
                    Settings.bool(s, "filter_javascript", true),
                    Settings.bool(s, "filter_curly_bracket", true),
                    Settings.bool(s, "filter_policy", true));
        }
    }

    static final List<String> POLICY_SUBSTRINGS = List.of("terms of use", "privacy policy", "cookie policy",
            "uses cookies", "use of cookies", "use cookies");

    private final Thresholds t;

    public C4QualityFilter(Thresholds t) {
        this.t = t;
    }

    public Thresholds thresholds() {
        return t;
    }

    /** Doc-level reasons; the first-hit order of lorem ipsum vs curly bracket is given by the fused pass. */
    public void check(Map<String, Double> sig, List<String> reasons) {
        if (!t.enabled()) return;
        double lorem = sig.get(Signals.C4_LOREM_IPSUM_LINE);
        double curly = sig.get(Signals.C4_CURLY_BRACKET_LINE);
        // datatrove stops at the first line holding either: report that one first
        if (lorem > 0 && (curly == 0 || lorem <= curly)) {
            reasons.add(LOREM_IPSUM);
            if (curly > 0) reasons.add(CURLY_BRACKET);
        } else if (curly > 0) {
            reasons.add(CURLY_BRACKET);
            if (lorem > 0) reasons.add(LOREM_IPSUM);
        }
        if (t.minNumSentences() != -1 && sig.get(Signals.C4_SENTENCES) < t.minNumSentences()) {
            reasons.add(TOO_FEW_SENTENCES);
        }
    }
}
