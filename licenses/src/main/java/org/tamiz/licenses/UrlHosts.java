package org.tamiz.licenses;

import java.net.URI;
import java.util.Locale;

/** Small URL helpers shared by the detectors; lenient because crawled URLs are often not valid URIs. */
final class UrlHosts {
    private UrlHosts() {
    }

    /** Lower-cased host of a URL, without port and userinfo, or null. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        int start = url.indexOf("://");
        if (start < 0) {
            return null;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            authority = authority.substring(0, colon);
        }
        return authority.isEmpty() ? null : authority.toLowerCase(Locale.ROOT);
    }

    /** The path (with query) of a URL, "/" when it has none. */
    static String pathAndQuery(String url) {
        if (url == null) {
            return "/";
        }
        int start = url.indexOf("://");
        int slash = url.indexOf('/', start < 0 ? 0 : start + 3);
        if (slash < 0) {
            int q = url.indexOf('?', start < 0 ? 0 : start + 3);
            return q < 0 ? "/" : "/" + url.substring(q);
        }
        int hash = url.indexOf('#', slash);
        return hash < 0 ? url.substring(slash) : url.substring(slash, hash);
    }

    /** Resolves a possibly relative href against the document URL; returns the href unchanged when it cannot. */
    static String resolve(String baseUrl, String href) {
        if (href == null || href.isEmpty() || baseUrl == null || href.contains("://") || href.startsWith("//")) {
            return href != null && href.startsWith("//") ? "https:" + href : href;
        }
        try {
            return URI.create(baseUrl.replace(" ", "%20")).resolve(href.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    /**
     * Percent-encodes what may not appear in a URL (spaces, non-ASCII, "|", "[", "]" in the path, ...) as UTF-8, so
     * that crawled URLs which are not valid URIs can still be checked against robots.txt rules; crawler-commons
     * otherwise cannot parse them and answers "allowed".
     */
    static String encodeForMatching(String url) {
        StringBuilder b = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean ok = c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
            if (ok && (c == '[' || c == ']') && i > url.indexOf('/', url.indexOf("://") + 3)) {
                ok = false;   // brackets are legal only around an IPv6 host
            }
            if (ok && c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)))) {
                ok = false;   // a stray '%' that starts no escape
            }
            if (ok) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            int cp = url.codePointAt(i);
            if (Character.charCount(cp) == 2) {
                i++;
            }
            for (byte x : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xf, 16)));
            }
        }
        return b == null ? url : b.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
