package org.tamiz.filters.quality;

import java.util.List;
import java.util.Map;
import org.tamiz.filters.lang.LanguageSettings;

/**
 * FineWeb's own rules (Penedo et al. 2024; datatrove's {@code FineWebQualityFilter}) over the non-blank lines of
 * the text, which are not stripped: drop when the share of lines ending in terminal punctuation is below 0.12,
 * lines of ≤ 30 characters are more than 67 %, characters in duplicate lines exceed 1 % of the characters
 * (newlines not counted), or newlines per word exceed 0.3. FineWeb-2's per-language values come from the table.
 */
public final class FineWebQualityFilter {
    public static final String EMPTY = "fineweb_empty";
    public static final String LINE_PUNCT_RATIO = "fineweb_line_punct_ratio";
    public static final String SHORT_LINE_RATIO = "fineweb_short_line_ratio";
    public static final String CHAR_DUP_RATIO = "fineweb_char_dup_ratio";
    public static final String LIST_RATIO = "fineweb_list_ratio";
    public static final List<String> REASONS = List.of(EMPTY, LINE_PUNCT_RATIO, SHORT_LINE_RATIO, CHAR_DUP_RATIO,
            LIST_RATIO);

    /**
     * @param stripLines option, off by default: strip lines before the punctuation and short-line tests
     *                   (datatrove does not, so "Done. " counts as a line without terminal punctuation)
     * @param stopChars  line-final characters that count as terminal punctuation; null for the default set
     */
    public record Thresholds(boolean enabled, double linePunctThr, boolean linePunctExcludeZero,
                             double shortLineThr, int shortLineLength, double charDuplicatesRatio,
                             double newLineRatio, boolean stripLines, java.util.Set<String> stopChars) {
        static Thresholds of(LanguageSettings lang, Map<String, Object> s) {
            return new Thresholds(Settings.bool(s, "enabled", true),
                    Settings.num(s, "line_punct_thr", lang.linePunctThr()),
                    Settings.bool(s, "line_punct_exclude_zero", false),
                    Settings.num(s, "short_line_thr", lang.shortLine() ? 0.67 : 999),
                    Settings.integer(s, "short_line_length", 30),
                    Settings.num(s, "char_duplicates_ratio", lang.charDupRatio()),
                    Settings.num(s, "new_line_ratio", lang.newLineRatio()),
                    Settings.bool(s, "strip_lines", false),
                    // null: Unicode sentence terminals plus quotes (datatrove's TERMINAL_PUNCTUATION); FineWeb's
                    // first release used [".", "'", "\"", "!", "?"]
                    s.get("stop_chars") != null ? java.util.Set.copyOf(Settings.words(s, "stop_chars", java.util.Set.of())) : null);
        }
    }

    private final Thresholds t;

    public FineWebQualityFilter(Thresholds t) {
        this.t = t;
    }

    public Thresholds thresholds() {
        return t;
    }

    public void check(Map<String, Double> sig, List<String> reasons) {
        if (!t.enabled()) return;
        if (sig.get(Signals.FW_LINES) == 0) {
            reasons.add(EMPTY);
            return;
        }
        double punct = sig.get(Signals.FW_LINE_PUNCT);
        if (punct < t.linePunctThr() && !(punct == 0 && t.linePunctExcludeZero())) reasons.add(LINE_PUNCT_RATIO);
        if (sig.get(Signals.FW_SHORT_LINES) > t.shortLineThr()) reasons.add(SHORT_LINE_RATIO);
        if (sig.get(Signals.FW_CHAR_DUP) > t.charDuplicatesRatio()) reasons.add(CHAR_DUP_RATIO);
        if (sig.get(Signals.FW_LIST_RATIO) > t.newLineRatio()) reasons.add(LIST_RATIO);
    }
}
