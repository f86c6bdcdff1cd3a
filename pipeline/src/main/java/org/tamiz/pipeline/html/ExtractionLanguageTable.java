package org.tamiz.pipeline.html;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything language-specific in HTML extraction, in one place:
 * <ul>
 *   <li>stop words per language (Lucene analysis-common's default sets where Lucene has one; otherwise the
 *       FineWeb-2 per-language stop-word lists, huggingface/fineweb-2 configs, see REFERENCE.md §2), used as
 *       the "is this running prose?" cue of jusText (Pomikálek 2011);</li>
 *   <li>the legacy single-byte charsets of the 35 languages with the letters their languages use often,
 *       used by {@link HtmlCharsetResolver} to detect an undeclared or wrongly declared encoding;</li>
 *   <li>which legacy charset a language or country-code domain suggests.</li>
 * </ul>
 * Fallback: a page whose language is unknown (no {@code lang}, unknown code) is scored with the language whose
 * stop words are most frequent in the page; if none occurs, stop-word density is 0 and only the
 * language-independent cues (length, punctuation, links) decide.
 */
public final class ExtractionLanguageTable {

    private ExtractionLanguageTable() {}

    /** Our 35 languages in a fixed order; a language's bit in a stop-word mask is its index here. */
    public static final List<String> LANGUAGES = List.of("bg", "ca", "cs", "cy", "da", "de", "el", "en", "es",
            "et", "eu", "fi", "fr", "ga", "gl", "hr", "hu", "it", "lt", "lv", "mt", "nl", "nn", "no", "oc", "pl",
            "pt", "ro", "ru", "sh", "sk", "sl", "sr", "sv", "uk");

    /** FineWeb-2 stop words (REFERENCE.md §2) for the languages Lucene has no default stop set for. */
    private static final Map<String, String> FINEWEB2_STOP_WORDS = Map.ofEntries(
            Map.entry("cy", "yn y a o gan 'r ar mae yw ei i oedd wedi"),
            Map.entry("hr", "je u i se na su za od s a"),
            Map.entry("mt", "l- tal- u ta' il- li fl- fil- mill-"),
            Map.entry("nn", "i og av er som til på ein det med for den han vart frå var dei"),
            Map.entry("oc", "de la e lo en a es per que un una del dins las"),
            Map.entry("pl", "w i na z do się roku od a jest przez po jako oraz o został był nie"),
            Map.entry("sh", "je i u se na su od za da godine"),
            Map.entry("sk", "v a na sa je z roku s"),
            Map.entry("sl", "je v in na so se ki za leta z"),
            Map.entry("uk", "у в на і з та до року за що"));

    /** Extra function words for languages whose FineWeb-2 list above is very short; common words, no source needed. */
    private static final Map<String, String> EXTRA_STOP_WORDS = Map.ofEntries(
            Map.entry("hr", "da ne koji koja koje kao ali ili što biti bio bila smo ste sam bi će iz o po pri"),
            Map.entry("sh", "ne koji koja koje kao ali ili što biti bio bila smo sam bi će iz o po pri a"),
            Map.entry("sk", "to že sú do od pre ako ale aj by so zo ktorý ktorá ktoré bol bola po pri"),
            Map.entry("sl", "da ne pa po pri o so bi bil bila tudi ali ki kot iz še"),
            Map.entry("pl", "to że ale co jak tak czy są być ze dla tym który która które tylko"),
            Map.entry("uk", "не що як це але або від для по при його її він вона вони є був була"),
            Map.entry("cy", "ac yr ydy bod hyn fel ond am neu"),
            Map.entry("mt", "il ta li u fil minn ma jew kif dan din huwa hija"),
            Map.entry("oc", "los lei que es son amb pas mai se sa"),
            Map.entry("nn", "ikkje eit ei om men at no så"));

    /** Number of stop words per language index, to scale the density thresholds for short lists. */
    private static final int[] STOP_LIST_SIZES = new int[LANGUAGES.size()];

    /** word -> bit mask over {@link #LANGUAGES}. Built once per JVM. */
    private static final Map<String, Long> STOP_WORD_MASKS = buildStopWordMasks();

