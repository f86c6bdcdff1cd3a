package org.tamiz.filters.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tamiz.filters.text.PyText;
import org.tamiz.filters.text.WordSplitter;

/**
 * Signal names and the one fused pass that computes all of them: the text is split into lines once and each
 * line into words once; Gopher quality, Gopher repetition, C4 and FineWeb read the same lines, words and
 * n-gram tables. Lengths are Python {@code len} (code points) so that ratios equal datatrove's.
 */
public final class Signals {
    public static final String TEXT_CHARS = "text_chars";
    public static final String TEXT_LINES = "text_lines";
    public static final String GOPHER_WORDS = "gopher_word_count";
    public static final String GOPHER_NON_SYMBOL_WORDS = "gopher_non_symbol_word_count";
    public static final String GOPHER_MEAN_WORD_LENGTH = "gopher_mean_word_length";
    public static final String GOPHER_HASH_RATIO = "gopher_hash_word_ratio";
    public static final String GOPHER_ELLIPSIS_RATIO = "gopher_ellipsis_word_ratio";
    public static final String GOPHER_BULLET_LINES = "gopher_bullet_line_ratio";
    public static final String GOPHER_END_ELLIPSIS_LINES = "gopher_end_ellipsis_line_ratio";
    public static final String GOPHER_ALPHA_WORDS = "gopher_alpha_word_ratio";
    public static final String GOPHER_STOP_WORDS = "gopher_stop_word_count";
    public static final String DUP_PARA_FRAC = "gopher_dup_para_frac";
    public static final String DUP_PARA_CHAR_FRAC = "gopher_dup_para_char_frac";
    public static final String DUP_LINE_FRAC = "gopher_dup_line_frac";
    public static final String DUP_LINE_CHAR_FRAC = "gopher_dup_line_char_frac";
    public static final String C4_LINES = "c4_lines";
    public static final String C4_LINES_REMOVED = "c4_lines_removed";
    public static final String C4_REMOVED_TOO_LONG_WORD = "c4_lines_removed_too_long_word";
    public static final String C4_REMOVED_NO_TERMINAL_PUNCT = "c4_lines_removed_no_terminal_punct";
    public static final String C4_REMOVED_TOO_FEW_WORDS = "c4_lines_removed_too_few_words";
    public static final String C4_REMOVED_JAVASCRIPT = "c4_lines_removed_javascript";
    public static final String C4_REMOVED_POLICY = "c4_lines_removed_policy";
    public static final String C4_CITATIONS_REMOVED = "c4_citations_removed";
    public static final String C4_SENTENCES = "c4_sentences";
    public static final String C4_KEPT_WORDS = "c4_kept_words";
    /** 1-based number of the first line holding "lorem ipsum" that passed the earlier line tests, else 0. */
    public static final String C4_LOREM_IPSUM_LINE = "c4_lorem_ipsum_line";
    public static final String C4_CURLY_BRACKET_LINE = "c4_curly_bracket_line";
    public static final String FW_LINES = "fineweb_lines";
    public static final String FW_LINE_PUNCT = "fineweb_line_punct_ratio";
    public static final String FW_SHORT_LINES = "fineweb_short_line_ratio";
    public static final String FW_CHAR_DUP = "fineweb_char_dup_ratio";
    public static final String FW_LIST_RATIO = "fineweb_list_ratio";

    public static String topNGram(int n) {
        return "gopher_top_" + n + "_gram_char_frac";
    }

    public static String dupNGram(int n) {
        return "gopher_dup_" + n + "_gram_char_frac";
    }

    /** Every signal name, in output order. */
    public static final List<String> NAMES;

