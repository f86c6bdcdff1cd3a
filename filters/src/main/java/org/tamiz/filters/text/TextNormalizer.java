package org.tamiz.filters.text;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text normalisation applied before the quality rules, every change counted:
 * <ol>
 *   <li>{@code mojibake}: UTF-8 that was decoded as Windows-1252 or Latin-1 ("CafÃ©", "donâ€™t") is repaired,
 *       one count per repaired character;</li>
 *   <li>{@code control_chars}: C0/C1 control characters other than tab and line breaks, the byte-order mark
 *       and unpaired surrogates are removed (surrogates become U+FFFD), one count per character;</li>
 *   <li>{@code whitespace}: line breaks unified to {@code \n} (CR LF, CR, VT, FF, NEL, U+2028/9) and other
 *       Unicode spaces (no-break, em, ideographic ...) to ' '; optionally ({@code trimLines}) spaces at the end
 *       of lines and of the text removed, and ({@code collapseBlankLines}) runs of 3+ line breaks shortened to a
 *       blank line; one count per edit. Both options are off by default because datatrove's ratios divide by
 *       the text length and compare unstripped lines: trimming moves documents across FineWeb thresholds;</li>
 *   <li>{@code nfc}: Unicode NFC; counts 1 when the text was not already in NFC.</li>
 * </ol>
 * Mojibake repair is hand-written because no maintained JVM library does it (ftfy is Python). It only accepts
 * a repaired character where the bytes form valid UTF-8 and, for two-byte sequences, the character lies in the
 * Latin, Greek or Cyrillic blocks, so genuine Latin-1 text such as "Fuß“" is left alone. Immutable, thread-safe.
 */
public final class TextNormalizer {

    public static final String NFC = "nfc";
    public static final String MOJIBAKE = "mojibake";
    public static final String CONTROL_CHARS = "control_chars";
    public static final String WHITESPACE = "whitespace";

    /** Which steps run; all on by default. */
    public record Options(boolean nfc, boolean mojibake, boolean controlChars, boolean whitespace,
                          boolean trimLines, boolean collapseBlankLines) {
        /** The defaults: every step, without the two length-changing whitespace options. */
        public static final Options DEFAULT = new Options(true, true, true, true, false, false);
        public static final Options ALL = new Options(true, true, true, true, true, true);
    }

    /** The normalised text and the number of edits per step (keys {@code nfc, mojibake, control_chars, whitespace}). */
    public record Result(String text, Map<String, Integer> counts) {}

    /** Byte value of each char of Windows-1252 / Latin-1 in 0x80..0xFF, or -1. */
    private static final int[] BYTE_OF = new int[0x2200];

