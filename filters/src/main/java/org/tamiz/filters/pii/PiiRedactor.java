package org.tamiz.filters.pii;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and redacts personal data in one pass per document: a single combined regular expression proposes
 * candidates (e-mail, IBAN, codice fiscale, NIE, DNI, IPv6, IPv4, digit runs) left to right, and each
 * candidate is kept only when its check digit or format is right. A candidate that fails is skipped whole,
 * so the digits of an IBAN with a wrong checksum are not redacted as a phone number instead.
 *
 * <p>Digit runs are classified in this order: ISBN (never redacted), payment card (IIN prefix + Luhn),
 * international phone (+ or 00), French NIR (key), German Steuer-ID, 9-digit identifiers (Dutch BSN,
 * Portuguese NIF) against national phone formats, then national phone formats. Words just before the run
 * decide ties: "tel./teléfono/Handy" says phone, "DNI/NIF/BSN/Steuer-ID" says identifier, and
 * "pedido/order/Rechnung/ISBN/ref." (order numbers, invoices, references) says leave it alone. Dates,
 * prices and thousands-grouped amounts are rejected by shape and by a currency or unit next to them.
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
        + "|(?<iban>" + NOT_AFTER_WORD + "[A-Z]{2}\\d{2}(?:[ \\-]?[A-Z0-9]){11,32})"
        + "|(?<cf>" + NOT_AFTER_WORD + "(?i:[A-Z]{6}" + ID_CHARS + "{2}[A-EHLMPRST]" + ID_CHARS + "{2}[A-Z]"
            + ID_CHARS + "{3}[A-Z])" + NOT_BEFORE_WORD + ")"
        + "|(?<nie>" + NOT_AFTER_WORD + "[XYZ][ \\-]?\\d{7}[ \\-]?[A-Z]" + NOT_BEFORE_WORD + ")"
        + "|(?<dni>(?<![\\p{L}\\p{N}.,])(?:\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})[ \\-]?[A-Z]" + NOT_BEFORE_WORD + ")"
        + "|(?<ipv6>(?<![\\p{L}\\p{N}:.])(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}"
            + "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{1,4})?(?![\\p{L}\\p{N}:]))"
        + "|(?<ipv4>(?<![\\p{L}\\p{N}.,])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\p{L}\\p{N}]|\\.\\p{N}))"
        + "|(?<num>(?<![\\p{L}\\p{N},+\\-/])(?<!\\p{N}\\.)(?:\\+|\\(\\+?)?\\d[\\d \\-./()\\u00A0]*\\d\\)?)");

    /** Words that announce a phone number, in the 35 languages' most common forms (lower case). */
    private static final Pattern PHONE_CUE = Pattern.compile(
        "(?:\\btel\\b|\\btel\\.|\\btlf|\\btfno|\\btelf|phone|mobile|\\bmob\\b|\\bcell|m[oó]vil|m[oò]bil|tel[eè]f|telefon"
            + "|t[eé]l[eé]phone|\\bt[eé]l\\b|portable|cellulare|handy|\\bfax\\b|\\bgsm\\b|mobiel|puhelin|\\bpuh\\b"
            + "|whats ?app|\\bcall\\b|llam[ae]|ligue|chiama|\\bbel\\b|\\bring\\b|τηλ|тел)");
    /** Words that announce a national identifier. */
    private static final Pattern ID_CUE = Pattern.compile(
        "(?:\\bdni\\b|\\bnie\\b|\\bnif\\b|\\bnipc\\b|contribuinte|\\bbsn\\b|burgerservicenummer|sofinummer"
            + "|steuer|identifikationsnummer|\\bidnr|codice fiscale|\\bc\\.?f\\.?\\b|\\bnir\\b|s[ée]curit[ée] sociale"
            + "|num[ée]ro de s[ée]cu|\\binsee\\b|cart[ãa]o de cidad|\\bid\\b|identity|identidad|identitat|identifica"
            + "|fiscal|\\btax\\b|personal number|personnummer|henkilötunnus)");
    /** Words that say the number is an order, invoice, reference, book or product number: never redacted. */
    private static final Pattern NEGATIVE_CUE = Pattern.compile(
        "(?:pedido|\\border|commande|bestell|ordine|encomenda|factura|fatura|fattura|facture|rechnung|invoice"
            + "|\\bref\\b|\\bref\\.|referenc|refer[êe]ncia|riferimento|r[ée]f[ée]rence|referentie|\\bisbn|\\bissn"
            + "|\\bart\\.|artikel|\\barticle|expediente|tracking|seguimiento|n[úu]mero de env[íi]o|\\blote\\b"
            + "|\\bbatch|serial|\\bserie\\b|\\bmodel|ticket|localizador|booking|reserva|\\bsku\\b|\\bean\\b"
            + "|\\bdoi\\b|\\bpmid|\\bversion|versi[óo]n|\\bv\\.?$)");
    /** A currency or unit right after a number makes it an amount. */
    private static final Pattern AMOUNT_AFTER = Pattern.compile(
        "^\\s?(?:€|\\$|£|eur\\b|euros?\\b|usd\\b|dollars?\\b|dólares\\b|gbp\\b|chf\\b|kr\\b|zł|pln\\b|kč|czk\\b"
            + "|ft\\b|huf\\b|lei\\b|ron\\b|%|millones|million|milions|milioni|millions|mio\\b|mrd\\b|bn\\b"
            + "|habitantes|inhabitants|habitants|einwohner|abitanti|persons|personas|people|km|kg|m²|m2\\b)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_START = Pattern.compile(
        "^(?:\\d{1,2}[./\\-]\\d{1,2}[./\\-](?:\\d{4}|\\d{2})|\\d{4}[./\\-]\\d{1,2}[./\\-]\\d{1,2})(?:$|[ T])");
    private static final Pattern NIF_CUE = Pattern.compile("\\bnif\\b|contribuinte|\\bnipc\\b");
    private static final Pattern BSN_CUE = Pattern.compile("\\bbsn\\b|burgerservicenummer|sofinummer");
    private static final Pattern WEAK_SEPARATOR = Pattern.compile("\\s*/\\s*|\\s{2,}|\\s+-\\s+");

    private static final Set<String> NINE_DIGIT_PHONE_LANGS = Set.of("es", "ca", "gl", "eu", "oc", "pt", "pl",
        "cs", "sk");
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
        int i = 0;
        while (i < n) {
            // Cheap test first: the combined expression is tried only where an identifier can start, which
            // keeps the scan linear and fast on ordinary prose (most positions are inside words).
            if (nextAt >= 0 && nextAt < i) {
                nextAt = text.indexOf('@', i);
            }
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            if (Character.isLetterOrDigit(prev) || !mayStart(text, i, c, nextAt)) {
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
            if (m.start("email") >= 0) {
                out.add(new PiiSpan(PiiType.EMAIL, s, e));
            } else if (m.start("iban") >= 0) {
                int end = ibanEnd(text, s, e);
                if (end > 0) {
                    out.add(new PiiSpan(PiiType.IBAN, s, end));
                    e = end;
                }
            } else if (m.start("cf") >= 0) {
                if (Checksums.italianFiscalCode(text.substring(s, e).toUpperCase(Locale.ROOT))) {
                    out.add(new PiiSpan(PiiType.ID_NUMBER, s, e));
                }
            } else if (m.start("nie") >= 0 || m.start("dni") >= 0) {
                if (Checksums.spanishId(compact(text, s, e))) {
                    out.add(new PiiSpan(PiiType.ID_NUMBER, s, e));
                }
            } else if (m.start("ipv6") >= 0) {
                if (ipv6(text.substring(s, e))) {
                    out.add(new PiiSpan(PiiType.IP, s, e));
                }
            } else if (m.start("ipv4") >= 0) {
                // "91.123.45.67" is also a Spanish phone written with dots: the word before decides
                Cue ipCue = cue(text, s);
                if (ipCue == Cue.PHONE) {
                    out.add(new PiiSpan(PiiType.PHONE, s, e));
                } else if (ipCue != Cue.NEGATIVE) {
                    out.add(new PiiSpan(PiiType.IP, s, e));
                }
            } else {
                number(text, s, e, language, out);
            }
            i = Math.max(e, s + 1);
        }
        return out;
    }

    /** Whether an identifier may start at {@code i} (the character before it is not a letter or digit). */
    private static boolean mayStart(String text, int i, char c, int nextAt) {
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
                && (Character.isDigit(next) || next == ' ' || next == '-')) || colonSoon(text, i);
        }
        if (c >= 'a' && c <= 'z' && fiscalShape) {
            return true;
        }
        return (c == ':' || (c >= 'a' && c <= 'f')) && colonSoon(text, i);
    }

    private static boolean colonSoon(String text, int i) {
        int to = Math.min(text.length(), i + 6);
        for (int k = i; k < to; k++) {
            if (text.charAt(k) == ':') {
                return true;
            }
        }
        return false;
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
        String country = text.substring(s, s + 2);
        Integer len = Checksums.IBAN_LENGTH.get(country);
        if (len == null) {
            return -1;
        }
        StringBuilder b = new StringBuilder(len);
        int i = s;
        while (i < e && b.length() < len) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                b.append(c);
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

    private enum Cue { NONE, PHONE, ID, NEGATIVE }

    /** The nearest cue word in the 40 characters before {@code s}. */
    private static Cue cue(String text, int s) {
        int from = Math.max(0, s - 40);
        String window = text.substring(from, s).toLowerCase(Locale.ROOT);
        int phone = lastEnd(PHONE_CUE, window);
        int id = lastEnd(ID_CUE, window);
        int neg = lastEnd(NEGATIVE_CUE, window);
        int best = Math.max(phone, Math.max(id, neg));
        if (best < 0) {
            return Cue.NONE;
        }
        return best == neg ? Cue.NEGATIVE : best == id ? Cue.ID : Cue.PHONE;
    }

    private static int lastEnd(Pattern p, String window) {
        Matcher m = p.matcher(window);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** Classifies a digit run; splits it at " / " or double spaces when the whole run is nothing. */
    private void number(String text, int s, int e, String lang, List<PiiSpan> out) {
        PiiType whole = classify(text, s, e, lang);
        if (whole != null) {
            out.add(new PiiSpan(whole, s, e));
            return;
        }
        Matcher sep = WEAK_SEPARATOR.matcher(text).region(s, e);
        int pieceStart = s;
        boolean split = false;
        while (sep.find()) {
            split = true;
            addPiece(text, pieceStart, sep.start(), lang, out);
            pieceStart = sep.end();
        }
        if (split) {
            addPiece(text, pieceStart, e, lang, out);
        }
    }

    private void addPiece(String text, int s, int e, String lang, List<PiiSpan> out) {
        while (e > s && !Character.isDigit(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            PiiType t = classify(text, s, e, lang);
            if (t != null) {
                out.add(new PiiSpan(t, s, e));
            }
        }
    }

    private PiiType classify(String text, int s, int e, String lang) {
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
        if (DATE_START.matcher(raw).find()) {
            return null;
        }
        Cue cue = cue(text, s);
        if (cue == Cue.NEGATIVE || amount(text, s, e)) {
            return null;
        }
        if ((n == 13 || n == 10) && Checksums.isbn(d) && (n == 13 || groupCount == 4)) {
            return null;
        }
        boolean plus = raw.startsWith("+") || raw.startsWith("(+");
        if (n >= 13 && !plus && cardGrouping(groups, groupCount, n) && Checksums.cardPrefix(d) && Checksums.luhn(d)) {
            return PiiType.CARD;
        }
        if (plus) {
            return n >= 8 && n <= 15 && d.charAt(0) != '0' ? PiiType.PHONE : null;
        }
        if (d.startsWith("00") && !dots) {
            int rest = n - 2;
            return rest >= 8 && rest <= 13 && d.charAt(2) != '0' ? PiiType.PHONE : null;
        }
        if (n == 15 && Checksums.frenchNir(d)) {
            return PiiType.ID_NUMBER;
        }
        if (n == 11 && Checksums.germanTaxId(d) && (lang.equals("de") || cue == Cue.ID)) {
            return PiiType.ID_NUMBER;
        }
        boolean phoneShape = nationalPhone(d, groups, groupCount, dots, lang);
        if (n == 9 || (n == 8 && lang.equals("nl"))) {
            String nine = n == 8 ? "0" + d : d;
            boolean bsn = Checksums.dutchBsn(nine);
            boolean nif = n == 9 && Checksums.portugueseNif(d);
            if (cue == Cue.ID) {
                // the cue word or the language says which checksum applies: an invalid NIF must not pass as a BSN
                String window = text.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
                boolean saysNif = lang.equals("pt") || NIF_CUE.matcher(window).find();
                boolean saysBsn = lang.equals("nl") || BSN_CUE.matcher(window).find();
                if ((nif && (saysNif || !saysBsn)) || (bsn && (saysBsn || !saysNif))) {
                    return PiiType.ID_NUMBER;
                }
            }
            if (cue == Cue.PHONE && (phoneShape || n >= 8)) {
                return PiiType.PHONE;
            }
            if (lang.equals("nl") && bsn && !phoneShape) {
                return PiiType.ID_NUMBER;
            }
            if (lang.equals("pt") && nif && (groupCount == 1 || "1356789".indexOf(d.charAt(0)) >= 0)
                && d.charAt(0) != '9') {
                return PiiType.ID_NUMBER;
            }
        }
        if (phoneShape) {
            return PiiType.PHONE;
        }
        if (cue == Cue.PHONE && n <= 13) {
            return PiiType.PHONE;
        }
        return null;
    }

    private static boolean amount(String text, int s, int e) {
        int to = Math.min(text.length(), e + 14);
        if (AMOUNT_AFTER.matcher(text.substring(e, to)).find()) {
            return true;
        }
        int i = s - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0) {
            char c = text.charAt(i);
            return c == '€' || c == '$' || c == '£' || c == '¥' || c == '#' || c == '№';
        }
        return false;
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

    private static boolean groupsAre(int[] g, int count, int... want) {
        if (count != want.length) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (g[i] != want[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * National formats without country code (ITU-T E.164 national numbering plans): trunk-0 numbers of
     * 9-12 digits (FR, DE, IT, NL, BE, AT, UK, IE, SE, FI, ...); 9-digit plans written in 3-3-3 or 2-3-2-2
     * blocks (ES/PT/PL/CZ/SK; ES leads 6-9, PT 2 or 9); Italian mobiles (3xx, 10 digits); Greek
     * numbers (2 or 69, 10 digits); Danish and Norwegian 8-digit numbers in 2-2-2-2, 4-4 or 3-2-3 blocks.
     */
    private static boolean nationalPhone(String d, int[] g, int count, boolean dots, String lang) {
        int n = d.length();
        char lead = d.charAt(0);
        for (int i = 1; i < count; i++) {
            if (g[i] == 3 && count > 2 && allZeros(d, g, i)) {
                return false;
            }
        }
        if (dots) {
            // dotted digits in thousands blocks are amounts ("612.345.678", "1.234.567"); phones written
            // with dots use other blocks (French 06.12.34.56.78, Spanish 91.123.45.67, Italian 06.1234.5678)
            boolean thousands = count >= 2 && g[0] <= 3;
            for (int i = 1; i < count && thousands; i++) {
                thousands = g[i] == 3;
            }
            if (thousands) {
                return false;
            }
        }
        if (lead == '0' && d.charAt(1) != '0') {
            if (count == 1) {
                return n == 10 || n == 11;
            }
            return n >= 9 && n <= 12 && g[0] <= 5 && count <= 6;
        }
        if (n == 9 && NINE_DIGIT_PHONE_LANGS.contains(lang)) {
            boolean blocks = count == 1 || groupsAre(g, count, 3, 3, 3) || groupsAre(g, count, 2, 3, 2, 2)
                || groupsAre(g, count, 3, 2, 2, 2) || groupsAre(g, count, 2, 3, 4) || groupsAre(g, count, 3, 6);
            if (!blocks) {
                return false;
            }
            switch (lang) {
                case "es": case "ca": case "gl": case "eu": case "oc": return lead >= '6' && lead <= '9';
                case "pt": return lead == '2' || lead == '9';
                default: return count > 1 && lead != '0';
            }
        }
        if (n == 10 && lang.equals("en") && lead >= '2' && (groupsAre(g, count, 3, 3, 4))) {
            // North American numbers in English text: (555) 123-4567, 555-123-4567 (NANP, ITU-T E.164 +1)
            return true;
        }
        if (n == 10 && lead == '3' && lang.equals("it")) {
            return count == 1 || groupsAre(g, count, 3, 7) || groupsAre(g, count, 3, 3, 4)
                || groupsAre(g, count, 3, 4, 3);
        }
        if (n == 10 && lang.equals("el") && (lead == '2' || d.startsWith("69"))) {
            return count <= 4;
        }
        if (n == 8 && (lang.equals("da") || lang.equals("no") || lang.equals("nn"))) {
            return groupsAre(g, count, 2, 2, 2, 2) || groupsAre(g, count, 4, 4) || groupsAre(g, count, 3, 2, 3);
        }
        return false;
    }

    private static boolean allZeros(String d, int[] g, int group) {
        int off = 0;
        for (int i = 0; i < group; i++) {
            off += g[i];
        }
        for (int i = off; i < off + g[group]; i++) {
            if (d.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
