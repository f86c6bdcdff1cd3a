package org.tamiz.licenses;

/**
 * robots.txt-style path patterns ("*" = any characters, "$" at the end = end of path, otherwise a prefix match),
 * as TDMRep's tdmrep.json "location" and AIPREF's robots.txt Content-Usage paths use them (the TDMRep spec points
 * to Google's robots.txt matching rules). Case-sensitive.
 */
final class PathPattern {
    private PathPattern() {
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
