package org.tamiz.filters.text;

/**
 * Character predicates and string helpers with Python 3 semantics ({@code str.isspace}, {@code str.strip},
 * {@code len}), because the datatrove rules Tamiz reproduces are defined by what those Python calls do.
 * Java's {@link Character#isWhitespace} differs (it excludes no-break spaces), and {@link String#length} counts
 * UTF-16 units where Python counts code points.
 */
public final class PyText {
    private PyText() {}

    /** Python's {@code str.isspace()} for one code point. */
    public static boolean isSpace(int c) {
        if (c <= 0x20) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        if (c < 0x85) return false;
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Python's {@code str.isalpha()} for one code point (Unicode categories L*). */
    public static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    /** Unicode general category P* (what spaCy's {@code is_punct} tests for every character). */
    public static boolean isPunctCategory(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** Python {@code len(s[from:to])}: code points. */
    public static int len(CharSequence s, int from, int to) {
        int n = to - from;
        for (int i = from; i < to; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int len(CharSequence s) {
        return len(s, 0, s.length());
    }

    /** Index of the first non-space char at or after {@code from} (Python lstrip). */
    public static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) i++; // whitespace is BMP-only
        return i;
    }

    /** Index after the last non-space char before {@code to} (Python rstrip). */
    public static int trimSpaceEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) i--;
        return i;
    }

    /** Python {@code str.strip()}. */
    public static String strip(String s) {
        int a = skipSpace(s, 0, s.length());
        int b = trimSpaceEnd(s, a, s.length());
        return (a == 0 && b == s.length()) ? s : s.substring(a, b);
    }

    /** Python {@code s.count(sub)}: non-overlapping occurrences. */
    public static int count(String s, String sub) {
        int n = 0;
        int i = s.indexOf(sub);
        while (i >= 0) {
            n++;
            i = s.indexOf(sub, i + sub.length());
        }
        return n;
    }
}
