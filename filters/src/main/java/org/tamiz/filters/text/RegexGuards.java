package org.tamiz.filters.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites spaCy's affix patterns for Java's regex engine without changing what they match: an alternative
 * {@code (?<=X)Y...} becomes {@code (?=F)(?<=X)Y...}, where F is Y's first element. The look-behinds test large
 * character classes (every lower-case letter of many scripts) and Java tries each alternative at every position,
 * so checking the cheap first character first makes the patterns several times faster. F is implied by Y, so the
 * matches are the same.
 */
final class RegexGuards {
    private RegexGuards() {}

    static String guardLookbehinds(String pattern) {
        List<String> alternatives = splitTopLevel(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        for (int i = 0; i < alternatives.size(); i++) {
            String alt = alternatives.get(i);
            if (i > 0) out.append('|');
            if (alt.startsWith("(?<=")) {
                int end = elementEnd(alt, 0);
                String first = end > 0 && end < alt.length() ? firstElement(alt.substring(end)) : null;
                if (first != null) out.append("(?=").append(first).append(')');
            }
            out.append(alt);
        }
        return out.toString();
    }

    /** Alternatives of the top-level alternation (respecting groups, classes and escapes). */
    static List<String> splitTopLevel(String p) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(p, i);
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(p.substring(start, i));
                start = i + 1;
            }
            i++;
        }
        out.add(p.substring(start));
        return out;
    }

    /** Index after the character class starting at {@code i} ('['). */
    private static int classEnd(String p, int i) {
        int j = i + 1;
        if (j < p.length() && p.charAt(j) == '^') j++;
        if (j < p.length() && p.charAt(j) == ']') j++;
        while (j < p.length()) {
            char c = p.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == ']') return j + 1;
            j++;
        }
        return p.length();
    }

    /** Index after the element (group, class, escape or character) starting at {@code i}; -1 if unsure. */
    private static int elementEnd(String p, int i) {
        char c = p.charAt(i);
        if (c == '\\') return i + 2 <= p.length() ? i + 2 : -1;
        if (c == '[') return classEnd(p, i);
        if (c == '(') {
            int depth = 0;
            int j = i;
            while (j < p.length()) {
                char d = p.charAt(j);
                if (d == '\\') {
                    j += 2;
                    continue;
                }
                if (d == '[') {
                    j = classEnd(p, j);
                    continue;
                }
                if (d == '(') depth++;
                else if (d == ')' && --depth == 0) return j + 1;
                j++;
            }
            return -1;
        }
        if ("|)*+?{^$".indexOf(c) >= 0) return -1;
        return i + 1;
    }

    /** The first consuming element of {@code rest} if it is an escape, a character, a class or a (?:...) group. */
    private static String firstElement(String rest) {
        if (rest.isEmpty()) return null;
        char c = rest.charAt(0);
        if (c == '(') return null; // groups: their own test can cost more than the look-behind it would guard
        int end = elementEnd(rest, 0);
        if (end <= 0) return null;
        // a quantifier that allows zero occurrences would make the guard too strict
        if (end < rest.length() && "*?{".indexOf(rest.charAt(end)) >= 0) return null;
        String first = rest.substring(0, end);
        return first.length() <= 24 ? first : null; // only cheap guards
    }
}