    static {
        java.util.Arrays.fill(BYTE_OF, -1);
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0xFF; b++) {
            BYTE_OF[b] = b; // Latin-1 reading, also covers the five bytes Windows-1252 leaves undefined
            String s = new String(new byte[] {(byte) b}, cp1252);
            char c = s.charAt(0);
            if (c != '\uFFFD' && c < BYTE_OF.length) BYTE_OF[c] = b;
        }
    }

    private static final TextNormalizer DEFAULT = new TextNormalizer(Options.DEFAULT);
    private final Options options;

    public TextNormalizer(Options options) {
        this.options = options;
    }

    public static TextNormalizer defaults() {
        return DEFAULT;
    }

    public Options options() {
        return options;
    }

    public Result normalize(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(NFC, 0);
        counts.put(MOJIBAKE, 0);
        counts.put(CONTROL_CHARS, 0);
        counts.put(WHITESPACE, 0);
        if (text == null || text.isEmpty()) return new Result(text == null ? "" : text, counts);
        // one scan finds which steps have anything to do; clean text (the common case) is returned as is
        boolean mojibake = false;
        boolean controls = false;
        boolean spaces = options.trimLines() || options.collapseBlankLines();
        boolean nfc = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 && c != '\n') {
                    if (c == '\t') continue;
                    if (c == '\r' || c == 0x0B || c == 0x0C) spaces = true;
                    else controls = true;
                }
                else if (c == 0x7F) controls = true;
                continue;
            }
            if (c <= 0x9F) {
                if (c == 0x85) spaces = true;
                else controls = true;
            } else if (c >= 0xC2 && c <= 0xF4) {
                mojibake = true;
            } else if (isOtherSpace(c) || c == 0x2028 || c == 0x2029) {
                spaces = true;
            } else if (c == 0xFEFF || Character.isSurrogate(c)) {
                controls = true; // surrogates: checked for pairing by removeControls
            }
            if (c >= 0x300 && !isNfcStable(c)) nfc = true;
        }
        String t = text;
        if (options.mojibake() && mojibake) {
            int[] n = new int[1];
            t = repairMojibake(t, n);
            counts.put(MOJIBAKE, n[0]);
            if (n[0] > 0) {
                nfc = true; // repaired characters may need composing
                controls = true; // and may have exposed C1 controls
            }
        }
        if (options.controlChars() && controls) {
            int[] n = new int[1];
            t = removeControls(t, n);
            counts.put(CONTROL_CHARS, n[0]);
        }
        if (options.whitespace() && spaces) {
            int[] n = new int[1];
            t = normalizeWhitespace(t, options.trimLines(), options.collapseBlankLines(), n);
            counts.put(WHITESPACE, n[0]);
        }
        if (options.nfc() && nfc && !Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
            counts.put(NFC, 1);
        }
        return new Result(t, counts);
    }

    /**
     * Characters that are NFC-stable whatever surrounds them (NFC quick check "Yes", not combining): Cyrillic,
     * Latin Extended Additional, general punctuation (dashes, quotes, bullets, ellipsis) and currency signs.
     * Text made only of these and characters below U+0300 is already NFC, so the costly check is skipped.
     */
    private static boolean isNfcStable(char c) {
        return (c >= 0x400 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x206F)
                || (c >= 0x20A0 && c <= 0x20CF);
    }

    private static int byteOf(char c) {
        return c < BYTE_OF.length ? BYTE_OF[c] : -1;
    }

    /** Repairs UTF-8 byte sequences that were decoded one byte per character. */
    static String repairMojibake(String s, int[] count) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int lead = (c >= 0xC2 && c <= 0xF4) ? c : -1;
            int decoded = -1;
            int need = 0;
            if (lead >= 0) {
                need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
                if (i + need < n) decoded = decode(s, i, lead, need);
            }
            if (decoded >= 0) {
                if (out == null) out = new StringBuilder(n).append(s, 0, i);
                out.appendCodePoint(decoded);
                count[0]++;
                i += need;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static int decode(String s, int i, int lead, int need) {
        int cp = need == 1 ? lead & 0x1F : need == 2 ? lead & 0x0F : lead & 0x07;
        for (int k = 1; k <= need; k++) {
            int b = byteOf(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) return -1;
            if (k == 1) {
                if (lead == 0xE0 && b < 0xA0) return -1; // overlong
                if (lead == 0xED && b > 0x9F) return -1; // surrogates
                if (lead == 0xF0 && b < 0x90) return -1; // overlong
                if (lead == 0xF4 && b > 0x8F) return -1; // beyond U+10FFFF
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        // two-byte sequences: only Latin-1 supplement .. Cyrillic, where real mojibake lands
        if (need == 1 && (cp < 0xA0 || cp > 0x52F)) return -1;
        return cp;
    }

    static String removeControls(String s, int[] count) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean drop;
            char replacement = 0;
            if (c < 0x20) {
                drop = c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C;
            } else if (c >= 0x7F && c <= 0x9F) {
                drop = c != 0x85; // NEL is a line break, handled with whitespace
            } else if (c == '\uFEFF') {
                drop = true;
            } else if (Character.isHighSurrogate(c)) {
                drop = !(i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)));
                replacement = '\uFFFD';
                if (!drop) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                drop = true;
                replacement = '\uFFFD';
            } else {
                drop = false;
            }
            if (drop) {
                if (out == null) out = new StringBuilder(n).append(s, 0, i);
                if (replacement != 0) out.append(replacement);
                count[0]++;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isOtherSpace(char c) {
        return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    static String normalizeWhitespace(String s, boolean trimLines, boolean collapseBlankLines, int[] count) {
        int n = s.length();
        if (!trimLines && !collapseBlankLines) {
            boolean any = false;
            for (int i = 0; i < n && !any; i++) {
                char c = s.charAt(i);
                any = (c != '\n' && isLineBreak(c)) || isOtherSpace(c);
            }
            if (!any) {
                count[0] = 0;
                return s;
            }
        }
        StringBuilder out = new StringBuilder(n);
        int edits = 0;
        int newlines = 0; // consecutive line breaks just written
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                if (c != '\n') {
                    edits++;
                    if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
                }
                if (trimLines) { // drop spaces/tabs that end the line
                    int len = out.length();
                    while (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\t')) len--;
                    if (len != out.length()) {
                        out.setLength(len);
                        edits++;
                    }
                }
                if (collapseBlankLines && newlines >= 2) {
                    edits++;
                    continue;
                }
                out.append('\n');
                newlines++;
            } else {
                if (isOtherSpace(c)) {
                    c = ' ';
                    edits++;
                }
                out.append(c);
                if (c != ' ' && c != '\t') newlines = 0;
            }
        }
        if (trimLines) {
            int len = out.length();
            while (len > 0 && PyText.isSpace(out.charAt(len - 1))) len--;
            if (len != out.length()) {
                out.setLength(len);
                edits++;
            }
        }
        count[0] = edits;
        return edits == 0 ? s : out.toString();
    }
}