    /** Bit mask of the languages in which {@code lowerCaseWord} is a stop word; 0 when it is none. */
    public static long stopWordMask(String lowerCaseWord) {
        Long m = STOP_WORD_MASKS.get(lowerCaseWord);
        return m == null ? 0L : m;
    }

    /**
     * Mean stop-word density (stop words / words, with this table's lists) of real running text, measured on
     * 300-character chunks of {@code shared/data/langid/train.tsv} (Universal Dependencies treebanks, Tatoeba,
     * Global Voices; see its SOURCES.md) with {@code StopWordDensityCalibrationTest}. Inflected languages
     * (fi, lt, lv, eu, ru, sr) have far fewer function words than English, so one threshold for all would
     * call their prose boilerplate.
     */
    private static final Map<String, Double> PROSE_STOP_DENSITY = Map.ofEntries(
            Map.entry("bg", 0.418), Map.entry("ca", 0.470), Map.entry("cs", 0.356), Map.entry("cy", 0.262),
            Map.entry("da", 0.424), Map.entry("de", 0.445), Map.entry("el", 0.279), Map.entry("en", 0.424),
            Map.entry("es", 0.455), Map.entry("et", 0.294), Map.entry("eu", 0.186), Map.entry("fi", 0.187),
            Map.entry("fr", 0.371), Map.entry("ga", 0.380), Map.entry("gl", 0.417), Map.entry("hr", 0.245),
            Map.entry("hu", 0.309), Map.entry("it", 0.403), Map.entry("lt", 0.180), Map.entry("lv", 0.204),
            Map.entry("mt", 0.162), Map.entry("nl", 0.433), Map.entry("nn", 0.318), Map.entry("no", 0.447),
            Map.entry("oc", 0.287), Map.entry("pl", 0.217), Map.entry("pt", 0.409), Map.entry("ro", 0.312),
            Map.entry("ru", 0.215), Map.entry("sh", 0.262), Map.entry("sk", 0.181), Map.entry("sl", 0.237),
            Map.entry("sr", 0.126), Map.entry("sv", 0.422), Map.entry("uk", 0.175));

    /** Typical stop-word density of prose in a language; 0 for an unknown index. */
    public static double proseStopWordDensity(int languageIndex) {
        return languageIndex < 0 ? 0 : PROSE_STOP_DENSITY.getOrDefault(LANGUAGES.get(languageIndex), 0.0);
    }

    /** Size of a language's stop-word list (0 for an unknown index). */
    public static int stopListSize(int languageIndex) {
        return languageIndex < 0 ? 0 : STOP_LIST_SIZES[languageIndex];
    }

