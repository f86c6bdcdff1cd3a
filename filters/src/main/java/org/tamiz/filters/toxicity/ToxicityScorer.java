package org.tamiz.filters.toxicity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a document for harmful content with per-language lexicons.
 *
 * <p>One pass per document: the text is normalised once ({@link ToxicityTokenNormalizer}), split into tokens, and each
 * token walks the language's trie once. The walk tolerates l33t digits and symbols (only inside tokens that
 * mix letters with them, so "2024" stays a number), letters repeated three or more times ("fuuuck"), masks ("f*ck"), one deleted
 * or swapped letter for long strong terms, and letters spaced out by blanks, dots or dashes ("f.u.c.k").
 * Phrases match across tokens. Terms with the {@code ctx} flag ("hate", "vermin", "kill") count only
 * within {@value #TARGET_WINDOW} tokens of an identity word ("women", "Muslims") or a second-person word
 * ("you"), so news about a killing is not a threat.
 *
 * <p>Score = sum of hit weights (mild 1, strong 2, severe 4) divided by max(tokens, {@value #MIN_TOKENS}).
 * A document is toxic when the score reaches the language's threshold (languages.tsv). With the default
 * 0.04 one mild insult flags a tweet of up to 25 words and one severe slur a text of up to 100 words, while a
 * 1000-word article needs 40 weight points: one swear word does not drop it (unlike C4's "any hit" rule).
 *
 * <p>Lone swearing: when the only harmful hit of a document is a plainly written single-word obscene or sexual
 * term that is mild (severity 1: "damn", "helvete"), or strong (severity 2) with no second-person or group word
 * within {@value #TARGET_WINDOW} tokens ("It smelled like shit.", "Det er jævlig lett", "una actriz porno"), its
 * weight is multiplied by the language's {@code lone_weight} (languages.tsv; 0.2 keeps it below the threshold in
 * every text). A strong word aimed at someone ("you smell like shit", "fuck all immigrants"), a second hit, a
 * phrase ("vete a la mierda"), an insult, a slur, a threat, or a spelling meant to get past a filter ("sh1t",
 * "f*ck", "fuuuck", "s h i t", a swapped or deleted letter) counts in full.
 *
 * <p>Immutable and thread-safe; bundled lexicons are compiled once per JVM and shared.
 */
public final class ToxicityScorer {
    /** Identity/target words within this many tokens make a ctx term count. */
    static final int TARGET_WINDOW = 5;
    /** Short texts are scored as if they had this many tokens, so "idiot" alone is not a 100 % density. */
    static final int MIN_TOKENS = 12;
    /** Bound on trie-walk steps per token start: keeps pathological tokens ("aaaa...") linear. */
    private static final int MAX_STEPS = 300;
    /** Longest token walked for compound parts; longer tokens are URLs or noise. */
    private static final int MAX_FLOATING_TOKEN = 40;
    /** Scratch buffers larger than this (chars) are dropped after the document that needed them. */
    private static final int MAX_KEPT_BUFFER = 1 << 22;

    private static final Map<String, Profile> BUNDLED = new ConcurrentHashMap<>();
    private static volatile ToxicityScorer defaults;

    /** What one language needs at run time. */
    static final class Profile {
        final String lang;
        final ToxicityTokenNormalizer normalizer;
        final Lexicon lexicon;
        final double threshold;
        /** Weight factor of lone casual swearing (languages.tsv {@code lone_weight}). */
        final double loneWeight;

        Profile(String lang, ToxicityTokenNormalizer normalizer, Lexicon lexicon, double threshold,
                double loneWeight) {
            this.lang = lang;
            this.normalizer = normalizer;
            this.lexicon = lexicon;
            this.threshold = threshold;
            this.loneWeight = loneWeight;
        }
    }

    private final ToxicityLanguageTable table;
    private final boolean bundledOnly;
    private final Map<String, Profile> custom;
    private final Map<String, Double> thresholdOverrides;
    private final Map<String, List<Path>> extraLexicons;
    private final boolean useBundled;

    private ToxicityScorer(Map<String, Double> thresholdOverrides, Map<String, List<Path>> extraLexicons,
                           boolean useBundled) {
        this.table = ToxicityLanguageTable.bundled();
        this.thresholdOverrides = Map.copyOf(thresholdOverrides);
        this.extraLexicons = Map.copyOf(extraLexicons);
        this.useBundled = useBundled;
        this.bundledOnly = thresholdOverrides.isEmpty() && extraLexicons.isEmpty() && useBundled;
        this.custom = new ConcurrentHashMap<>();
    }

    /** The bundled lexicons and thresholds; one shared instance per JVM. */
    public static ToxicityScorer withDefaults() {
        ToxicityScorer d = defaults;
        if (d == null) {
            synchronized (ToxicityScorer.class) {
                if (defaults == null) {
                    defaults = new ToxicityScorer(Map.of(), Map.of(), true);
                }
                d = defaults;
            }
        }
        return d;
    }

    /**
     * Configuration keys (all optional):
     * <ul>
     *   <li>{@code extra_lexicons}: a list of files named {@code <lang>.tsv} (or {@code all.tsv} for every
     *       language), or a map from language code (or {@code all}) to a list of files; same format as the
     *       bundled lexicons, so an LDNOOBW or HurtLex export can be added where its licence fits</li>
     *   <li>{@code thresholds}: a map from language code (or {@code default}) to a score threshold</li>
     *   <li>{@code use_bundled_lexicons}: {@code false} to use only the extra lexicons</li>
     * </ul>
     */
    @SuppressWarnings("unchecked")
    public static ToxicityScorer fromConfig(Map<String, Object> config) {
        if (config == null || config.isEmpty()) {
            return withDefaults();
        }
        Map<String, Double> thresholds = new HashMap<>();
        Object t = config.get("thresholds");
        if (t instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                thresholds.put(String.valueOf(e.getKey()), Double.parseDouble(String.valueOf(e.getValue())));
            }
        } else if (t != null) {
            throw new IllegalArgumentException("thresholds must be a map of language to number");
        }
        Map<String, List<Path>> extra = new HashMap<>();
        Object x = config.get("extra_lexicons");
        if (x instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<Path> paths = new ArrayList<>();
                Object v = e.getValue();
                for (Object p : v instanceof List<?> l ? l : List.of(v)) {
                    paths.add(Path.of(String.valueOf(p)));
                }
                extra.computeIfAbsent(String.valueOf(e.getKey()), k -> new ArrayList<>()).addAll(paths);
            }
        } else if (x instanceof List<?> l) {
            for (Object p : l) {
                Path path = Path.of(String.valueOf(p));
                String name = path.getFileName().toString();
                String lang = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                extra.computeIfAbsent(lang, k -> new ArrayList<>()).add(path);
            }
        } else if (x != null) {
            throw new IllegalArgumentException("extra_lexicons must be a list of files or a map");
        }
        Object b = config.get("use_bundled_lexicons");
        boolean useBundled = b == null || Boolean.parseBoolean(String.valueOf(b));
        for (List<Path> ps : extra.values()) {
            for (Path p : ps) {
                if (!java.nio.file.Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("lexicon file not found: " + p);
                }
            }
        }
        ToxicityScorer scorer = new ToxicityScorer(thresholds, extra, useBundled);
        // compile the user's lists now, so a bad file fails at configuration time and not on an executor
        for (String lang : extra.containsKey("all") ? bundledLanguages() : List.copyOf(extra.keySet())) {
            scorer.profile(lang);
        }
        return scorer;
    }

    /** Language codes with a bundled lexicon (the 35 Tamiz languages). */
    public static List<String> bundledLanguages() {
        List<String> langs = new ArrayList<>();
        for (String l : ToxicityLanguageTable.bundled().rows().keySet()) {
            if (!l.equals(ToxicityLanguageTable.DEFAULT)) {
                langs.add(l);
            }
        }
        Collections.sort(langs);
        return langs;
    }

    /** Number of lexicon lines (with includes) behind a language, for docs and tests. */
    public int lexiconSize(String lang) {
        return profile(lang).lexicon.entries();
    }

    /** The score threshold in force for a language. */
    public double threshold(String lang) {
        return profile(lang).threshold;
    }

    Profile profile(String lang) {
        String key = lang != null && table.rows().containsKey(lang) ? lang : ToxicityLanguageTable.DEFAULT;
        if (bundledOnly) {
            return BUNDLED.computeIfAbsent(key, k -> buildProfile(k, Map.of(), Map.of(), true));
        }
        return custom.computeIfAbsent(key, k -> buildProfile(k, thresholdOverrides, extraLexicons, useBundled));
    }

    private Profile buildProfile(String key, Map<String, Double> thresholds, Map<String, List<Path>> extra,
                                 boolean bundled) {
        ToxicityLanguageTable.Row row = table.row(key);
        ToxicityTokenNormalizer normalizer = new ToxicityTokenNormalizer(row.foldDiacritics(), row.serbianToLatin());
        List<Path> files = new ArrayList<>(extra.getOrDefault("all", List.of()));
        files.addAll(extra.getOrDefault(key, List.of()));
        Lexicon lexicon = Lexicon.build(row.lexicon(), normalizer, bundled, files);
        double threshold = thresholds.getOrDefault(key,
            thresholds.getOrDefault(ToxicityLanguageTable.DEFAULT, row.threshold()));
        return new Profile(key, normalizer, lexicon, threshold, row.loneWeight());
    }

    /** Scores {@code text} written in {@code lang} (a Tamiz code; anything else uses the default row). */
    public ToxicityResult score(String text, String lang) {
        Profile p = profile(lang);
        Scan s = SCANS.get();
        s.run(text == null ? "" : text, p, null);
        ToxicityResult r = s.result(p);
        if (s.norm.chars.length > MAX_KEPT_BUFFER) {
            // one huge document must not pin its buffers to the thread for the rest of the run
            SCANS.remove();
        }
        return r;
    }

    /** The lexicon terms that matched, in order, for explaining a decision. */
    public List<String> matchedTerms(String text, String lang) {
        Profile p = profile(lang);
        Scan s = new Scan();
        List<String> trace = new ArrayList<>();
        s.run(text == null ? "" : text, p, trace);
        return trace;
    }

    private static final ThreadLocal<Scan> SCANS = ThreadLocal.withInitial(Scan::new);
    /** The result of every document without a harmful hit (most of them): shared, so they allocate nothing. */
    private static final ToxicityResult CLEAN = new ToxicityResult(0.0, Map.of(), null);

    /** Per-thread scratch state for one document; reused so scoring allocates little. */
    static final class Scan {
        private static final Category[] CATEGORIES = Category.values();
        final ToxicityTokenNormalizer.Buffer norm = new ToxicityTokenNormalizer.Buffer(8192);
        int[] tokStart = new int[1024];
        int[] tokEnd = new int[1024];
        boolean[] mixed = new boolean[1024];
        int tokens;
        int realTokens;
        final double[] weight = new double[CATEGORIES.length];
        final int[] hits = new int[CATEGORIES.length];
        int[] pendingTok = new int[16];
        LexiconEntry[] pendingEntry = new LexiconEntry[16];
        boolean[] pendingObfuscated = new boolean[16];
        int pending;
        int[] targetTok = new int[16];
        boolean[] targetIsGroup = new boolean[16];
        int targets;
        /** Token and eligibility of the last direct hit: used when it is the document's only hit. */
        int loneTok;
        int loneSeverity;
        boolean loneEligible;
        List<String> trace;

        private static final int NO_EDIT = 0;
        private static final int SWAPPED = 1;
        private static final int DELETED = 2;

        // state of one trie walk
        private LexiconEntry best;
        private int bestTok;
        private int bestPos;
        private int bestEdited;
        /** The best match read a l33t character, a mask, a letter written three times, or an edit. */
        private boolean bestObfuscated;
        private int steps;
        private boolean allowEdits;
        private boolean allowPhrases;
        private int walkStart;

        void run(String text, Profile p, List<String> trace) {
            this.trace = trace;
            Arrays.fill(weight, 0);
            Arrays.fill(hits, 0);
            pending = 0;
            targets = 0;
            loneEligible = false;
            p.normalizer.normalize(text, norm);
            tokenize();
            realTokens = tokens;
            Lexicon lex = p.lexicon;
            boolean hasFloating = !lex.floating.isEmpty();
            char[] c = norm.chars;
            int t = 0;
            while (t < realTokens) {
                int start = tokStart[t];
                best = null;
                Trie.Node first = lex.anchored.root.child(c[start]);
                if (first != null || mixed[t]) {
                    walk(lex.anchored.root, start, t, true, true);
                }
                if (best == null && hasFloating && tokEnd[t] - start <= MAX_FLOATING_TOKEN) {
                    for (int off = start; off < tokEnd[t] && best == null; off++) {
                        walk(lex.floating.root, off, t, false, false);
                    }
                }
                if (best != null) {
                    record(best, t, bestObfuscated);
                    t = bestTok + 1;
                } else {
                    t++;
                }
            }
            spacedLetters(lex);
            resolveContext();
            discountLoneProfanity(p.loneWeight);
        }

        private void walk(Trie.Node root, int start, int tok, boolean edits, boolean phrases) {
            steps = 0;
            allowEdits = edits;
            allowPhrases = phrases;
            walkStart = start;
            dfs(root, start, tok, 0, NO_EDIT, false);
        }

        private void tokenize() {
            char[] c = norm.chars;
            int n = norm.length;
            tokens = 0;
            int i = 0;
            while (i < n) {
                char ch = c[i];
                if (!isWord(ch) && !((ch == '$' || ch == '€' || ch == '|') && i + 1 < n && isWord(c[i + 1]))) {
                    i++;
                    continue;
                }
                int start = i;
                int letters = 0;
                boolean special = false;
                boolean leetDigit = false;
                while (i < n) {
                    ch = c[i];
                    if (isWord(ch)) {
                        if (Character.isLetter(ch)) {
                            letters++;
                            // a l33t digit needs a letter after it: "sh1t", "4ss", "w0m3n" but not the codes
                            // "A50" (Dutch motorway, read "aso"), "MP3", "PS4"
                            special |= leetDigit;
                        } else if (Character.isDigit(ch) && leet(ch) != null) {
                            leetDigit = true;
                        }
                        i++;
                    } else if (isObfuscation(ch) && (ch != '!' || (i + 1 < n && Character.isLetter(c[i + 1])))) {
                        special = true;
                        i++;
                    } else {
                        break;
                    }
                }
                int end = i;
                // a trailing mask on a readable word is emphasis ("fuck*"), on a stub it hides letters ("f***")
                while (end > start + 1 && c[end - 1] == '*' && letters >= 3) {
                    end--;
                }
                while (end > start && (c[end - 1] == '@' || c[end - 1] == '$' || c[end - 1] == '|')) {
                    end--;
                }
                if (end > start) {
                    addToken(start, end, special && letters > 0);
                }
            }
        }

        private void addToken(int start, int end, boolean isMixed) {
            if (tokens == tokStart.length) {
                int cap = tokens * 2;
                tokStart = Arrays.copyOf(tokStart, cap);
                tokEnd = Arrays.copyOf(tokEnd, cap);
                mixed = Arrays.copyOf(mixed, cap);
            }
            tokStart[tokens] = start;
            tokEnd[tokens] = end;
            mixed[tokens] = isMixed;
            tokens++;
        }

        static boolean isWord(char ch) {
            if (ch < 0x80) {
                return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z');
            }
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            int type = Character.getType(ch);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        static boolean isObfuscation(char ch) {
            return ch == '*' || ch == '@' || ch == '$' || ch == '!' || ch == '|' || ch == '€';
        }

        private static final char[] I_L = {'i', 'l'};
        private static final char[] O = {'o'};
        private static final char[] E = {'e'};
        private static final char[] A = {'a'};
        private static final char[] S = {'s'};
        private static final char[] T = {'t'};
        private static final char[] G = {'g'};
        private static final char[] I = {'i'};
        private static final char[] L_I = {'l', 'i'};

        /** Letters a l33t character may stand for. */
        static char[] leet(char ch) {
            switch (ch) {
                case '0': return O;
                case '1': return I_L;
                case '3': return E;
                case '4': case '@': return A;
                case '5': case '$': return S;
                case '7': return T;
                case '9': return G;
                case '!': return I;
                case '|': return L_I;
                case '€': return E;
                default: return null;
            }
        }

        /** {@code obf}: the path so far read a l33t character, a mask or a tripled letter, or made an edit. */
        private void dfs(Trie.Node node, int pos, int tok, int depth, int edited, boolean obf) {
            if (++steps > MAX_STEPS) {
                return;
            }
            int end = tokEnd[tok];
            char[] c = norm.chars;
            if (pos >= end) {
                accept(node.whole, tok, pos, edited, obf);
                accept(node.open, tok, pos, edited, obf);
                if (allowPhrases && tok + 1 < realTokens) {
                    Trie.Node space = node.child(' ');
                    if (space != null) {
                        dfs(space, tokStart[tok + 1], tok + 1, depth + 1, edited, obf);
                    }
                }
                return;
            }
            if (depth > 0) {
                accept(node.open, tok, pos, edited, obf);
            }
            char ch = c[pos];
            Trie.Node k = node.child(ch);
            if (k != null) {
                dfs(k, pos + 1, tok, depth + 1, edited, obf);
            }
            if (tok < mixed.length && mixed[tok]) {
                char[] alts = leet(ch);
                if (alts != null) {
                    for (char a : alts) {
                        Trie.Node ka = node.child(a);
                        if (ka != null) {
                            dfs(ka, pos + 1, tok, depth + 1, edited, true);
                        }
                    }
                }
                if (ch == '*' && depth > 0) {
                    Trie.Node[] kids = node.kids;
                    for (int j = 0; j < kids.length; j++) {
                        if (node.keys[j] != ' ') {
                            dfs(kids[j], pos + 1, tok, depth + 1, edited, true);
                        }
                    }
                }
            }
            // a letter written three or more times ("fuuuck") stays on the same node; doubled letters do not,
            // since they are ordinary spelling (French "baisse" is not "baise")
            if (depth > 0 && edited == NO_EDIT && pos > walkStart && ch == c[pos - 1]
                && ((pos - 2 >= walkStart && c[pos - 2] == ch) || (pos + 1 < end && c[pos + 1] == ch))) {
                dfs(node, pos + 1, tok, depth, edited, true);
            }
            if (allowEdits && edited == NO_EDIT && depth >= 1) {
                // the writer dropped one letter of the term (not among the first two: cheaper, and safer)
                if (depth >= 2 && node.deletableBelow) {
                    Trie.Node[] kids = node.kids;
                    for (int j = 0; j < kids.length; j++) {
                        if (node.keys[j] != ' ' && node.keys[j] != ch && kids[j].child(ch) != null) {
                            dfs(kids[j], pos, tok, depth + 1, DELETED, true);
                        }
                    }
                }
                // the writer swapped two neighbouring letters
                if (node.swappableBelow && pos + 1 < end && c[pos + 1] != ch) {
                    Trie.Node a = node.child(c[pos + 1]);
                    Trie.Node b = a == null ? null : a.child(ch);
                    if (b != null) {
                        dfs(b, pos + 2, tok, depth + 2, SWAPPED, true);
                    }
                }
            }
        }

        private void accept(LexiconEntry e, int tok, int pos, int edited, boolean obf) {
            if (e == null || (edited == SWAPPED && !e.swapOk()) || (edited == DELETED && !e.deleteOk())) {
                return;
            }
            boolean better;
            if (best == null) {
                better = true;
            } else if ((edited == NO_EDIT) != (bestEdited == NO_EDIT)) {
                better = edited == NO_EDIT;
            } else if (tok != bestTok) {
                better = tok > bestTok;
            } else if (pos != bestPos) {
                better = pos > bestPos;
            } else if (e.severity() != best.severity()) {
                better = e.severity() > best.severity();
            } else {
                // the same span read plainly and through a l33t/mask reading: the plain reading is what was written
                better = e == best && bestObfuscated && !obf;
            }
            if (better) {
                best = e;
                bestTok = tok;
                bestPos = pos;
                bestEdited = edited;
                bestObfuscated = obf;
            }
        }

        private void record(LexiconEntry e, int tokenIndex, boolean obfuscated) {
            if (trace != null) {
                trace.add(e.term());
            }
            Category cat = e.category();
            if (cat == Category.SAFE) {
                return;
            }
            if (!cat.harmful()) {
                if (targets == targetTok.length) {
                    targetTok = Arrays.copyOf(targetTok, targets * 2);
                    targetIsGroup = Arrays.copyOf(targetIsGroup, targets * 2);
                }
                targetIsGroup[targets] = cat == Category.IDENTITY;
                targetTok[targets++] = tokenIndex;
            } else if (e.needsTarget()) {
                if (pending == pendingTok.length) {
                    pendingTok = Arrays.copyOf(pendingTok, pending * 2);
                    pendingEntry = Arrays.copyOf(pendingEntry, pending * 2);
                    pendingObfuscated = Arrays.copyOf(pendingObfuscated, pending * 2);
                }
                pendingTok[pending] = tokenIndex;
                pendingObfuscated[pending] = obfuscated;
                pendingEntry[pending++] = e;
            } else {
                hits[cat.ordinal()]++;
                weight[cat.ordinal()] += e.weight();
                loneTok = tokenIndex;
                loneSeverity = e.severity();
                loneEligible = casualSwearing(e, obfuscated, 2);
            }
        }

        /**
         * Swearing that is not yet abuse: a plainly written single-word obscene or sexual term of severity up
         * to {@code maxSeverity}. Phrases ("vete a la mierda"), insults, slurs, threats and spellings meant to
         * slip past a filter are never casual.
         */
        private static boolean casualSwearing(LexiconEntry e, boolean obfuscated, int maxSeverity) {
            Category cat = e.category();
            return !obfuscated && !e.phrase() && e.severity() <= maxSeverity
                && (cat == Category.OBSCENE || cat == Category.SEXUAL);
        }

        /**
         * Letters written one by one ("f u c k", "f.u.c.k", "h-a-t-e") are joined into one virtual token
         * behind the text and matched again; only runs of at least three single letters are joined.
         */
        private void spacedLetters(Lexicon lex) {
            char[] c;
            int t = 0;
            while (t < realTokens) {
                int u = t;
                while (u + 1 < realTokens && tokEnd[u] - tokStart[u] == 1 && tokEnd[u + 1] - tokStart[u + 1] == 1
                    && tokStart[u + 1] - tokEnd[u] <= 2 && separatorsOnly(tokEnd[u], tokStart[u + 1])) {
                    u++;
                }
                int runLength = u - t + 1;
                if (runLength >= 3 && tokEnd[t] - tokStart[t] == 1) {
                    int joinedStart = norm.length;
                    norm.ensure(runLength + 1);
                    c = norm.chars;
                    for (int k = t; k <= u; k++) {
                        c[norm.length++] = c[tokStart[k]];
                    }
                    int virtual = tokens;
                    addToken(joinedStart, norm.length, false);
                    int off = joinedStart;
                    while (off < norm.length - 2) {
                        best = null;
                        walk(lex.anchored.root, off, virtual, false, false);
                        if (best != null && bestPos - off >= 3) {
                            record(best, t + (off - joinedStart), true);
                            off = bestPos;
                        } else {
                            off++;
                        }
                    }
                    tokens = virtual;
                    norm.length = joinedStart;
                    t = u + 1;
                } else {
                    t = u + 1;
                }
            }
        }

        private boolean nothingHit() {
            for (int h : hits) {
                if (h != 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean separatorsOnly(int from, int to) {
            for (int i = from; i < to; i++) {
                char ch = norm.chars[i];
                if (ch != ' ' && ch != '.' && ch != '-' && ch != '_' && ch != '*' && ch != '/' && ch != '·') {
                    return false;
                }
            }
            return true;
        }

        /** ctx terms count only when an identity or target word is near. */
        private void resolveContext() {
            for (int i = 0; i < pending; i++) {
                int at = pendingTok[i];
                for (int j = 0; j < targets; j++) {
                    if (Math.abs(targetTok[j] - at) <= TARGET_WINDOW
                        && (targetIsGroup[j] || !pendingEntry[i].groupOnly())) {
                        Category cat = pendingEntry[i].category();
                        hits[cat.ordinal()]++;
                        weight[cat.ordinal()] += pendingEntry[i].weight();
                        // a ctx term counted because someone is addressed: only a mild one stays casual
                        loneTok = at;
                        loneSeverity = pendingEntry[i].severity();
                        loneEligible = casualSwearing(pendingEntry[i], pendingObfuscated[i], 1);
                        break;
                    }
                }
            }
        }

        /**
         * A document whose only harmful hit is casual swearing ({@link #casualSwearing}) keeps that hit at
         * {@code factor} times its weight when the hit is mild (severity 1: "damn", "crap", "helvete") or, for a
         * strong one (severity 2: "shit", "fuck", "kurwa"), when no second-person or group word is within
         * {@value #TARGET_WINDOW} tokens ("It smelled like shit."). Swearing is not abuse until a strong word is
         * aimed at someone, or it is repeated, or it comes with an insult, a slur or a threat.
         */
        private void discountLoneProfanity(double factor) {
            if (!loneEligible || factor >= 1.0) {
                return;
            }
            int cat = -1;
            for (int i = 0; i < hits.length; i++) {
                if (hits[i] != 0) {
                    if (cat >= 0 || hits[i] != 1) {
                        return;
                    }
                    cat = i;
                }
            }
            if (cat < 0) {
                return;
            }
            for (int j = 0; j < targets && loneSeverity >= 2; j++) {
                if (Math.abs(targetTok[j] - loneTok) <= TARGET_WINDOW) {
                    return;
                }
            }
            weight[cat] *= factor;
        }

        ToxicityResult result(Profile p) {
            if (nothingHit()) {
                return CLEAN;
            }
            double total = 0;
            int bestCat = -1;
            Map<String, Integer> byCat = new LinkedHashMap<>();
            for (int i = 0; i < CATEGORIES.length; i++) {
                if (hits[i] > 0) {
                    byCat.put(CATEGORIES[i].id(), hits[i]);
                    total += weight[i];
                    if (bestCat < 0 || weight[i] > weight[bestCat]) {
                        bestCat = i;
                    }
                }
            }
            double score = total / Math.max(realTokens, MIN_TOKENS);
            String reason = total > 0 && score >= p.threshold ? "toxic_" + CATEGORIES[bestCat].id() : null;
            return new ToxicityResult(score, byCat, reason);
        }
    }
}
