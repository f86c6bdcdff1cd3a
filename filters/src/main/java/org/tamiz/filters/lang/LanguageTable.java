package org.tamiz.filters.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tamiz.filters.text.MalteseWordSplitter;
import org.tamiz.filters.text.SpacyRuleTokenizer;
import org.tamiz.filters.text.WordSplitter;

/**
 * The one place for everything language-specific: {@code languages.tsv}, one row per language (the 35 target
 * languages, {@code sr-Latn} for Serbian in Latin script, and {@code und}). Unknown codes fall back to {@code und};
 * a row's missing stop words or analyzer come from its {@code fallback} row.
 *
 * <p>Other components read tokenizers and stop words from here: {@link #wordsFor(String)} (the quality rules'
 * word splitter), {@link #analyzerFor(String)} (a Lucene analyzer: Unicode word tokens, lower case, the
 * language's stop words removed) and {@link #stopWords(String)}. Loaded once per JVM; immutable and thread-safe.
 */
public final class LanguageTable {

    /** The 35 target languages, in the order of the contract. */
    public static final List<String> LANGUAGES = List.of("bg", "ca", "cs", "cy", "da", "de", "el", "en", "es",
            "et", "eu", "fi", "fr", "ga", "gl", "hr", "hu", "it", "lt", "lv", "mt", "nl", "nn", "no", "oc", "pl",
            "pt", "ro", "ru", "sh", "sk", "sl", "sr", "sv", "uk");
    public static final String UNDETERMINED = "und";

    private static final class Holder {
        static final LanguageTable INSTANCE = load();
    }

    private final Map<String, LanguageSettings> rows;
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> wordAnalyzers = new ConcurrentHashMap<>();

    private LanguageTable(Map<String, LanguageSettings> rows) {
        this.rows = Collections.unmodifiableMap(rows);
    }

    public static LanguageTable get() {
        return Holder.INSTANCE;
    }

    /** All row keys, including {@code sr-Latn} and {@code und}. */
    public Set<String> codes() {
        return rows.keySet();
    }

    /** The row for a code; unknown codes (and null) give the {@code und} row. */
    public LanguageSettings forLanguage(String code) {
        LanguageSettings s = code == null ? null : rows.get(code);
        return s != null ? s : rows.get(UNDETERMINED);
    }

    /**
     * The row for a document: as {@link #forLanguage(String)}, except that Serbian text written mostly in Latin
     * letters gets the {@code sr-Latn} row (FineWeb-2 tuned the two scripts separately).
     */
    public LanguageSettings forText(String code, CharSequence text) {
        if ("sr".equals(code) && text != null && isMostlyLatin(text)) return rows.get("sr-Latn");
        return forLanguage(code);
    }

