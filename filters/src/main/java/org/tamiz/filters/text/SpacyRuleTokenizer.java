package org.tamiz.filters.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word splitting that reproduces the rule-based tokenizer of spaCy ({@code spacy.blank("en")}), which is what
 * datatrove's Gopher, repetition and FineWeb filters count as "words" for English.
 *
 * <p>Why hand-written: no JVM library implements spaCy's algorithm, and the published FineWeb thresholds
 * (e.g. "80 % of words contain a letter") were tuned on exactly these tokens, punctuation included. The
 * algorithm (split on whitespace; peel prefixes and suffixes; split infixes; keep URLs whole; exceptions such
 * as "don't" → "do" "n't") is reimplemented here; the rules themselves (regular expressions and the exception
 * table of spaCy 3.8's English language data, MIT licence) are loaded as data from {@code spacy_en_rules.txt}.
 *
 * <p>Known differences from spaCy: the second pass that re-merges exceptions spanning several affix tokens
 * ({@code _apply_special_cases}) is not reproduced, and a single whitespace-free chunk longer than
 * {@link #MAX_CHUNK} characters is kept as one token (spaCy would run its regexes over it; on such input
 * both drop the document anyway). Thread-safe: immutable rules plus a per-thread bounded cache of chunk
 * tokenisations (spaCy keeps the same kind of cache).
 */
public final class SpacyRuleTokenizer implements WordSplitter {

    /** Longest whitespace-free chunk that goes through the affix rules. */
    public static final int MAX_CHUNK = 20_000;
    private static final int CACHE_LIMIT = 50_000;
    /** Longest chunk kept in the per-thread cache (with CACHE_LIMIT, bounds it to ~13 MB per thread). */
    private static final int CACHED_CHUNK = 128;
    /**
     * Characters that decide the suffix: a bounded suffix alternative consumes at most 5 characters (Python's
     * sre getwidth over spaCy's list) and its look-behind sees at most 2 more; with margin.
     */
    private static final int SUFFIX_TAIL = 10;
    /** Longest text a bounded suffix alternative consumes (5), plus one. */
    private static final int MAX_SUFFIX = 6;
    /**
     * Longest string matched against spaCy's URL pattern on the calling thread: Java's regex engine recurses
     * once per host label and overflows a default stack near 2 000 labels (Python's engine does not), so longer
     * strings are matched on a short-lived thread with a large stack. Real URLs are far shorter.
     */
    static final int MAX_URL = 2048;
    private static final String[] NO_TOKENS = new String[0];

    private final String name;
    private final Pattern prefix;
    private final Pattern suffix;
    private final Pattern infix;
    private final Pattern url;
    /** The URL pattern without its optional "user:password@" part, for strings without '@' (same result). */
    private final Pattern urlNoUserInfo;
    /** BMP characters at which some infix alternative can start (its first consumed character). */
    private final boolean[] infixStart = new boolean[0x10000];
    /** BMP characters after which spaCy's suffix rules peel a final period (from "c." alone). */
    private final boolean[] dotSplitsAfter = new boolean[0x10000];
    private final Map<String, String[]> specials;
    /** Exceptions the affix rules would split (":)" → ":" ")"), keyed by their first affix token. */
    private final Map<String, List<String[]>> splitSpecials = new HashMap<>();
    private final ThreadLocal<Map<String, String[]>> cache = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Integer>> suffixCache = ThreadLocal.withInitial(HashMap::new);

    private SpacyRuleTokenizer(String name, Pattern prefix, Pattern suffix, Pattern infix, Pattern url,
                               Map<String, String[]> specials) {
        this.name = name;
        this.prefix = prefix;
        this.suffix = suffix;
        this.infix = infix;
        this.url = url;
        this.urlNoUserInfo = Pattern.compile(url.pattern().replace(USER_INFO, ""), url.flags());
        // infix alternatives start with '.', '…', ',', + - * ^, hyphens, : < > = /, or an icon character; the
        // icon class is found by matching each character alone (its alternative has no context condition)
        for (char c : ".…,+-*^~–—:<>=/".toCharArray()) infixStart[c] = true;
        Matcher dotted = suffix.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isLetterOrDigit(c) && !Character.isSurrogate((char) c)) {
                String t = (char) c + ".";
                dotted.reset(t);
                dotSplitsAfter[c] = dotted.find() && dotted.start() == 1;
            }
        }
        Matcher single = infix.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            if (!infixStart[c] && !Character.isLetterOrDigit(c) && !Character.isSurrogate((char) c)) {
                infixStart[c] = single.reset(String.valueOf((char) c)).lookingAt();
            }
        }
        this.specials = specials;
        if (!specials.isEmpty()) {
            SpacyRuleTokenizer plain = new SpacyRuleTokenizer(name, prefix, suffix, infix, url, Map.of());
            for (String key : specials.keySet()) {
                List<String> parts = new ArrayList<>();
                plain.tokenizeChunk(key, parts);
                if (parts.size() > 1) {
                    splitSpecials.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(parts.toArray(NO_TOKENS));
                }
            }
            // longest sequences first, so the longest exception wins where several start at one token
            splitSpecials.values().forEach(l -> l.sort((x, y) -> y.length - x.length));
        }
    }

    private static final class Holder {
        static final SpacyRuleTokenizer ENGLISH = load("spacy_en", true);
        static final SpacyRuleTokenizer GENERIC = load("spacy_generic", false);
    }

    /** datatrove's English word tokenizer (spaCy English rules with English exceptions). */
    public static SpacyRuleTokenizer english() {
        return Holder.ENGLISH;
    }

    /**
     * The same affix rules without the English exception table: a close stand-in for the spaCy tokenizers
     * FineWeb-2 used for other Latin, Cyrillic and Greek script languages (their affix rules are spaCy's shared
     * defaults; their exception tables are small).
     */
    public static SpacyRuleTokenizer generic() {
        return Holder.GENERIC;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Empties the calling thread's cache of chunk tokenisations. Only for measurements: {@code QualityBenchmark}
     * uses it to report throughput without any reuse between documents.
     */
    public static void clearThreadCaches() {
        // fresh maps rather than clear(): clearing a large table costs more than the work being measured
        Holder.ENGLISH.cache.remove();
        Holder.GENERIC.cache.remove();
        Holder.ENGLISH.suffixCache.remove();
        Holder.GENERIC.suffixCache.remove();
    }

    private static SpacyRuleTokenizer load(String name, boolean withExceptions) {
        Map<String, String> patterns = new HashMap<>();
        Map<String, String[]> specials = new HashMap<>();
        try (InputStream in = SpacyRuleTokenizer.class.getResourceAsStream("spacy_en_rules.txt")) {
            if (in == null) throw new IllegalStateException("missing resource spacy_en_rules.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f[0].equals("SPECIAL")) {
                    if (withExceptions) specials.put(f[1], f[2].split("\u001f", -1));
                } else {
                    patterns.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpacyRuleTokenizer(name,
                Pattern.compile(patterns.get("PREFIX")),
                Pattern.compile(RegexGuards.guardLookbehinds(patterns.get("SUFFIX"))),
                Pattern.compile(RegexGuards.guardLookbehinds(patterns.get("INFIX"))),
                Pattern.compile(patterns.get("URL"), Pattern.UNICODE_CHARACTER_CLASS),
                Map.copyOf(specials));
    }

    @Override
    public void split(String text, int from, int to, List<String> out) {
        int i = from;
        while (i < to) { // every Python whitespace character is in the BMP, so chars suffice
            if (PyText.isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && !PyText.isSpace(text.charAt(i))) i++;
            chunk(text.substring(start, i), out);
        }
    }

    private void chunk(String chunk, List<String> out) {
        if (chunk.length() > MAX_CHUNK) {
            out.add(chunk);
            return;
        }
        if (isSimpleWord(chunk)) {
            String[] special = specials.get(chunk);
            if (special == null) {
                out.add(chunk);
            } else {
                out.addAll(Arrays.asList(special));
            }
            return;
        }
        if (wordThenPunct(chunk) && !specials.containsKey(chunk)) {
            // "word," "word." ...: the only rule that applies peels the final character (see wordThenPunct)
            String word = chunk.substring(0, chunk.length() - 1);
            String[] special = specials.get(word);
            int before = out.size();
            if (special == null) out.add(word);
            else out.addAll(Arrays.asList(special));
            out.add(chunk.substring(chunk.length() - 1));
            if (!splitSpecials.isEmpty()) {
                List<String> mine = new ArrayList<>(out.subList(before, out.size()));
                List<String> merged = mergeSplitSpecials(mine);
                if (merged != mine) {
                    out.subList(before, out.size()).clear();
                    out.addAll(merged);
                }
            }
            return;
        }
        if (chunk.length() > CACHED_CHUNK) { // long chunks are rare and would bloat the cache
            List<String> list = new ArrayList<>();
            try {
                tokenizeChunk(chunk, list);
            } catch (StackOverflowError e) {
                list.clear();
                list.add(chunk);
            }
            out.addAll(list.size() > 1 && !splitSpecials.isEmpty() ? mergeSplitSpecials(list) : list);
            return;
        }
        Map<String, String[]> local = cache.get();
        String[] tokens = local.get(chunk);
        if (tokens == null) {
            List<String> list = new ArrayList<>(4);
            try {
                tokenizeChunk(chunk, list);
            } catch (StackOverflowError e) { // pathological input for the regex engine: keep the chunk whole
                list.clear();
                list.add(chunk);
            }
            if (!splitSpecials.isEmpty() && list.size() > 1) list = mergeSplitSpecials(list);
            tokens = list.toArray(NO_TOKENS);
            if (local.size() >= CACHE_LIMIT) local.clear();
            local.put(chunk, tokens);
        }
        for (String t : tokens) out.add(t);
    }

    /**
     * Letters (or ASCII digits) followed by one of , ; : ! ? ) " or by a period the suffix rules peel. No prefix
     * rule starts with a letter (except "US$"-style currencies, which need '$'), the only suffix rule that can
     * match is the final character, and letters alone match no infix rule.
     */
    private boolean wordThenPunct(String s) {
        int n = s.length();
        if (n < 2) return false;
        char last = s.charAt(n - 1);
        char prev = s.charAt(n - 2);
        boolean dot = last == '.';
        if (!(dot || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == ')'
                || last == '"')) {
            return false;
        }
        boolean digits = prev >= '0' && prev <= '9';
        for (int k = 0; k < n - 1; k++) {
            char ch = s.charAt(k);
            boolean ok = digits ? (ch >= '0' && ch <= '9') : Character.isLetter(ch);
            if (!ok) return false;
        }
        // before a period: the period is peeled only after characters in spaCy's look-behind class (digits,
        // lower-case letters ...); decided per character from spaCy's own suffix pattern at load
        return !dot || dotSplitsAfter[prev];
    }

    /** Letters only, or digits only: no prefix, suffix or infix rule can apply. */
    private static boolean isSimpleWord(String s) {
        char first = s.charAt(0);
        boolean letters = Character.isLetter(first);
        boolean digits = first >= '0' && first <= '9';
        if (!letters && !digits) return false;
        for (int k = 1; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (letters ? !Character.isLetter(ch) : !(ch >= '0' && ch <= '9')) return false;
        }
        return true;
    }

    /** spaCy's {@code _tokenize}: exceptions, then affixes peeled from both ends, then infixes. */
    void tokenizeChunk(String chunk, List<String> out) {
        String[] special = specials.get(chunk);
        if (special != null) {
            out.addAll(Arrays.asList(special));
            return;
        }
        List<String> prefixes = new ArrayList<>(2);
        List<String> suffixes = new ArrayList<>(2);
        String s = chunk;
        int lastSize = -1;
        while (!s.isEmpty() && s.length() != lastSize) {
            if (specials.containsKey(s)) break;
            lastSize = s.length();
            int preLen = findPrefix(s);
            String pre = null;
            String minusPre = null;
            if (preLen != 0) {
                pre = s.substring(0, preLen);
                minusPre = s.substring(preLen);
                if (!minusPre.isEmpty() && specials.containsKey(minusPre)) {
                    s = minusPre;
                    prefixes.add(pre);
                    break;
                }
            }
            int sufLen = findSuffix(s.substring(preLen));
            String suf = null;
            String minusSuf = null;
            if (sufLen != 0) {
                suf = s.substring(s.length() - sufLen);
                minusSuf = s.substring(0, s.length() - sufLen);
                if (!minusSuf.isEmpty() && specials.containsKey(minusSuf)) {
                    s = minusSuf;
                    suffixes.add(suf);
                    break;
                }
            }
            if (preLen != 0 && sufLen != 0 && preLen + sufLen <= s.length()) {
                s = s.substring(preLen, s.length() - sufLen);
                prefixes.add(pre);
                suffixes.add(suf);
            } else if (preLen != 0) {
                s = minusPre;
                prefixes.add(pre);
            } else if (sufLen != 0) {
                s = minusSuf;
                suffixes.add(suf);
            }
        }
        out.addAll(prefixes);
        if (!s.isEmpty()) {
            special = specials.get(s);
            if (special != null) {
                out.addAll(Arrays.asList(special));
            } else if (s.indexOf('.') >= 0 && isUrl(s)) { // spaCy's URL pattern needs a dot
                out.add(s);
            } else {
                splitInfixes(s, out);
            }
        }
        for (int k = suffixes.size() - 1; k >= 0; k--) out.add(suffixes.get(k));
    }

    /**
     * spaCy's second pass ({@code _apply_special_cases}): a run of affix tokens that spells an exception is
     * replaced by the exception's own tokens.
     */
    private List<String> mergeSplitSpecials(List<String> tokens) {
        List<String> out = null;
        int i = 0;
        while (i < tokens.size()) {
            List<String[]> candidates = splitSpecials.get(tokens.get(i));
            String[] hit = null;
            if (candidates != null) {
                for (String[] seq : candidates) {
                    if (i + seq.length > tokens.size()) continue;
                    boolean ok = true;
                    for (int k = 1; k < seq.length && ok; k++) ok = seq[k].equals(tokens.get(i + k));
                    if (ok) {
                        hit = seq;
                        break;
                    }
                }
            }
            if (hit == null) {
                if (out != null) out.add(tokens.get(i));
                i++;
            } else {
                if (out == null) out = new ArrayList<>(tokens.subList(0, i));
                out.addAll(Arrays.asList(specials.get(String.join("", hit))));
                i += hit.length;
            }
        }
        return out == null ? tokens : out;
    }

    /** The optional user-info group of spaCy's URL pattern; it can only match where the string holds '@'. */
    private static final String USER_INFO = "(?:\\S+(?::\\S*)?@)?";

    private boolean isUrl(String s) {
        Pattern url = s.indexOf('@') >= 0 ? this.url : urlNoUserInfo;
        if (s.length() <= MAX_URL) return url.matcher(s).find();
        boolean[] result = new boolean[1];
        Thread t = new Thread(null, () -> result[0] = url.matcher(s).find(), "tamiz-url-match", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching a URL", e);
        }
        return result[0];
    }

    /*
     * Cheap exact pre-checks before the (large) regular expressions, from the shape of spaCy's rules:
     * no prefix alternative starts with a letter or digit except the "US$"-style currencies (which contain '$');
     * no suffix alternative ends with a digit, and those ending with a letter need a digit before them (units,
     * "5km") or an apostrophe ("'s"); no infix alternative starts with a letter, digit, mark or apostrophe.
     */
    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c);
    }

    private int findPrefix(String s) {
        if (isWordChar(s.codePointAt(0)) && s.indexOf('$') < 0) return 0;
        Matcher m = prefix.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Length of the suffix spaCy peels from {@code s}, or 0. */
    private int findSuffix(String s) {
        if (s.isEmpty()) return 0;
        if (wordThenPunct(s)) return 1; // see wordThenPunct: only the final character can be peeled
        int last = s.codePointBefore(s.length());
        if (Character.isDigit(last)) return 0;
        if (Character.isLetter(last)) {
            boolean possible = false;
            for (int i = 0; i < s.length() && !possible; i++) {
                char c = s.charAt(i);
                possible = Character.isDigit(c) || c == '\'' || c == '\u2019';
            }
            if (!possible) return 0;
        }
        // A bounded suffix alternative consumes at most 5 characters and looks at most 2 further back, so the
        // answer is a function of the last SUFFIX_TAIL characters -- unless the string ends in a run of dots
        // ("\\.\\.+$" is unbounded). Tails repeat far more than words, so their answers are cached per thread.
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == '.' && s.charAt(n - 2) == '.') return suffixSearch(s);
        String tail = n <= SUFFIX_TAIL ? s : s.substring(n - SUFFIX_TAIL);
        Map<String, Integer> cache = suffixCache.get();
        Integer len = cache.get(tail);
        if (len == null) {
            len = suffixSearch(tail);
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            cache.put(tail, len);
        }
        return len;
    }

    /** Python {@code suffix_search}: leftmost match of an end-anchored alternative; its length. */
    private int suffixSearch(String s) {
        Matcher m = suffix.matcher(s);
        // matches start at most MAX_SUFFIX characters before the end (longer only for a run of dots, which
        // then also matches at the window start: search everything in that case)
        int window = Math.max(0, s.length() - MAX_SUFFIX);
        if (window > 0) {
            m.useTransparentBounds(true).useAnchoringBounds(false).region(window, s.length());
            if (!m.find()) return 0;
            if (m.start() > window) return s.length() - m.start();
            m.reset();
        }
        return m.find() ? s.length() - m.start() : 0;
    }

    private void splitInfixes(String s, List<String> out) {
        int first = -1;
        for (int i = 0; i < s.length() && first < 0; i++) {
            char c = s.charAt(i);
            if (infixStart[c] || Character.isSurrogate(c)) first = i;
        }
        if (first < 0) {
            out.add(s);
            return;
        }
        Matcher m = infix.matcher(s);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int start = 0;
        boolean any = false;
        // Every infix match starts at a candidate character, so trying the pattern only there (anchored, with
        // the whole string visible to look-arounds) finds the same matches as scanning every position.
        int p = first;
        int n = s.length();
        while (p < n) {
            char c = s.charAt(p);
            if (!(infixStart[c] || Character.isSurrogate(c)) || !m.region(p, n).lookingAt()) {
                p++;
                continue;
            }
            any = true;
            int a = m.start();
            int b = m.end();
            p = b > a ? b : a + 1;
            if (a == 0) continue; // spaCy skips an infix at the very start of the string
            if (a != start) out.add(s.substring(start, a));
            if (a != b) out.add(s.substring(a, b));
            start = b;
        }
        if (!any) {
            out.add(s);
            return;
        }
        if (start < s.length()) out.add(s.substring(start));
    }
}