    /** Index of a language code in {@link #LANGUAGES} from a {@code lang} attribute ("en-GB" -> en); -1 if none. */
    public static int languageIndex(String langAttribute) {
        if (langAttribute == null || langAttribute.isBlank()) {
            return -1;
        }
        String code = langAttribute.trim().toLowerCase(Locale.ROOT);
        int dash = indexOfAny(code, "-_");
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        code = switch (code) {
            case "nb" -> "no";
            case "bs" -> "sh";
            case "cz" -> "cs";
            default -> code;
        };
        return LANGUAGES.indexOf(code);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Long> buildStopWordMasks() {
        Map<String, Set<String>> sets = new HashMap<>();
        put(sets, "bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet());
        put(sets, "ca", org.apache.lucene.analysis.ca.CatalanAnalyzer.getDefaultStopSet());
        put(sets, "cs", org.apache.lucene.analysis.cz.CzechAnalyzer.getDefaultStopSet());
        put(sets, "da", org.apache.lucene.analysis.da.DanishAnalyzer.getDefaultStopSet());
        put(sets, "de", org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet());
        put(sets, "el", org.apache.lucene.analysis.el.GreekAnalyzer.getDefaultStopSet());
        put(sets, "en", englishStopWords());
        put(sets, "es", org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
        put(sets, "et", org.apache.lucene.analysis.et.EstonianAnalyzer.getDefaultStopSet());
        put(sets, "eu", org.apache.lucene.analysis.eu.BasqueAnalyzer.getDefaultStopSet());
        put(sets, "fi", org.apache.lucene.analysis.fi.FinnishAnalyzer.getDefaultStopSet());
        put(sets, "fr", org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
        put(sets, "ga", org.apache.lucene.analysis.ga.IrishAnalyzer.getDefaultStopSet());
        put(sets, "gl", org.apache.lucene.analysis.gl.GalicianAnalyzer.getDefaultStopSet());
        put(sets, "hu", org.apache.lucene.analysis.hu.HungarianAnalyzer.getDefaultStopSet());
        put(sets, "it", org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
        put(sets, "lt", org.apache.lucene.analysis.lt.LithuanianAnalyzer.getDefaultStopSet());
        put(sets, "lv", org.apache.lucene.analysis.lv.LatvianAnalyzer.getDefaultStopSet());
        put(sets, "nl", org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
        put(sets, "no", org.apache.lucene.analysis.no.NorwegianAnalyzer.getDefaultStopSet());
        put(sets, "pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet());
        put(sets, "ro", org.apache.lucene.analysis.ro.RomanianAnalyzer.getDefaultStopSet());
        put(sets, "ru", org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
        put(sets, "sr", org.apache.lucene.analysis.sr.SerbianAnalyzer.getDefaultStopSet());
        put(sets, "sv", org.apache.lucene.analysis.sv.SwedishAnalyzer.getDefaultStopSet());
        for (Map.Entry<String, String> e : FINEWEB2_STOP_WORDS.entrySet()) {
            put(sets, e.getKey(), List.of(e.getValue().split(" ")));
        }
        for (Map.Entry<String, String> e : EXTRA_STOP_WORDS.entrySet()) {
            put(sets, e.getKey(), List.of(e.getValue().split(" ")));
        }
        // Serbian in Cyrillic script: Lucene's set is Latin; add the FineWeb-2 Cyrillic list (REFERENCE.md §2).
        put(sets, "sr", List.of("у је и на се од су године да за из са".split(" ")));
        Map<String, Long> masks = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : sets.entrySet()) {
            STOP_LIST_SIZES[LANGUAGES.indexOf(e.getKey())] = e.getValue().size();
            long bit = 1L << LANGUAGES.indexOf(e.getKey());
            for (String w : e.getValue()) {
                masks.merge(w, bit, (a, b) -> a | b);
            }
        }
        return Collections.unmodifiableMap(masks);
    }

    private static Set<String> englishStopWords() {
        // Lucene's EnglishAnalyzer set has only 33 words; the usual English function words give the jusText-like
        // density cue more to work with.
        String words = "a an and are as at be but by for if in into is it no not of on or such that the their then "
                + "there these they this to was will with i you he she we me my our your his her its them us him "
                + "who which what when where why how all any both each few more most other some than too very can "
                + "just should now have has had do does did been being were would could from up down out over under "
                + "again further once here so only own same about after before between through during because "
                + "while until against";
        return Set.of(words.split(" "));
    }

    private static void put(Map<String, Set<String>> sets, String lang, Iterable<?> words) {
        Set<String> set = sets.computeIfAbsent(lang, k -> new java.util.HashSet<>());
        for (Object o : words) {
            String w = o instanceof char[] chars ? new String(chars) : o.toString();
            set.add(w.toLowerCase(Locale.ROOT));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Legacy charsets

    /** A legacy single-byte charset, its decoding of bytes 0x80..0xFF, and the lower-case letters its languages use often. */
    public record LegacyCharset(Charset charset, char[] decodeTable, String frequentLetters, boolean latinScript) {
        boolean isFrequent(char lower) {
            return frequentLetters.indexOf(lower) >= 0;
        }
    }

    private static final String LATIN1_LETTERS = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšž";
    private static final String CENTRAL_EUROPEAN_LETTERS = "áäčďéěíĺľňóôöőřŕšťúůüűýžąćęłńśźżăâîșşțţđ";
    private static final String CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџў";
    private static final String GREEK_LETTERS = "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς";
    private static final String BALTIC_LETTERS = "ąčęėįšųūžāēģīķļņōŗõäöüå";

    /** Detection candidates; on equal scores the earlier one wins, so windows-1252 (the web default) comes first. */
    public static final List<LegacyCharset> LEGACY_CHARSETS = List.of(
            legacy("windows-1252", LATIN1_LETTERS),
            legacy("windows-1250", CENTRAL_EUROPEAN_LETTERS),
            legacy("ISO-8859-2", CENTRAL_EUROPEAN_LETTERS),
            legacy("windows-1251", CYRILLIC_LETTERS),
            legacy("KOI8-R", CYRILLIC_LETTERS),
            legacy("KOI8-U", CYRILLIC_LETTERS),
            legacy("ISO-8859-5", CYRILLIC_LETTERS),
            legacy("windows-1253", GREEK_LETTERS),
            legacy("ISO-8859-7", GREEK_LETTERS),
            legacy("windows-1257", BALTIC_LETTERS),
            legacy("ISO-8859-13", BALTIC_LETTERS),
            legacy("ISO-8859-15", LATIN1_LETTERS));

    /** The legacy charset a language's pages used before UTF-8; windows-1252 for the Western ones. */
    private static final Map<String, String> LANGUAGE_LEGACY_CHARSET = Map.ofEntries(
            Map.entry("cs", "windows-1250"), Map.entry("sk", "windows-1250"), Map.entry("pl", "ISO-8859-2"),
            Map.entry("hu", "ISO-8859-2"), Map.entry("sl", "windows-1250"), Map.entry("hr", "windows-1250"),
            Map.entry("sh", "windows-1250"), Map.entry("ro", "ISO-8859-2"), Map.entry("bg", "windows-1251"),
            Map.entry("ru", "windows-1251"), Map.entry("uk", "windows-1251"), Map.entry("sr", "windows-1251"),
            Map.entry("el", "ISO-8859-7"), Map.entry("lt", "windows-1257"), Map.entry("lv", "windows-1257"));

    /** Country-code domains that suggest a language (only where the legacy charset is not windows-1252). */
    private static final Map<String, String> TLD_LANGUAGE = Map.ofEntries(
            Map.entry("cz", "cs"), Map.entry("sk", "sk"), Map.entry("pl", "pl"), Map.entry("hu", "hu"),
            Map.entry("si", "sl"), Map.entry("hr", "hr"), Map.entry("ba", "sh"), Map.entry("ro", "ro"),
            Map.entry("bg", "bg"), Map.entry("ru", "ru"), Map.entry("ua", "uk"), Map.entry("rs", "sr"),
            Map.entry("gr", "el"), Map.entry("lt", "lt"), Map.entry("lv", "lv"));

    private static final Map<String, LegacyCharset> BY_NAME = new HashMap<>();

    static {
        for (LegacyCharset c : LEGACY_CHARSETS) {
            BY_NAME.put(c.charset().name(), c);
        }
    }

    private static LegacyCharset legacy(String name, String letters) {
        Charset cs = Charset.forName(name);
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        char[] table = new String(high, cs).toCharArray();
        if (table.length != 128) {
            throw new IllegalStateException(name + " is not a single-byte charset");
        }
        return new LegacyCharset(cs, table, letters, letters == LATIN1_LETTERS || letters == CENTRAL_EUROPEAN_LETTERS
                || letters == BALTIC_LETTERS);
    }

    static boolean isDetectableLegacyCharset(String canonicalName) {
        return BY_NAME.containsKey(canonicalName);
    }

    static LegacyCharset legacyCharset(String canonicalName) {
        return BY_NAME.get(canonicalName);
    }

    /** The legacy charset suggested by a {@code lang} attribute, else by the URL's country-code domain; null if none. */
    static LegacyCharset suggestedLegacyCharset(String langAttribute, String url) {
        int li = languageIndex(langAttribute);
        String lang = li >= 0 ? LANGUAGES.get(li) : null;
        if (lang == null && url != null) {
            String host = hostOf(url);
            int dot = host.lastIndexOf('.');
            if (dot >= 0) {
                lang = TLD_LANGUAGE.get(host.substring(dot + 1));
            }
        }
        if (lang == null) {
            return null;
        }
        return BY_NAME.get(LANGUAGE_LEGACY_CHARSET.getOrDefault(lang, "windows-1252"));
    }

    private static String hostOf(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = start;
        while (end < url.length() && "/:?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(start, end).toLowerCase(Locale.ROOT);
    }

}