    static boolean isMostlyLatin(CharSequence text) {
        int latin = 0;
        int cyrillic = 0;
        int n = Math.min(text.length(), 4000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
            } else {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.LATIN) latin++;
                else if (s == Character.UnicodeScript.CYRILLIC) cyrillic++;
            }
        }
        return latin > cyrillic;
    }

    /** The word splitter the quality rules use for this language. */
    public WordSplitter wordsFor(String code) {
        switch (forLanguage(code).tokenizer()) {
            case "spacy_en":
                return SpacyRuleTokenizer.english();
            case "spacy_mt":
                return MalteseWordSplitter.get();
            default:
                return SpacyRuleTokenizer.generic();
        }
    }

    /** The language's full lower-case stop-word set (Lucene's list where analysis-common has one). */
    public Set<String> stopWords(String code) {
        return forLanguage(code).stopWords();
    }

    /**
     * A shared Lucene analyzer for the language: {@link StandardTokenizer} (Unicode word boundaries), lower case,
     * stop words removed. Analyzers are thread-safe; one instance per language is kept.
     */
    public Analyzer analyzerFor(String code) {
        LanguageSettings s = forLanguage(code);
        return analyzers.computeIfAbsent(s.code(), k -> {
            CharArraySet stop = new CharArraySet(s.stopWords(), false);
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream result = new StopFilter(new LowerCaseFilter(source), stop);
                    return new TokenStreamComponents(source, result);
                }
            };
        });
    }

    /**
     * A shared Lucene analyzer that turns the language's text into comparable words, dropping none (for comparing
     * texts, e.g. dedup shingles, where stop words must stay): Unicode word boundaries ({@link StandardTokenizer}),
     * typographic apostrophes inside words made ASCII, the language's lower-casing (Greek: final sigma and accents; Irish:
     * {@code nAthair} → {@code n-athair}), its elided articles split off ({@code l'home} → {@code home}).
     */
    public Analyzer wordAnalyzerFor(String code) {
        LanguageSettings s = forLanguage(code);
        return wordAnalyzers.computeIfAbsent(s.code(), k -> {
            CharArraySet elisions = s.elisions().isEmpty() ? null : new CharArraySet(s.elisions(), true);
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream result = switch (s.code()) {
                        case "el" -> new GreekLowerCaseFilter(source);
                        case "ga" -> new IrishLowerCaseFilter(source);
                        default -> new LowerCaseFilter(source);
                    };
                    result = new ApostropheFilter(result);
                    if (elisions != null) result = new ElisionFilter(result, elisions);
                    return new TokenStreamComponents(source, result);
                }
            };
        });
    }

    private static LanguageTable load() {
        List<String[]> raw = new ArrayList<>();
        String[] header = null;
        try (InputStream in = LanguageTable.class.getResourceAsStream("languages.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource languages.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (header == null) header = f;
                else raw.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) col.put(header[i], i);
        Map<String, String[]> byCode = new LinkedHashMap<>();
        for (String[] f : raw) byCode.put(f[col.get("code")], f);
        Map<String, LanguageSettings> rows = new LinkedHashMap<>();
        for (String[] f : raw) {
            String code = f[col.get("code")];
            String lucene = resolve(byCode, code, col.get("lucene_analyzer"));
            Set<String> stop = stopWordsOf(byCode, code, col.get("stop_words"));
            rows.put(code, new LanguageSettings(code, f[col.get("name")], f[col.get("script")],
                    f[col.get("fallback")], f[col.get("tokenizer")], f[col.get("lucene_analyzer")],
                    num(f, col, "lang_score"), num(f, col, "dup_line_frac"),
                    new double[] {num(f, col, "top_2_gram"), num(f, col, "top_3_gram"), num(f, col, "top_4_gram")},
                    num(f, col, "line_punct_thr"), num(f, col, "new_line_ratio"),
                    num(f, col, "min_avg_word_length"), num(f, col, "max_avg_word_length"),
                    num(f, col, "min_alpha_words_ratio"), words(f[col.get("gopher_stop_words")]), stop,
                    on(f, col, "c4"), on(f, col, "dup_para"), on(f, col, "short_line"),
                    num(f, col, "char_dup_ratio"), words(f[col.get("elisions")]), f[col.get("source")]));
            if (lucene.isEmpty() && stop.isEmpty() && !code.equals(UNDETERMINED)) {
                throw new IllegalStateException("language " + code + " has no stop words");
            }
        }
        return new LanguageTable(rows);
    }

    private static double num(String[] f, Map<String, Integer> col, String name) {
        return Double.parseDouble(f[col.get(name)]);
    }

    private static boolean on(String[] f, Map<String, Integer> col, String name) {
        return "on".equals(f[col.get(name)]);
    }

    private static Set<String> words(String s) {
        if (s.isBlank()) return Set.of();
        return new HashSet<>(Arrays.asList(s.trim().split(" +")));
    }

    /** A column's value, or the fallback row's where it is empty. */
    private static String resolve(Map<String, String[]> byCode, String code, int column) {
        Set<String> seen = new HashSet<>();
        String c = code;
        while (c != null && !c.isEmpty() && seen.add(c)) {
            String[] f = byCode.get(c);
            if (f == null) break;
            if (!f[column].isEmpty()) return f[column];
            c = f[3];
        }
        return "";
    }

    private static Set<String> stopWordsOf(Map<String, String[]> byCode, String code, int column) {
        String v = byCode.get(code)[column];
        if (v.isEmpty()) v = resolve(byCode, code, column);
        if (!"lucene".equals(v)) return words(v);
        String cls = byCode.get(code)[5];
        try {
            Class<?> k = Class.forName("org.apache.lucene.analysis." + cls);
            CharArraySet set = (CharArraySet) k.getMethod("getDefaultStopSet").invoke(null);
            Set<String> out = new HashSet<>();
            for (Object o : set) out.add(o instanceof char[] ? new String((char[]) o) : o.toString());
            return out;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load Lucene stop words for " + code + " from " + cls, e);
        }
    }
}
