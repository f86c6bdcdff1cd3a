package org.tamiz.pipeline.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides the character encoding of an HTML page and decodes it.
 *
 * <p>Order, after the WHATWG encoding-sniffing algorithm: a byte-order mark wins (as in browsers), then the
 * HTTP {@code Content-Type} charset, then a {@code <meta charset>} / {@code http-equiv} declaration in the first
 * 4 KB, then detection. A declaration is checked against the bytes: a page declared UTF-8 whose bytes are not
 * valid UTF-8, or declared as a single-byte charset whose bytes are valid multi-byte UTF-8 (the most common
 * mislabelling on the web) or read as the wrong script, is decoded with the detected charset and flagged
 * {@code declaredWrong}.
 *
 * <p>Detection is written here rather than taken from ICU4J because we need only the few legacy charsets of our
 * 35 European languages and a dependency-free, allocation-free scorer over the high bytes is enough for them
 * (see {@link ExtractionLanguageTable#LEGACY_CHARSETS}).
 *
 * <p>Thread-safe and stateless.
 */
public final class HtmlCharsetResolver {

    /** How far the {@code <meta>} prescan looks, as in the WHATWG prescan (1024 bytes) with room for long heads. */
    static final int PRESCAN_BYTES = 4096;
    /** Invalid UTF-8 sequences tolerated in a page declared UTF-8 (a stray byte from a template is common). */
    private static final double MAX_INVALID_UTF8_SHARE = 0.02;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public DecodedHtml decode(byte[] body, String httpContentType) {
        return decode(body, httpContentType, null);
    }

    /**
     * Decodes a page.
     *
     * @param body            raw bytes (null counts as empty)
     * @param httpContentType HTTP {@code Content-Type} value, or null
     * @param url             page URL, or null: its country-code domain hints the legacy charset
     */
    public DecodedHtml decode(byte[] body, String httpContentType, String url) {
        if (body == null) {
            body = new byte[0];
        }
        ExtractionLanguageTable.LegacyCharset hint = null;
        // 1. Byte-order mark.
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new DecodedHtml(new String(body, 3, body.length - 3, StandardCharsets.UTF_8), "UTF-8",
                    DecodedHtml.SOURCE_BOM, declared(body, httpContentType), false);
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return new DecodedHtml(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE",
                    DecodedHtml.SOURCE_BOM, declared(body, httpContentType), false);
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return new DecodedHtml(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE",
                    DecodedHtml.SOURCE_BOM, declared(body, httpContentType), false);
        }
        // 2./3. Declarations.
        String source = DecodedHtml.SOURCE_HTTP;
        Charset declared = charsetFromContentType(httpContentType);
        if (declared == null) {
            declared = charsetFromMetaPrescan(body);
            source = DecodedHtml.SOURCE_META;
        }
        Utf8Check utf8 = checkUtf8(body);
        if (declared != null) {
            String declaredName = declared.name();
            if (declared.equals(StandardCharsets.UTF_8)) {
                if (utf8.plausible()) {
                    return new DecodedHtml(new String(body, StandardCharsets.UTF_8), "UTF-8", source, declaredName, false);
                }
                Charset detected = detectSingleByte(body, hint == null ? (hint = hintOf(body, url)) : hint);
                return new DecodedHtml(new String(body, detected), detected.name(), DecodedHtml.SOURCE_DETECTED,
                        declaredName, true);
            }
            if (isSingleByteLegacy(declared)) {
                if (utf8.multiByteSequences() > 0 && utf8.invalid() == 0) {
                    // Valid multi-byte UTF-8 read as a single-byte charset would give mojibake ("Ã©").
                    return new DecodedHtml(new String(body, StandardCharsets.UTF_8), "UTF-8",
                            DecodedHtml.SOURCE_DETECTED, declaredName, true);
                }
                Charset detected = detectSingleByte(body, hint == null ? (hint = hintOf(body, url)) : hint);
                if (!detected.equals(declared) && clearlyBetter(body, detected, declared)) {
                    return new DecodedHtml(new String(body, detected), detected.name(), DecodedHtml.SOURCE_DETECTED,
                            declaredName, true);
                }
            }
            // Multi-byte legacy charsets (Shift_JIS, GB18030, ...) are trusted: none of our languages uses them.
            return new DecodedHtml(new String(body, declared), declared.name(), source, declaredName, false);
        }
        // 4. Detection.
        if (utf8.plausible()) {
            return new DecodedHtml(new String(body, StandardCharsets.UTF_8), "UTF-8", DecodedHtml.SOURCE_DETECTED,
                    null, false);
        }
        Charset detected = detectSingleByte(body, hint == null ? (hint = hintOf(body, url)) : hint);
        return new DecodedHtml(new String(body, detected), detected.name(), DecodedHtml.SOURCE_DETECTED, null, false);
    }

    private static String declared(byte[] body, String httpContentType) {
        Charset c = charsetFromContentType(httpContentType);
        if (c == null) {
            c = charsetFromMetaPrescan(body);
        }
        return c == null ? null : c.name();
    }

    /** The {@code charset} parameter of a Content-Type value, resolved with the WHATWG label rules; null if none. */
    static Charset charsetFromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        int i = lower.indexOf("charset");
        while (i >= 0) {
            int j = i + "charset".length();
            while (j < lower.length() && lower.charAt(j) == ' ') {
                j++;
            }
            if (j < lower.length() && lower.charAt(j) == '=') {
                j++;
                while (j < lower.length() && (lower.charAt(j) == ' ' || lower.charAt(j) == '"' || lower.charAt(j) == '\'')) {
                    j++;
                }
                int end = j;
                while (end < lower.length() && isLabelChar(lower.charAt(end))) {
                    end++;
                }
                return charsetForLabel(lower.substring(j, end));
            }
            i = lower.indexOf("charset", j);
        }
        return null;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    }

    /**
     * Looks for {@code <meta charset=X>} or {@code <meta http-equiv="content-type" content="...charset=X">} in the
     * first {@link #PRESCAN_BYTES} bytes, read as ASCII. Comments are not skipped: a commented-out meta is rare
     * and its label is usually right anyway.
     */
    static Charset charsetFromMetaPrescan(byte[] body) {
        int n = Math.min(body.length, PRESCAN_BYTES);
        String head = new String(body, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = head.indexOf("<meta");
        while (at >= 0) {
            int end = head.indexOf('>', at);
            if (end < 0) {
                end = head.length();
            }
            String tag = head.substring(at, end);
            int cs = tag.indexOf("charset");
            if (cs >= 0) {
                Charset c = charsetFromContentType(tag.substring(cs));
                if (c != null) {
                    // The HTML standard reads a declared UTF-16 in <meta> as UTF-8: the bytes got here as ASCII.
                    return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
                }
            }
            at = head.indexOf("<meta", end);
        }
        return null;
    }

    /** Maps an encoding label to a Java charset using the WHATWG aliases that differ from Java's. */
    static Charset charsetForLabel(String label) {
        if (label == null || label.isEmpty()) {
            return null;
        }
        switch (label) {
            // WHATWG: these labels all mean windows-1252, which browsers use for them.
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
                    "x-cp1252", "ansi_x3.4-1968", "cp819", "ibm819":
                return WINDOWS_1252;
            case "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
                return StandardCharsets.UTF_8;
            case "iso-8859-9", "latin5":
                return Charset.forName("windows-1254");
            case "tis-620", "iso-8859-11":
                return Charset.forName("x-windows-874");
            case "gb2312", "gbk", "x-gbk":
                return Charset.forName("GBK");
            case "x-sjis", "sjis", "shift-jis", "ms932", "windows-31j":
                return Charset.forName("Shift_JIS");
            default:
                break;
        }
        try {
            return Charset.isSupported(label) ? Charset.forName(label) : null;
        } catch (IllegalArgumentException e) {
            return null; // an illegal charset name in the page is just an absent declaration
        }
    }

    static boolean isSingleByteLegacy(Charset c) {
        return ExtractionLanguageTable.isDetectableLegacyCharset(c.name());
    }

    record Utf8Check(int multiByteSequences, int invalid) {
        /** Valid UTF-8, allowing a few stray bytes (a template in another charset, a truncated record). */
        boolean plausible() {
            return invalid == 0 || invalid <= MAX_INVALID_UTF8_SHARE * multiByteSequences;
        }
    }

    /** Counts well-formed multi-byte sequences and malformed bytes, without decoding. */
    static Utf8Check checkUtf8(byte[] b) {
        int multi = 0;
        int invalid = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                invalid++;
                i++;
                continue;
            }
            if (i + need >= n) {
                break; // a sequence cut by the end of the body (truncated record): not evidence either way
            }
            int cp = c & (0x3F >> need);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                multi++;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Check(multi, invalid);
    }

    /**
     * Picks the legacy single-byte charset under which the bytes ≥ 0x80 read most like the letters of the
     * charset's languages. Ties go to windows-1252, the web's default.
     */
    static Charset detectSingleByte(byte[] body, ExtractionLanguageTable.LegacyCharset hint) {
        ExtractionLanguageTable.LegacyCharset best = null;
        long bestScore = Long.MIN_VALUE;
        for (ExtractionLanguageTable.LegacyCharset candidate : ExtractionLanguageTable.LEGACY_CHARSETS) {
            long s = score(body, candidate);
            if (s > bestScore) {
                bestScore = s;
                best = candidate;
            }
        }
        if (hint != null && hint != NO_HINT && best != hint) {
            // Charsets of one script read most bytes alike (windows-1250 vs ISO-8859-2, windows-1252 vs -1250 on
            // é, á, í): the page's language or country decides when its charset reads nearly as well.
            long h = score(body, hint);
            if (h > 0 && h * 4 >= bestScore * 3) {
                return hint.charset();
            }
        }
        return best == null ? WINDOWS_1252 : best.charset();
    }

    /** The legacy charset suggested by {@code <html lang>} in the first bytes, else by the URL's domain. */
    static ExtractionLanguageTable.LegacyCharset hintOf(byte[] body, String url) {
        int n = Math.min(body.length, PRESCAN_BYTES);
        String head = new String(body, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String lang = null;
        int h = head.indexOf("<html");
        if (h >= 0) {
            int end = head.indexOf('>', h);
            int l = head.indexOf("lang=", h);
            if (l > 0 && (end < 0 || l < end)) {
                int s = l + 5;
                while (s < head.length() && (head.charAt(s) == '"' || head.charAt(s) == '\'')) {
                    s++;
                }
                int e = s;
                while (e < head.length() && (Character.isLetter(head.charAt(e)) || head.charAt(e) == '-')) {
                    e++;
                }
                lang = head.substring(s, e);
            }
        }
        ExtractionLanguageTable.LegacyCharset c = ExtractionLanguageTable.suggestedLegacyCharset(lang, url);
        return c == null ? NO_HINT : c;
    }

    /** Marker for "no hint found", so the hint is computed at most once per page. */
    private static final ExtractionLanguageTable.LegacyCharset NO_HINT =
            new ExtractionLanguageTable.LegacyCharset(WINDOWS_1252, new char[128], "", true);

    private static boolean clearlyBetter(byte[] body, Charset detected, Charset declared) {
        ExtractionLanguageTable.LegacyCharset d = ExtractionLanguageTable.legacyCharset(detected.name());
        ExtractionLanguageTable.LegacyCharset c = ExtractionLanguageTable.legacyCharset(declared.name());
        if (d == null || c == null) {
            return false;
        }
        long sd = score(body, d);
        long sc = score(body, c);
        // A declared charset is overridden only when it reads as clearly implausible text: the detected charset
        // must score positively and twice the declared one's margin (per high byte, see score()).
        int high = 0;
        for (byte x : body) {
            if (x < 0) {
                high++;
            }
        }
        return high >= 8 && sd > 0 && sd - sc > high;
    }

    /**
     * Scores a reading of the high bytes: +2 for a frequent lower-case letter of the charset's languages,
     * +1 for its capital at a word start, -2 for a capital inside a word (mojibake reads "ÐŸÑ€Ð¸"),
     * -1 for any other letter, -4 for a control or unmapped code point; punctuation scores 0. Script cues:
     * in a Latin charset an accented letter rarely follows another one ("château"), so a run of high-byte
     * letters scores -1 each (Cyrillic read as windows-1252 is all runs); in a Cyrillic or Greek charset a
     * letter glued to an ASCII letter is mixed-script mojibake and scores -2.
     */
    static long score(byte[] body, ExtractionLanguageTable.LegacyCharset cs) {
        long s = 0;
        boolean prevAsciiLetter = false;
        boolean prevHighLetter = false;
        char[] table = cs.decodeTable();
        boolean latin = cs.latinScript();
        for (byte x : body) {
            int b = x & 0xFF;
            if (b < 0x80) {
                prevAsciiLetter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
                prevHighLetter = false;
                continue;
            }
            char c = table[b - 0x80];
            if (c == '\uFFFD' || Character.isISOControl(c)) {
                s -= 4;
                prevAsciiLetter = prevHighLetter = false;
                continue;
            }
            if (Character.isLetter(c)) {
                if (latin && prevHighLetter) {
                    s -= 1;
                } else if (!latin && prevAsciiLetter) {
                    s -= 2;
                } else if (Character.isLowerCase(c)) {
                    s += cs.isFrequent(c) ? 2 : -1;
                } else if (cs.isFrequent(Character.toLowerCase(c))) {
                    s += (prevAsciiLetter || prevHighLetter) ? -2 : 1;
                } else {
                    s -= 1;
                }
                prevHighLetter = true;
                prevAsciiLetter = false;
            } else {
                prevAsciiLetter = prevHighLetter = false;
            }
        }
        return s;
    }
}
