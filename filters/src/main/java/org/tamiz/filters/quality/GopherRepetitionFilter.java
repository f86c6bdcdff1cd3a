package org.tamiz.filters.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tamiz.filters.lang.LanguageSettings;

/**
 * Gopher repetition rules (Rae et al. 2021, Table A1) as datatrove computes them: paragraphs are {@code \n{2,}}
 * splits of the stripped text, lines {@code \n+} splits of the text, every character fraction divides by the
 * whole text length; the top 2/3/4-gram covers count × length of the most frequent n-gram; repeated 5..10-grams
 * are counted greedily (after a repeat, skip n words). A threshold of 0 switches the line/paragraph rules off.
 */
public final class GopherRepetitionFilter {
    public static final String DUP_PARA_FRAC = "gopher_dup_para_frac";
    public static final String DUP_PARA_CHAR_FRAC = "gopher_dup_para_char_frac";
    public static final String DUP_LINE_FRAC = "gopher_dup_line_frac";
    public static final String DUP_LINE_CHAR_FRAC = "gopher_dup_line_char_frac";
    public static final List<String> REASONS;

    static {
        List<String> r = new ArrayList<>(List.of(DUP_PARA_FRAC, DUP_PARA_CHAR_FRAC, DUP_LINE_FRAC, DUP_LINE_CHAR_FRAC));
        for (int n = 2; n <= 4; n++) r.add(topReason(n));
        for (int n = 5; n <= 10; n++) r.add(dupReason(n));
        REASONS = List.copyOf(r);
    }

    static String topReason(int n) {
        return "gopher_top_" + n + "_gram";
    }

    static String dupReason(int n) {
        return "gopher_duplicated_" + n + "_n_grams";
    }

    /** {@code topNGram[k]} is the threshold for n = k + 2; {@code dupNGram[k]} for n = k + 5. */
    public record Thresholds(boolean enabled, double dupLineFrac, double dupParaFrac, double dupLineCharFrac,
                             double dupParaCharFrac, double[] topNGram, double[] dupNGram) {
        static Thresholds of(LanguageSettings lang, Map<String, Object> s) {
            double[] top = lang.topNGramFracs();
            for (int n = 2; n <= 4; n++) top[n - 2] = Settings.num(s, "top_" + n + "_gram", top[n - 2]);
            double[] dup = {0.15, 0.14, 0.13, 0.12, 0.11, 0.10};
            for (int n = 5; n <= 10; n++) dup[n - 5] = Settings.num(s, "dup_" + n + "_gram", dup[n - 5]);
            boolean para = lang.dupPara();
            return new Thresholds(Settings.bool(s, "enabled", true),
                    Settings.num(s, "dup_line_frac", lang.dupLineFrac()),
                    Settings.num(s, "dup_para_frac", para ? 0.3 : 0),
                    Settings.num(s, "dup_line_char_frac", para ? 0.2 : 0),
                    Settings.num(s, "dup_para_char_frac", para ? 0.2 : 0), top, dup);
        }
    }

    private final Thresholds t;

    public GopherRepetitionFilter(Thresholds t) {
        this.t = t;
    }

    public Thresholds thresholds() {
        return t;
    }

    public void check(Map<String, Double> sig, List<String> reasons) {
        if (!t.enabled()) return;
        if (t.dupParaFrac() != 0 && sig.get(Signals.DUP_PARA_FRAC) > t.dupParaFrac()) reasons.add(DUP_PARA_FRAC);
        if (t.dupParaCharFrac() != 0 && sig.get(Signals.DUP_PARA_CHAR_FRAC) > t.dupParaCharFrac()) {
            reasons.add(DUP_PARA_CHAR_FRAC);
        }
        if (t.dupLineFrac() != 0 && sig.get(Signals.DUP_LINE_FRAC) > t.dupLineFrac()) reasons.add(DUP_LINE_FRAC);
        if (t.dupLineCharFrac() != 0 && sig.get(Signals.DUP_LINE_CHAR_FRAC) > t.dupLineCharFrac()) {
            reasons.add(DUP_LINE_CHAR_FRAC);
        }
        for (int n = 2; n <= 4; n++) {
            if (sig.get(Signals.topNGram(n)) > t.topNGram()[n - 2]) reasons.add(topReason(n));
        }
        for (int n = 5; n <= 10; n++) {
            if (sig.get(Signals.dupNGram(n)) > t.dupNGram()[n - 5]) reasons.add(dupReason(n));
        }
    }
}