    static {
        List<String> n = new ArrayList<>(List.of(TEXT_CHARS, TEXT_LINES, GOPHER_WORDS, GOPHER_NON_SYMBOL_WORDS,
                GOPHER_MEAN_WORD_LENGTH, GOPHER_HASH_RATIO, GOPHER_ELLIPSIS_RATIO, GOPHER_BULLET_LINES,
                GOPHER_END_ELLIPSIS_LINES, GOPHER_ALPHA_WORDS, GOPHER_STOP_WORDS, DUP_PARA_FRAC,
                DUP_PARA_CHAR_FRAC, DUP_LINE_FRAC, DUP_LINE_CHAR_FRAC));
        for (int k = 2; k <= 4; k++) n.add(topNGram(k));
        for (int k = 5; k <= 10; k++) n.add(dupNGram(k));
        n.addAll(List.of(C4_LINES, C4_LINES_REMOVED, C4_REMOVED_TOO_LONG_WORD, C4_REMOVED_NO_TERMINAL_PUNCT,
                C4_REMOVED_TOO_FEW_WORDS, C4_REMOVED_JAVASCRIPT, C4_REMOVED_POLICY, C4_CITATIONS_REMOVED,
                C4_SENTENCES, C4_KEPT_WORDS, C4_LOREM_IPSUM_LINE, C4_CURLY_BRACKET_LINE, FW_LINES, FW_LINE_PUNCT, FW_SHORT_LINES,
                FW_CHAR_DUP, FW_LIST_RATIO));
        NAMES = List.copyOf(n);
    }

    private Signals() {}

    /**
     * datatrove's {@code PUNCTUATION} set (utils/text.py): a token made only of these characters is a "symbol"
     * and is left out of Gopher's word count and mean word length.
     */
    private static final String PUNCTUATION =
            "!/—”:％１〈&(、━\\【#%「」，】；+^]~“《„';’{|∶´[=-`*．（–？！：$～«〉,><》)?）。…@_.\"}►»";
    private static final boolean[] IS_SYMBOL = new boolean[0x10000];

    static {
        for (char c : PUNCTUATION.toCharArray()) IS_SYMBOL[c] = true;
        for (int c = 0; c < 9; c++) IS_SYMBOL[c] = true;
        for (int c = 11; c < 32; c++) IS_SYMBOL[c] = true;
        for (int c = 127; c < 160; c++) IS_SYMBOL[c] = true;
    }

    private static final Pattern CITATION = Pattern.compile("\\[\\p{Nd}*]|\\[edit]|\\[citation needed]");

    /** Result of the fused pass: all signals plus the C4-cleaned text. */
    record Pass(Map<String, Double> signals, String cleanedText) {}

    /** Terminal punctuation for FineWeb's line test: Unicode sentence terminals plus quotes (datatrove). */
    static boolean endsWithStopChar(String line, int from, int to, Set<String> stopChars) {
        if (to <= from) return false;
        int c = Character.codePointBefore(line, to);
        if (stopChars != null) return stopChars.contains(new String(Character.toChars(c)));
        if (c == '"' || c == '\'') return true;
        return org.tamiz.filters.text.Sentences.isSentenceFinal(new String(Character.toChars(c)));
    }

    static Pass compute(String text, WordSplitter splitter, GopherQualityFilter.Thresholds gq,
                        C4QualityFilter.Thresholds c4) {
        Map<String, Double> sig = new LinkedHashMap<>();
        int textLen = PyText.len(text);
        sig.put(TEXT_CHARS, (double) textLen);

        // lines as Python's str.splitlines(): [start, end) pairs
        List<int[]> lines = splitLines(text);
        sig.put(TEXT_LINES, (double) lines.size());

        // words, line by line (words never cross whitespace, and every line break is whitespace)
        List<String> words = new ArrayList<>(Math.max(16, text.length() / 5));
        int[] lineWordStart = new int[lines.size() + 1];
        for (int li = 0; li < lines.size(); li++) {
            lineWordStart[li] = words.size();
            int[] l = lines.get(li);
            splitter.split(text, l[0], l[1], words);
        }
        lineWordStart[lines.size()] = words.size();

        gopherQuality(text, lines, words, gq.stopWords(), sig);
        repetition(text, textLen, words, sig);
        String cleaned = c4.enabled() ? c4(text, lines, words, lineWordStart, splitter, c4, sig) : null;
        if (!c4.enabled()) {
            for (String k : List.of(C4_LINES, C4_LINES_REMOVED, C4_REMOVED_TOO_LONG_WORD,
                    C4_REMOVED_NO_TERMINAL_PUNCT, C4_REMOVED_TOO_FEW_WORDS, C4_REMOVED_JAVASCRIPT,
                    C4_REMOVED_POLICY, C4_CITATIONS_REMOVED, C4_LOREM_IPSUM_LINE, C4_CURLY_BRACKET_LINE, C4_KEPT_WORDS)) {
                sig.put(k, 0.0);
            }
            sig.put(C4_SENTENCES, (double) splitter.sentenceCount(words, 0, words.size()));
        }
        return new Pass(sig, cleaned == null ? text : cleaned);
    }

