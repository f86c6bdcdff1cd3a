package org.tamiz.filters.pii;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and redacts personal data in one pass per document: a single combined regular expression proposes
 * candidates (e-mail, IBAN, codice fiscale, NIE, DNI, Cartão de Cidadão, Corsican NIR, IPv6, IPv4, digit runs)
 * left to right, and each candidate is kept only when its check digit or format is right. A candidate that
 * fails is skipped whole, so the digits of an IBAN with a wrong checksum are not redacted as a phone number
 * instead. Obfuscated e-mail addresses ("nom [at] domini [dot] cat") are found by a second, cheap pass.
 *
 * <p>Digit runs are classified in this order: dates, year ranges and amounts (never redacted), ISBN, payment
 * card (IIN prefix + Luhn), international phone (+ or 00, length per calling code), French NIR (key), German
 * Steuer-ID, 9-digit identifiers (Dutch BSN, Portuguese NIF) against national phone formats, then national
 * phone formats, and last any run right after a phone word. Words before the run decide ties:
 * "tel./teléfono/Handy" says phone, "DNI/NIF/BSN/Steuer-ID" says identifier, an order/reference word right
 * before it ("pedido nº", "Kundennummer") says leave it alone unless it is in a phone plan's blocks, and a
 * company/tax/book/version word ("P.IVA", "SIREN", "ISBN") says leave it alone whatever its shape. The
 * per-country and per-language data (plans, calling codes, cue words) are in {@link NationalFormats}.
 *
 * <p>Stateless and thread-safe: one instance per JVM ({@link #withDefaults()}).
 */
public final class PiiRedactor {
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";
    private static final String ID_CHARS = "[0-9LMNPQRSTUVlmnpqrstuv]";

    /** Hand-written because no Java library validates these European identifiers in one scan. */
    private static final Pattern CANDIDATES = Pattern.compile(
        "(?<email>(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{N}_%+\\-]+)*@"
            + "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,24}" + NOT_BEFORE_WORD + ")"
        + "|(?<iban>" + NOT_AFTER_WORD + "(?:[A-Z]{2}\\d{2}(?:[ \\-]?[A-Z0-9]){11,32}|[a-z]{2}\\d{2}(?:[ \\-]?[a-z0-9]){11,32}))"
        + "|(?<cf>" + NOT_AFTER_WORD + "(?i:[A-Z]{6}" + ID_CHARS + "{2}[A-EHLMPRST]" + ID_CHARS + "{2}[A-Z]"
            + ID_CHARS + "{3}[A-Z])" + NOT_BEFORE_WORD + ")"
        + "|(?<nie>" + NOT_AFTER_WORD + "(?:[XYZ][ \\-]?\\d{7}[ \\-]?[A-Z]|[xyz]-?\\d{7}-?[a-z])" + NOT_BEFORE_WORD + ")"
        + "|(?<dni>(?<![\\p{L}\\p{N}.,])(?:\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})(?:[ \\-]?[A-Z]|-?[a-z])" + NOT_BEFORE_WORD + ")"
        // Portuguese Cartão de Cidadão document number: 8-digit civil number, its check digit, 2 letters, check digit
        + "|(?<cc>(?<![\\p{L}\\p{N}.,])\\d{8}[ \\-]?\\d[ \\-]?(?:[A-Z]{2}|[a-z]{2})\\d" + NOT_BEFORE_WORD + ")"
        // French NIR born in Corsica (department 2A/2B); the all-digit NIR is a digit run like the others
        + "|(?<nir>(?<![\\p{L}\\p{N}.,])[1-478] ?\\d\\d ?\\d\\d ?2[ABab] ?\\d{3} ?\\d{3} ?\\d\\d" + NOT_BEFORE_WORD + ")"
        + "|(?<ipv6>(?<![\\p{L}\\p{N}:.])(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}"
            + "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{1,4})?(?![\\p{L}\\p{N}:]))"
        + "|(?<ipv4>(?<![\\p{L}\\p{N}.,])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\p{L}\\p{N}]|\\.\\p{N}))"
        + "|(?<num>(?<![\\p{L}\\p{N},+\\-/])(?<!\\p{N}\\.)(?:\\+|\\(\\+?)?\\d[\\d \\-./()\\u00A0\\u2009\\u202F]*\\d\\)?)");

    /** Group numbers of the alternatives above (every other group in it is non-capturing). */
    private static final int G_EMAIL = 1;
    private static final int G_IBAN = 2;
    private static final int G_CF = 3;
    private static final int G_NIE = 4;
    private static final int G_DNI = 5;
    private static final int G_CC = 6;
    private static final int G_NIR = 7;
    private static final int G_IPV6 = 8;
    private static final int G_IPV4 = 9;

    static {
        if (CANDIDATES.matcher("").groupCount() != 10) {
            throw new IllegalStateException("CANDIDATES must have exactly its ten named groups");
        }
    }

    private static final Pattern DATE_START = Pattern.compile(
        "^(?:\\d{1,2}[./\\-]\\d{1,2}[./\\-](?:\\d{4}|\\d{2})|\\d{4}[./\\-]\\d{1,2}[./\\-]\\d{1,2})(?:$|[ T])");
    /** Two years joined by a dash or slash ("1990-2000", "2023/2024"): a period, not a number. */
    private static final Pattern YEAR_RANGE = Pattern.compile("^(?:1[89]|20)\\d\\d\\s?[\\-/–]\\s?(?:1[89]|20)?\\d\\d$");
    private static final Pattern WEAK_SEPARATOR = Pattern.compile("\\s*/\\s*|\\s{2,}|\\s+[-–]\\s+|\\s+\\(");

    /**
     * E-mail addresses written to get past harvesters: "nom [at] domini [dot] cat", "ana(at)example.org",
     * "info [arroba] empresa [punto] es". The "at" must be bracketed; the dots may then be spelled out.
     */
    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
        "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{N}_%+\\-]+)*"
            + "\\s?[\\[({<]\\s?(?i:at|arroba|ät|chez|@)\\s?[\\])}>]\\s?"
            + "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?"
            + "(?:\\.|\\s?[\\[({<]\\s?(?i:dot|punto|punt|point|ponto|punkt|puntu)\\s?[\\])}>]\\s?"
            + "|\\s(?i:dot|punto|punt|point|ponto|punkt)\\s))+\\p{L}{2,24}(?![\\p{L}\\p{N}])");
    private static final PiiRedactor INSTANCE = new PiiRedactor();

    private PiiRedactor() {
    }

    public static PiiRedactor withDefaults() {
        return INSTANCE;
    }

    /** Redacts {@code text} (language code {@code lang} breaks ties between national formats). */
    public PiiResult redact(String text, String lang) {
        if (text == null) {
            return new PiiResult(null, counts(List.of()));
        }
        List<PiiSpan> spans = detect(text, lang);
        if (spans.isEmpty()) {
            return new PiiResult(text, counts(spans));
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PiiSpan s : spans) {
            out.append(text, at, s.start()).append(s.type().placeholder());
            at = s.end();
        }
        out.append(text, at, text.length());
        return new PiiResult(out.toString(), counts(spans));
    }

    private static Map<String, Integer> counts(List<PiiSpan> spans) {
        int[] n = new int[PiiType.values().length];
        for (PiiSpan s : spans) {
            n[s.type().ordinal()]++;
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        for (PiiType t : PiiType.values()) {
            m.put(t.name(), n[t.ordinal()]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The identifiers found in {@code text}, in order, without overlaps. */
    public List<PiiSpan> detect(String text, String lang) {
        List<PiiSpan> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String language = lang == null ? "und" : lang;
        Matcher m = CANDIDATES.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int n = text.length();
        int nextAt = text.indexOf('@');
        int nextColon = text.indexOf(':');
        int versionEnd = -1;
        int i = 0;
        while (i < n) {
            // Cheap test first: the combined expression is tried only where an identifier can start, which
            // keeps the scan linear and fast on ordinary prose (most positions are inside words).
            if (nextAt >= 0 && nextAt < i) {
                nextAt = text.indexOf('@', i);
            }
            if (nextColon >= 0 && nextColon < i) {
                nextColon = text.indexOf(':', i);
            }
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            if (Character.isLetterOrDigit(prev) || !mayStart(text, i, c, nextAt, nextColon)) {
                i++;
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            int s = m.start();
            int e = m.end();
            if (m.start(G_EMAIL) >= 0) {
                if (!fileName(text, s, e)) {
                    out.add(new PiiSpan(PiiType.EMAIL, s, e));
                }
            } else if (m.start(G_IBAN) >= 0) {
                int end = ibanEnd(text, s, e);
                if (end > 0) {
                    out.add(new PiiSpan(PiiType.IBAN, s, end));
                    e = end;
                }
            } else if (m.start(G_CF) >= 0) {
                if (Checksums.italianFiscalCode(text.substring(s, e).toUpperCase(Locale.ROOT))) {
                    out.add(new PiiSpan(PiiType.ID_NUMBER, s, e));
                }
            } else if (m.start(G_NIE) >= 0 || m.start(G_DNI) >= 0) {
                if (Checksums.spanishId(compact(text, s, e))) {
                    out.add(new PiiSpan(PiiType.ID_NUMBER, s, e));
                }
            } else if (m.start(G_CC) >= 0) {
                if (Checksums.portugueseCitizenCard(compact(text, s, e))) {
                    out.add(new PiiSpan(PiiType.ID_NUMBER, s, e));
                }
            } else if (m.start(G_NIR) >= 0) {
                if (Checksums.frenchNir(compact(text, s, e))) {
                    out.add(new PiiSpan(PiiType.ID_NUMBER, s, e));
                }
            } else if (m.start(G_IPV6) >= 0) {
                if (ipv6(text.substring(s, e))) {
                    out.add(new PiiSpan(PiiType.IP, s, e));
                }
            } else if (m.start(G_IPV4) >= 0) {
                if (ipv4Candidate(text, s, e, language, versionEnd, out)) {
                    versionEnd = e;
                }
            } else if (continuesCode(text, s)) {
                // "1Z 999 AA1 01 2345 6784": the digits continue a code that has letters in it
                e = Math.max(e, s + 1);
            } else {
                int found = out.size();
                number(text, s, e, language, out);
                if (out.size() == found && c == '(') {
                    // "(29983758S)": the bracket started a digit run that is nothing; try again after it
                    e = s + 1;
                }
            }
            i = Math.max(e, s + 1);
        }
        addObfuscatedEmails(text, out);
        return out;
    }

    /**
     * Whether the digit run at {@code s} follows, after one space, a token that ends in a digit glued to letters
     * (the regular expression would otherwise have taken that digit into the run): a tracking or product code
     * written in blocks, not a phone number.
     */
    private static boolean continuesCode(String text, int s) {
        char c = text.charAt(s);
        return c >= '0' && c <= '9' && s >= 3 && text.charAt(s - 1) == ' ' && Character.isDigit(text.charAt(s - 2))
            && Character.isLetterOrDigit(text.charAt(s - 3));
    }

    /** Whether an identifier may start at {@code i} (the character before it is not a letter or digit). */
    private static boolean mayStart(String text, int i, char c, int nextAt, int nextColon) {
        int n = text.length();
        char next = i + 1 < n ? text.charAt(i + 1) : ' ';
        if ((c >= '0' && c <= '9') || c == '+' || c == '(') {
            return true;
        }
        if (nextAt > i && nextAt - i < 65 && emailLocalPart(text, i, nextAt)) {
            return true;
        }
        // a codice fiscale has a digit in its seventh place, in either case
        boolean fiscalShape = i + 16 <= n && Character.isDigit(text.charAt(i + 6)) && Character.isLetter(next);
        if (c >= 'A' && c <= 'Z') {
            return (next >= 'A' && next <= 'Z') || fiscalShape || ((c == 'X' || c == 'Y' || c == 'Z')
                && (Character.isDigit(next) || next == ' ' || next == '-')) || (nextColon >= i && nextColon < i + 6);
        }
        if (c >= 'a' && c <= 'z') {
            if (fiscalShape || ((c == 'x' || c == 'y' || c == 'z') && (Character.isDigit(next) || next == '-'))) {
                return true;
            }
            // an IBAN in lower case: two letters and two digits
            if (next >= 'a' && next <= 'z' && i + 3 < n && Character.isDigit(text.charAt(i + 2))
                && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return (c == ':' || (c >= 'a' && c <= 'f')) && nextColon >= i && nextColon < i + 6;
    }

    private static boolean emailLocalPart(String text, int from, int at) {
        for (int k = from; k < at; k++) {
            char c = text.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** "logo@2x.png": the last label is a file extension, so this is a file name, not an address. */
    private static boolean fileName(String text, int s, int e) {
        int dot = text.lastIndexOf('.', e - 1);
        return dot > s && NationalFormats.FILE_EXTENSIONS.contains(text.substring(dot + 1, e).toLowerCase(Locale.ROOT));
    }

    /**
     * Adds "nom [at] domini [dot] cat" addresses that overlap nothing found already, keeping the order. One pass
     * finds the bracketed "at" markers; the expression runs only around each of them.
     */
    private static void addObfuscatedEmails(String text, List<PiiSpan> out) {
        int n = text.length();
        int searchedTo = 0;
        for (int k = 3; k < n; k++) {
            char c = text.charAt(k);
            if (c != ']' && c != ')' && c != '}' && c != '>') {
                continue;
            }
            int open = bracketedAt(text, k);
            if (open < 0) {
                continue;
            }
            Matcher m = OBFUSCATED_EMAIL.matcher(text);
            m.region(Math.max(searchedTo, open - 80), Math.min(n, k + 160));
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.start() > open || m.end() <= k) {
                    continue;
                }
                addIfFree(out, m.start(), m.end());
                searchedTo = m.end();
                k = m.end();
                break;
            }
        }
    }

    /** The index of the opening bracket when [open, k] is "[at]", "(arroba)", "{@}", "( at )", ..., else -1. */
    private static int bracketedAt(String text, int k) {
        int j = k - 1;
        while (j > 0 && text.charAt(j) == ' ') {
            j--;
        }
        int wordEnd = j + 1;
        while (j > 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '@') && wordEnd - j <= 6) {
            j--;
        }
        int wordStart = j + 1;
        while (j > 0 && text.charAt(j) == ' ') {
            j--;
        }
        char o = text.charAt(j);
        if (o != '[' && o != '(' && o != '{' && o != '<') {
            return -1;
        }
        String w = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
        return w.equals("at") || w.equals("arroba") || w.equals("@") || w.equals("ät") || w.equals("chez") ? j : -1;
    }

    private static void addIfFree(List<PiiSpan> out, int s, int e) {
        int at = 0;
        while (at < out.size() && out.get(at).end() <= s) {
            at++;
        }
        if (at < out.size() && out.get(at).start() < e) {
            return;
        }
        out.add(at, new PiiSpan(PiiType.EMAIL, s, e));
    }

    /** Characters of [s, e) without spaces, dashes and dots, upper-cased. */
    private static String compact(String text, int s, int e) {
        StringBuilder b = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    /** The end of a valid IBAN starting at s, taking exactly the country's length, or -1. */
    private static int ibanEnd(String text, int s, int e) {
        String country = text.substring(s, s + 2).toUpperCase(Locale.ROOT);
        Integer len = Checksums.IBAN_LENGTH.get(country);
        if (len == null) {
            return -1;
        }
        StringBuilder b = new StringBuilder(len);
        int i = s;
        while (i < e && b.length() < len) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                b.append(Character.toUpperCase(c));
            }
            i++;
        }
        if (b.length() != len || !Checksums.iban(b)) {
            return -1;
        }
        // the IBAN must end at a word boundary: "ES.. 1332X" with a longer tail is a different string
        if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            return -1;
        }
        return i;
    }

    /**
     * A valid dotted quad is an IP address, unless a version, section or clause word is right next to it
     * ("versión 2.4.10.1", "Section 1.2.3.4", "1.4.2.7 bertsioa"; also the second of "from 1.0.2.3 to 1.0.2.4"),
     * it is a subnet mask, or a phone word precedes it and its digits form a national phone number ("Tel.
     * 91.123.45.67"). Returns whether it was read as a version number.
     */
    private static boolean ipv4Candidate(String text, int s, int e, String lang, int versionEnd, List<PiiSpan> out) {
        if (numbering(text, s, e)
            || (versionEnd >= 0 && NationalFormats.NUMBER_JOIN.matcher(text.substring(versionEnd, s)).matches())) {
            return true;
        }
        if (netmask(text.substring(s, e))) {
            return false;
        }
        int[] g = new int[4];
        StringBuilder d = new StringBuilder(12);
        int k = 0;
        for (String part : text.substring(s, e).split("\\.")) {
            g[k++] = part.length();
            d.append(part);
        }
        if (NationalFormats.nationalPhone(d.toString(), g, 4, false, lang)) {
            CueHit cue = cue(text, s);
            if (cue.kind() == Cue.PHONE && !digitBetween(text, cue.end(), s)) {
                out.add(new PiiSpan(PiiType.PHONE, s, e));
                return false;
            }
        }
        out.add(new PiiSpan(PiiType.IP, s, e));
        return false;
    }

    /** A subnet mask (255.255.255.0, 255.255.0.0, ...: leading one bits, then zeros) addresses nothing. */
    static boolean netmask(String dotted) {
        long v = 0;
        for (String part : dotted.split("\\.")) {
            v = (v << 8) | Integer.parseInt(part);
        }
        if ((v >>> 24) != 255) {
            return false;
        }
        long inverted = ~v & 0xFFFFFFFFL;
        return (inverted & (inverted + 1)) == 0;
    }

    private static boolean numbering(String text, int s, int e) {
        int from = Math.max(0, s - 30);
        String window = text.substring(from, s).toLowerCase(Locale.ROOT);
        int end = lastEnd(NationalFormats.NUMBERING_CUE_BEFORE, window);
        if (end >= 0 && NationalFormats.CONNECTOR.matcher(window.substring(end)).matches()) {
            return true;
        }
        return NationalFormats.NUMBERING_CUE_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 12))).find();
    }

    /** RFC 4291 text forms: eight groups, or fewer around one "::", optionally ending in dotted IPv4. */
    static boolean ipv6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        if (dbl < 0) {
            return groups(s, true) == 8;
        }
        int left = groups(s.substring(0, dbl), false);
        int right = groups(s.substring(dbl + 2), true);
        return left >= 0 && right >= 0 && left + right <= 7 && left + right >= 1;
    }

    /** Number of 16-bit groups in a colon-separated part, or -1 when malformed. */
    private static int groups(String part, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return 0;
        }
        String[] pieces = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < pieces.length; i++) {
            String p = pieces[i];
            if (mayEndInIpv4 && i == pieces.length - 1 && p.indexOf('.') >= 0) {
                if (!ipv4(p)) {
                    return -1;
                }
                count += 2;
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return -1;
            }
            for (int k = 0; k < p.length(); k++) {
                if (Character.digit(p.charAt(k), 16) < 0) {
                    return -1;
                }
            }
            count++;
        }
        return count;
    }

    private static boolean ipv4(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length != 4) {
            return false;
        }
        for (String x : p) {
            if (x.isEmpty() || x.length() > 3 || (x.length() > 1 && x.charAt(0) == '0')) {
                return false;
            }
            int v = Integer.parseInt(x);
            if (v > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * PHONE and ID: a word announcing a phone or an identifier within 40 characters before the number.
     * ORDER and COMPANY: an order/invoice/reference word or a company/tax/book/version word with nothing but
     * connector words ("nº", "de", ":") between it and the number.
     */
    private enum Cue { NONE, PHONE, ID, ORDER, COMPANY }

    /** The cue nearest before {@code s} and where it ends (an index into the text). */
    private record CueHit(Cue kind, int end, boolean adjacent) {
    }

    private static final CueHit NO_CUE = new CueHit(Cue.NONE, -1, false);

    /** The cue before a position, read only when a decision needs it (reading it is the costly part). */
    private static final class LazyCue {
        private final String text;
        private final int at;
        private CueHit hit;

        LazyCue(String text, int at) {
            this.text = text;
            this.at = at;
        }

        CueHit get() {
            if (hit == null) {
                hit = cue(text, at);
            }
            return hit;
        }
    }

    private static CueHit cue(String text, int s) {
        int from = Math.max(0, s - 40);
        String window = text.substring(from, s).toLowerCase(Locale.ROOT);
        int phone = lastEnd(NationalFormats.PHONE_CUE, window);
        int id = lastEnd(NationalFormats.ID_CUE, window);
        int order = adjacent(NationalFormats.ORDER_CUE, window);
        int company = adjacent(NationalFormats.COMPANY_CUE, window);
        int best = Math.max(Math.max(phone, id), Math.max(order, company));
        if (best < 0) {
            return NO_CUE;
        }
        Cue kind = best == company ? Cue.COMPANY : best == order ? Cue.ORDER : best == id ? Cue.ID : Cue.PHONE;
        boolean adjacent = kind == Cue.ORDER || kind == Cue.COMPANY
            || NationalFormats.CONNECTOR.matcher(window.substring(best)).matches();
        return new CueHit(kind, from + best, adjacent);
    }

    /** End of the last match of {@code p} when only connector words follow it in the window, else -1. */
    private static int adjacent(Pattern p, String window) {
        int end = lastEnd(p, window);
        return end >= 0 && NationalFormats.CONNECTOR.matcher(window.substring(end)).matches() ? end : -1;
    }

    private static int lastEnd(Pattern p, String window) {
        Matcher m = p.matcher(window);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static boolean digitBetween(String text, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Classifies a digit run. When the whole run is nothing, it is split at " / ", " - ", " (" or double spaces,
     * or a short group glued to it by one space is dropped ("900 123 456 24 horas", "Planta 2 612 345 678").
     * Shapes are tried first; a run that is a phone only because a phone word precedes it comes last, so that
     * the word does not swallow the glued group.
     */
    private void number(String text, int s, int e, String lang, List<PiiSpan> out) {
        // brackets around the whole number are not part of it: "(4276861775043866)", "(912 345 678"
        if (text.charAt(s) == '(') {
            int close = text.indexOf(')', s);
            if (close < 0 || close >= e - 1) {
                s++;
                if (close == e - 1) {
                    e--;
                }
            }
        } else if (text.charAt(e - 1) == ')' && text.lastIndexOf('(', e - 1) < s) {
            e--;
        }
        if (digitCount(text, s, e) < 7) {
            return;
        }
        boolean separated = WEAK_SEPARATOR.matcher(text).region(s, e).find();
        if (!separated && dateOrYears(text.substring(s, e))) {
            return;
        }
        LazyCue cue = new LazyCue(text, s);
        for (int pass = 0; pass < 2; pass++) {
            boolean cueOnly = pass == 1;
            if (cueOnly && !separated && cue.get().kind() != Cue.PHONE) {
                return;
            }
            PiiType whole = classify(text, s, e, lang, cue, s, cueOnly);
            if (whole != null) {
                out.add(new PiiSpan(whole, s, e));
                return;
            }
            int found = out.size();
            if (separated) {
                pieces(text, s, e, lang, cueOnly, out);
            } else if (!amount(text, s, e)) {
                trimmed(text, s, e, lang, cue, cueOnly, out);
            }
            if (out.size() > found) {
                return;
            }
        }
    }

    /** Splits at weak separators and classifies each piece. */
    private void pieces(String text, int s, int e, String lang, boolean cueOnly, List<PiiSpan> out) {
        Matcher sep = WEAK_SEPARATOR.matcher(text).region(s, e);
        int pieceStart = s;
        while (sep.find()) {
            addPiece(text, pieceStart, sep.start(), lang, cueOnly, out);
            pieceStart = sep.end();
        }
        addPiece(text, pieceStart, e, lang, cueOnly, out);
    }

    /** Drops one short group glued by a space at either end; the cue words are still read before the run. */
    private boolean trimmed(String text, int s, int e, String lang, LazyCue cue, boolean cueOnly, List<PiiSpan> out) {
        int firstEnd = s;
        while (firstEnd < e && Character.isDigit(text.charAt(firstEnd))) {
            firstEnd++;
        }
        if (firstEnd - s <= 4 && firstEnd + 1 < e && text.charAt(firstEnd) == ' '
            && Character.isDigit(text.charAt(firstEnd + 1))) {
            PiiType t = classify(text, firstEnd + 1, e, lang, cue, s, cueOnly);
            if (t != null) {
                out.add(new PiiSpan(t, firstEnd + 1, e));
                return true;
            }
        }
        int lastStart = e;
        while (lastStart > s && Character.isDigit(text.charAt(lastStart - 1))) {
            lastStart--;
        }
        if (e - lastStart <= 4 && lastStart - 1 > s && text.charAt(lastStart - 1) == ' '
            && Character.isDigit(text.charAt(lastStart - 2))) {
            PiiType t = classify(text, s, lastStart - 1, lang, cue, s, cueOnly);
            if (t != null) {
                out.add(new PiiSpan(t, s, lastStart - 1));
                return true;
            }
        }
        return false;
    }

    /** "15/03/2024", "2024-05-01 10:30", "1990-2000", "2023/2024": dates and periods, never identifiers. */
    private static boolean dateOrYears(String raw) {
        char c = raw.charAt(0);
        if (c < '0' || c > '9') {
            return false;
        }
        int first = 0;
        while (first < raw.length() && Character.isDigit(raw.charAt(first))) {
            first++;
        }
        if (first == raw.length()) {
            return false;
        }
        char sep = raw.charAt(first);
        if ((first <= 2 || first == 4) && (sep == '.' || sep == '/' || sep == '-') && DATE_START.matcher(raw).find()) {
            return true;
        }
        return first == 4 && YEAR_RANGE.matcher(raw).matches();
    }

    private static int digitCount(String text, int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private void addPiece(String text, int s, int e, String lang, boolean cueOnly, List<PiiSpan> out) {
        while (e > s && !Character.isDigit(text.charAt(e - 1))) {
            e--;
        }
        if (digitCount(text, s, e) >= 7) {
            PiiType t = classify(text, s, e, lang, new LazyCue(text, s), s, cueOnly);
            if (t != null) {
                out.add(new PiiSpan(t, s, e));
            }
        }
    }

    /**
     * The type of the digit run [s, e), or null; {@code cue} was read before {@code cueAt}. With {@code cueOnly}
     * the run is also tested as "any 7-13-digit run right after a phone word".
     */
    private PiiType classify(String text, int s, int e, String lang, LazyCue lazyCue, int cueAt, boolean cueOnly) {
        StringBuilder digits = new StringBuilder(e - s);
        int[] groups = new int[16];
        int groupCount = 0;
        int run = 0;
        boolean dots = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                run++;
            } else {
                if (c == '.') {
                    dots = true;
                }
                if (run > 0) {
                    if (groupCount == groups.length) {
                        return null;
                    }
                    groups[groupCount++] = run;
                    run = 0;
                }
            }
        }
        if (run > 0) {
            if (groupCount == groups.length) {
                return null;
            }
            groups[groupCount++] = run;
        }
        String d = digits.toString();
        int n = d.length();
        if (n < 7 || n > 19) {
            return null;
        }
        String raw = text.substring(s, e);
        if (dateOrYears(raw) || amount(text, s, e)) {
            return null;
        }
        CueHit cue = lazyCue.get();
        if (cue.kind() == Cue.COMPANY) {
            return null;
        }
        if ((n == 13 || n == 10) && Checksums.isbn(d) && (n == 13 || groupCount == 4)) {
            return null;
        }
        boolean plus = raw.startsWith("+") || raw.startsWith("(+");
        boolean order = cue.kind() == Cue.ORDER;
        if (n >= 14 && !plus && cardGrouping(groups, groupCount, n) && Checksums.cardPrefix(d) && Checksums.luhn(d)
            && !(order && groupCount == 1)) {
            return PiiType.CARD;
        }
        if (plus) {
            return NationalFormats.international(d) ? PiiType.PHONE : null;
        }
        if (d.startsWith("00") && !dots) {
            return !order && NationalFormats.international(d.substring(2)) ? PiiType.PHONE : null;
        }
        if (n == 15 && Checksums.frenchNir(d)) {
            return PiiType.ID_NUMBER;
        }
        if (n == 11 && Checksums.germanTaxId(d) && (lang.equals("de") || cue.kind() == Cue.ID)) {
            return PiiType.ID_NUMBER;
        }
        boolean phoneShape = NationalFormats.nationalPhone(d, groups, groupCount, dots, lang);
        if (order && !(phoneShape && groupCount >= 3)) {
            // "pedido nº 612345678" is an order; "Suivi de commande : 09 70 80 90 00" is still a phone
            return null;
        }
        if (n == 9 || (n == 8 && lang.equals("nl"))) {
            String nine = n == 8 ? "0" + d : d;
            boolean bsn = Checksums.dutchBsn(nine);
            boolean nif = n == 9 && Checksums.portugueseNif(d);
            if (cue.kind() == Cue.ID) {
                // the cue word or the language says which checksum applies: an invalid NIF must not pass as a BSN
                String window = text.substring(Math.max(0, cueAt - 40), cueAt).toLowerCase(Locale.ROOT);
                boolean saysNif = lang.equals("pt") || NationalFormats.NIF_CUE.matcher(window).find();
                boolean saysBsn = lang.equals("nl") || NationalFormats.BSN_CUE.matcher(window).find();
                if ((nif && (saysNif || !saysBsn)) || (bsn && (saysBsn || !saysNif))) {
                    return PiiType.ID_NUMBER;
                }
            }
            if (cue.kind() == Cue.PHONE && (phoneShape || n >= 8)) {
                return PiiType.PHONE;
            }
            if (lang.equals("nl") && bsn && !phoneShape) {
                return PiiType.ID_NUMBER;
            }
            if (lang.equals("pt") && nif && NationalFormats.portugueseNifShape(d, groupCount)) {
                return PiiType.ID_NUMBER;
            }
        }
        if (cue.kind() == Cue.ID && cue.adjacent()) {
            // "NIF 274602394" with a wrong check digit is a wrong NIF, not a phone number
            return null;
        }
        if (phoneShape) {
            return PiiType.PHONE;
        }
        // any other 7-13-digit run right after a phone word, with no other number in between
        if (cueOnly && cue.kind() == Cue.PHONE && n <= 13 && !digitBetween(text, cue.end(), s)) {
            return PiiType.PHONE;
        }
        return null;
    }

    private static boolean amount(String text, int s, int e) {
        int to = Math.min(text.length(), e + 14);
        if (NationalFormats.AMOUNT_AFTER.matcher(text.substring(e, to)).find()) {
            return true;
        }
        int i = s - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u202F')) {
            i--;
        }
        if (i >= 0) {
            char c = text.charAt(i);
            if (c == '€' || c == '$' || c == '£' || c == '¥' || c == '#' || c == '№') {
                return true;
            }
        }
        return NationalFormats.CURRENCY_BEFORE.matcher(text.substring(Math.max(0, s - 5), s)).find();
    }

    private static boolean cardGrouping(int[] g, int count, int n) {
        if (count == 1) {
            return true;
        }
        boolean fours = true;
        for (int i = 0; i < count - 1; i++) {
            fours &= g[i] == 4;
        }
        if (fours && g[count - 1] >= 1 && g[count - 1] <= 4) {
            return true;
        }
        // American Express 4-6-5 and Diners 4-6-4
        return count == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4);
    }
}
