package org.tamiz.filters.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tamiz.filters.lang.LanguageSettings;
import org.tamiz.filters.lang.LanguageTable;
import org.tamiz.filters.text.TextNormalizer;
import org.tamiz.filters.text.WordSplitter;

/**
 * The quality step for one document: normalise, run the fused pass, apply Gopher repetition, Gopher quality,
 * C4 and FineWeb with the language's thresholds. Built once per executor; immutable and thread-safe.
 *
 * <p>English follows the FineWeb recipe (datatrove order: Gopher repetition, Gopher quality, C4 as FineWeb
 * configures it, FineWeb quality on C4's cleaned text). Other languages follow FineWeb-2 (Gopher repetition,
 * FineWeb quality, Gopher quality; no C4) with FineWeb-2's per-language values from the language table.
 */
public final class QualityAnnotator {

    /** Every reason code, in the fixed order used for {@link QualityVerdict#allReasons()}. */
    public static final List<String> REASON_ORDER;

    static {
        List<String> r = new ArrayList<>(GopherRepetitionFilter.REASONS);
        r.addAll(GopherQualityFilter.REASONS);
        r.addAll(C4QualityFilter.REASONS);
        r.addAll(FineWebQualityFilter.REASONS);
        REASON_ORDER = List.copyOf(r);
    }

    /** The compiled rules of one language row. */
    record Rules(LanguageSettings lang, WordSplitter words, GopherRepetitionFilter repetition,
                 GopherQualityFilter gopher, C4QualityFilter c4, FineWebQualityFilter fineweb) {}

    private final TextNormalizer normalizer;
    private final Map<String, Rules> rules;

    private QualityAnnotator(TextNormalizer normalizer, Map<String, Rules> rules) {
        this.normalizer = normalizer;
        this.rules = rules;
    }

    /** Published defaults and the language table. */
    public static QualityAnnotator withDefaults() {
        return fromConfig(Map.of());
    }

    /**
     * Configuration with the keys documented in README.md: sections {@code normalization}, {@code gopher_quality},
     * {@code gopher_repetition}, {@code c4}, {@code fineweb} override the language table for every language;
     * {@code languages: {CODE: {section: {...}}}} overrides one language.
     */
    public static QualityAnnotator fromConfig(Map<String, Object> config) {
        Map<String, Object> norm = Settings.section(config, "normalization");
        TextNormalizer normalizer = new TextNormalizer(new TextNormalizer.Options(
                Settings.bool(norm, "nfc", true), Settings.bool(norm, "mojibake", true),
                Settings.bool(norm, "control_chars", true), Settings.bool(norm, "whitespace", true),
                Settings.bool(norm, "trim_lines", false), Settings.bool(norm, "collapse_blank_lines", false)));
        LanguageTable table = LanguageTable.get();
        Map<String, Object> perLang = Settings.section(config, "languages");
        Map<String, Rules> rules = new HashMap<>();
        for (String code : table.codes()) {
            LanguageSettings lang = table.forLanguage(code);
            Map<String, Object> own = Settings.section(perLang, code);
            rules.put(code, new Rules(lang, table.wordsFor(code),
                    new GopherRepetitionFilter(GopherRepetitionFilter.Thresholds.of(lang,
                            merge(config, own, "gopher_repetition"))),
                    new GopherQualityFilter(GopherQualityFilter.Thresholds.of(lang,
                            merge(config, own, "gopher_quality"))),
                    new C4QualityFilter(C4QualityFilter.Thresholds.of(lang, merge(config, own, "c4"))),
                    new FineWebQualityFilter(FineWebQualityFilter.Thresholds.of(lang,
                            merge(config, own, "fineweb")))));
        }
        return new QualityAnnotator(normalizer, Map.copyOf(rules));
    }

    private static Map<String, Object> merge(Map<String, Object> global, Map<String, Object> own, String name) {
        Map<String, Object> m = new HashMap<>(Settings.section(global, name));
        m.putAll(Settings.section(own, name));
        return m;
    }

    /** The rules used for a language code ("und" and unknown codes get the und row). */
    Rules rulesFor(String lang, String text) {
        return rules.get(LanguageTable.get().forText(lang, text).code());
    }

    public QualityVerdict annotate(String text, String lang) {
        TextNormalizer.Result norm = normalizer.normalize(text == null ? "" : text);
        String t = norm.text();
        Rules r = rulesFor(lang, t);
        C4QualityFilter.Thresholds c4 = r.c4().thresholds();
        Signals.Pass pass = Signals.compute(t, r.words(), r.gopher().thresholds(), c4);
        Map<String, Double> sig = new LinkedHashMap<>(pass.signals());
        int fwWords = c4.enabled() ? sig.get(Signals.C4_KEPT_WORDS).intValue() : sig.get(Signals.GOPHER_WORDS).intValue();
        FineWebQualityFilter.Thresholds fw = r.fineweb().thresholds();
        Signals.fineweb(pass.cleanedText(), fwWords, fw.stripLines(), fw.shortLineLength(), fw.stopChars(), sig);

        List<String> rep = new ArrayList<>();
        List<String> gq = new ArrayList<>();
        List<String> c4r = new ArrayList<>();
        List<String> fwr = new ArrayList<>();
        r.repetition().check(sig, rep);
        r.gopher().check(sig, gq);
        r.c4().check(sig, c4r);
        r.fineweb().check(sig, fwr);
        List<String> all = new ArrayList<>(rep);
        all.addAll(gq);
        all.addAll(c4r);
        all.addAll(fwr);
        // the recipe order decides which reason is reported
        List<List<String>> recipe = c4.enabled() ? List.of(rep, gq, c4r, fwr) : List.of(rep, fwr, gq, c4r);
        String reason = null;
        for (List<String> l : recipe) {
            if (!l.isEmpty()) {
                reason = l.get(0);
                break;
            }
        }
        return new QualityVerdict(pass.cleanedText(), sig, reason, all, norm.counts());
    }
}