    /** FineWeb's signals over a text whose word count is known. */
    static void fineweb(String text, int wordCount, boolean stripLines, int shortLineLength,
                        Set<String> stopChars, Map<String, Double> sig) {
        int lineCount = 0;
        int punct = 0;
        int shortLines = 0;
        int newlines = 0;
        long dupChars = 0;
        HashMap<String, Boolean> seen = new HashMap<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') continue;
            if (i < n) newlines++;
            int a = start;
            int b = i;
            start = i + 1;
            int sa = PyText.skipSpace(text, a, b);
            if (sa == b) continue; // blank line
            lineCount++;
            if (stripLines) {
                a = sa;
                b = PyText.trimSpaceEnd(text, a, b);
            }
            if (endsWithStopChar(text, a, b, stopChars)) punct++;
            int len = PyText.len(text, a, b);
            if (len <= shortLineLength) shortLines++;
            String line = text.substring(a, b);
            if (seen.putIfAbsent(line, Boolean.TRUE) != null) dupChars += len;
        }
        int charsNoNewline = PyText.len(text) - newlines;
        sig.put(FW_LINES, (double) lineCount);
        sig.put(FW_LINE_PUNCT, lineCount == 0 ? 0.0 : (double) punct / lineCount);
        sig.put(FW_SHORT_LINES, lineCount == 0 ? 0.0 : (double) shortLines / lineCount);
        sig.put(FW_CHAR_DUP, charsNoNewline == 0 ? 0.0 : (double) dupChars / charsNoNewline);
        sig.put(FW_LIST_RATIO, wordCount == 0 ? (newlines == 0 ? 0.0 : Double.POSITIVE_INFINITY)
                : (double) newlines / wordCount);
    }

    private static boolean isPyLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static List<int[]> splitLines(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isPyLineBreak(c)) {
                out.add(new int[] {start, i});
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) out.add(new int[] {start, n});
        return out;
    }

    private static boolean isSymbolWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!IS_SYMBOL[w.charAt(i)]) return false;
        }
        return true;
    }

    private static void gopherQuality(String text, List<int[]> lines, List<String> words, Set<String> stop,
                                      Map<String, Double> sig) {
        int nWords = words.size();
        int nonSymbol = 0;
        long nonSymbolLen = 0;
        int alpha = 0;
        java.util.HashSet<String> stopSeen = new java.util.HashSet<>();
        for (String w : words) {
            if (!isSymbolWord(w)) {
                nonSymbol++;
                nonSymbolLen += PyText.len(w);
            }
            for (int i = 0; i < w.length(); ) {
                int c = w.codePointAt(i);
                if (PyText.isAlpha(c)) {
                    alpha++;
                    break;
                }
                i += Character.charCount(c);
            }
            if (stop.contains(w)) stopSeen.add(w);
        }
        int hashes = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '#') hashes++;
        int ellipsis = PyText.count(text, "...") + PyText.count(text, "…");
        int bullets = 0;
        int endEllipsis = 0;
        for (int[] l : lines) {
            int a = PyText.skipSpace(text, l[0], l[1]);
            if (a < l[1] && (text.charAt(a) == '•' || text.charAt(a) == '-')) bullets++;
            int b = PyText.trimSpaceEnd(text, l[0], l[1]);
            if ((b - l[0] >= 3 && text.startsWith("...", b - 3)) || (b > l[0] && text.charAt(b - 1) == '…')) {
                endEllipsis++;
            }
        }
        sig.put(GOPHER_WORDS, (double) nWords);
        sig.put(GOPHER_NON_SYMBOL_WORDS, (double) nonSymbol);
        sig.put(GOPHER_MEAN_WORD_LENGTH, nonSymbol == 0 ? Double.NaN : (double) nonSymbolLen / nonSymbol);
        sig.put(GOPHER_HASH_RATIO, nWords == 0 ? 0.0 : (double) hashes / nWords);
        sig.put(GOPHER_ELLIPSIS_RATIO, nWords == 0 ? 0.0 : (double) ellipsis / nWords);
        sig.put(GOPHER_BULLET_LINES, lines.isEmpty() ? 0.0 : (double) bullets / lines.size());
        sig.put(GOPHER_END_ELLIPSIS_LINES, lines.isEmpty() ? 0.0 : (double) endEllipsis / lines.size());
        sig.put(GOPHER_ALPHA_WORDS, nWords == 0 ? 0.0 : (double) alpha / nWords);
        sig.put(GOPHER_STOP_WORDS, (double) stopSeen.size());
    }

    private static void repetition(String text, int textLen, List<String> words, Map<String, Double> sig) {
        double denom = textLen == 0 ? 1 : textLen;
        // paragraphs: \n{2,} splits of the stripped text
        String stripped = PyText.strip(text);
        long[] para = duplicates(stripped, true);
        sig.put(DUP_PARA_FRAC, para[2] == 0 ? 0.0 : (double) para[0] / para[2]);
        sig.put(DUP_PARA_CHAR_FRAC, (double) para[1] / denom);
        long[] line = duplicates(text, false);
        sig.put(DUP_LINE_FRAC, line[2] == 0 ? 0.0 : (double) line[0] / line[2]);
        sig.put(DUP_LINE_CHAR_FRAC, (double) line[1] / denom);

        NGrams grams = new NGrams(words);
        for (int n = 2; n <= 4; n++) sig.put(topNGram(n), grams.topCharLength(n) / denom);
        for (int n = 5; n <= 10; n++) sig.put(dupNGram(n), grams.greedyDuplicateChars(n) / denom);
    }

    /**
     * datatrove's {@code find_duplicates} over {@code re.split("\n{2,}")} (paragraphs) or {@code re.split("\n+")}
     * (lines): {duplicate elements, chars in duplicates, elements}.
     */
    private static long[] duplicates(String s, boolean paragraphs) {
        HashMap<String, Boolean> seen = new HashMap<>();
        long dups = 0;
        long chars = 0;
        long count = 0;
        int n = s.length();
        int start = 0;
        int i = 0;
        while (true) {
            int sepStart = -1;
            int sepEnd = -1;
            while (i < n) {
                if (s.charAt(i) == '\n') {
                    int j = i;
                    while (j < n && s.charAt(j) == '\n') j++;
                    if (!paragraphs || j - i >= 2) {
                        sepStart = i;
                        sepEnd = j;
                        break;
                    }
                    i = j;
                } else {
                    i++;
                }
            }
            int end = sepStart >= 0 ? sepStart : n;
            String e = s.substring(start, end);
            count++;
            if (seen.putIfAbsent(e, Boolean.TRUE) != null) {
                dups++;
                chars += PyText.len(e);
            }
            if (sepStart < 0) break;
            start = sepEnd;
            i = sepEnd;
        }
        return new long[] {dups, chars, count};
    }

    private static String c4(String text, List<int[]> lines, List<String> words, int[] lineWordStart,
                             WordSplitter splitter, C4QualityFilter.Thresholds t, Map<String, Double> sig) {
        int removedLong = 0;
        int removedPunct = 0;
        int removedFew = 0;
        int removedJs = 0;
        int removedPolicy = 0;
        int citations = 0;
        int sentences = 0;
        int loremLine = 0;
        int curlyLine = 0;
        int keptWords = 0;
        StringBuilder kept = new StringBuilder(text.length());
        boolean first = true;
        List<String> scratch = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            int[] l = lines.get(li);
            int a = PyText.skipSpace(text, l[0], l[1]);
            int b = PyText.trimSpaceEnd(text, a, l[1]);
            // words as Python's str.split(): runs of non-space
            int nSplit = 0;
            boolean tooLong = false;
            int i = a;
            while (i < b) { // every Python whitespace character is in the BMP
                while (i < b && PyText.isSpace(text.charAt(i))) i++;
                if (i >= b) break;
                int codePoints = 0;
                while (i < b && !PyText.isSpace(text.charAt(i))) {
                    if (!Character.isLowSurrogate(text.charAt(i))) codePoints++;
                    i++;
                }
                nSplit++;
                if (t.maxWordLength() != -1 && codePoints > t.maxWordLength()) tooLong = true;
            }
            if (tooLong) {
                removedLong++;
                continue;
            }
            String line = text.substring(a, b);
            boolean changed = false;
            if (t.removeCitations() && line.indexOf('[') >= 0) {
                java.util.regex.Matcher m = CITATION.matcher(line);
                int found = 0;
                while (m.find()) found++;
                if (found > 0) {
                    citations += found;
                    line = m.replaceAll("");
                    changed = true;
                }
            }
            if (t.filterNoTerminalPunct()) {
                boolean ends = line.endsWith(".") || line.endsWith("?") || line.endsWith("!")
                        || line.endsWith("\"") || line.endsWith("'");
                if (!ends || line.endsWith("...")) {
                    removedPunct++;
                    continue;
                }
            }
            if (nSplit < t.minWordsPerLine()) {
                removedFew++;
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (t.filterLoremIpsum() && lower.contains("lorem ipsum")) {
                if (loremLine == 0) loremLine = li + 1;
                continue;
            }
            if (t.filterJavascript() && lower.contains("javascript")) {
                removedJs++;
                continue;
            }
            if (t.filterCurlyBracket() && line.indexOf('{') >= 0) {
                if (curlyLine == 0) curlyLine = li + 1;
                continue;
            }
            if (t.filterPolicy()) {
                boolean policy = false;
                for (String p : C4QualityFilter.POLICY_SUBSTRINGS) {
                    if (lower.contains(p)) {
                        policy = true;
                        break;
                    }
                }
                if (policy) {
                    removedPolicy++;
                    continue;
                }
            }
            if (changed) {
                scratch.clear();
                splitter.split(line, 0, line.length(), scratch);
                sentences += splitter.sentenceCount(scratch, 0, scratch.size());
                keptWords += scratch.size();
            } else {
                sentences += splitter.sentenceCount(words, lineWordStart[li], lineWordStart[li + 1]);
                keptWords += lineWordStart[li + 1] - lineWordStart[li];
            }
            if (!first) kept.append('\n');
            kept.append(line);
            first = false;
        }
        int removed = removedLong + removedPunct + removedFew + removedJs + removedPolicy
                + (loremLine > 0 ? 1 : 0) + (curlyLine > 0 ? 1 : 0);
        sig.put(C4_LINES, (double) lines.size());
        sig.put(C4_LINES_REMOVED, (double) removed);
        sig.put(C4_REMOVED_TOO_LONG_WORD, (double) removedLong);
        sig.put(C4_REMOVED_NO_TERMINAL_PUNCT, (double) removedPunct);
        sig.put(C4_REMOVED_TOO_FEW_WORDS, (double) removedFew);
        sig.put(C4_REMOVED_JAVASCRIPT, (double) removedJs);
        sig.put(C4_REMOVED_POLICY, (double) removedPolicy);
        sig.put(C4_CITATIONS_REMOVED, (double) citations);
        sig.put(C4_SENTENCES, (double) sentences);
        sig.put(C4_LOREM_IPSUM_LINE, (double) loremLine);
        sig.put(C4_CURLY_BRACKET_LINE, (double) curlyLine);
        sig.put(C4_KEPT_WORDS, (double) keptWords);
        return PyText.strip(kept.toString());
    }
}
