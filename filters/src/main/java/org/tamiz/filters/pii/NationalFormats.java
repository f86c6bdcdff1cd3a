package org.tamiz.filters.pii;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything in the PII redactor that depends on a country or a language, in one place: national phone
 * numbering plans, international calling codes with the length of their national numbers, and the cue words
 * (per language) that say a number is a phone, an identifier, an order/invoice/company number or a version.
 * {@link PiiRedactor} holds only the scanning logic and {@link Checksums} the check-digit algorithms.
 *
 * <p>Sources: ITU-T E.164 national numbering plans as published by each regulator (CNMC for ES, ANACOM for PT,
 * ARCEP for FR, BNetzA for DE, AGCOM for IT, Ofcom for GB, ComReg for IE); the word lists were written for
 * Tamiz from the way web pages in es, ca, gl, eu, fr, de, it, pt, en and nl label numbers.
 */
final class NationalFormats {
    private NationalFormats() {
    }

    // ----------------------------------------------------------------------------------------------------
    // Cue words. All are matched on lower-cased text; \b is Unicode-aware in java.util.regex.

    /** Words that announce a phone number. */
    static final Pattern PHONE_CUE = Pattern.compile(
        "(?:\\btel\\b|\\btel\\.|\\btlf|\\btfno|\\btfn\\b|\\btelf|\\btno\\b|phone|mobile|\\bmob\\b|\\bcell|\\bcel\\b|\\bcel\\."
            + "|m[oó]vil|m[oò]bil|telem[oó]vel|\\btelm\\b|\\btlm\\b|tel[eéè]f|telefon|t[eé]l[eé]phone|\\bt[eé]l\\b|portable|cellulare"
            + "|handy|\\bfax\\b|\\bgsm\\b|mobiel|puhelin|\\bpuh\\b|whats ?app|\\bcall\\b|\\bcalls\\b|\\bdial\\b"
            + "|llam[ae]|ll[aá]menos|ligue|ligar|chiama|chiamare|telefonare|chame|chamar|truca|trucar|truqueu"
            + "|deitu|appel|joindre|anrufen|rufen|\\bbel\\b|\\bring\\b|\\bsms\\b|\\bfijo\\b|\\bfixo\\b|\\bfixe\\b"
            + "|\\bfisso\\b|festnetz|numero verde|num[ée]ro vert|n° vert|freephone|τηλ|тел)");

    /** Words that announce a national identifier (they decide between a 9- or 11-digit ID and a phone). */
    static final Pattern ID_CUE = Pattern.compile(
        "(?:\\bdni\\b|\\bnie\\b|\\bnif\\b|\\bnan\\b|\\baiz\\b|contribuinte|\\bbsn\\b|burgerservicenummer|sofinummer"
            + "|steuer-?id|steuerid|identifikationsnummer|\\bidnr|codice fiscale|\\bnir\\b|s[ée]curit[ée] sociale"
            + "|num[ée]ro de s[ée]cu|\\binsee\\b|cart[ãa]o de cidad|\\bcc\\b|\\bid\\b|identity|identidad|identitat"
            + "|identidade|identifica|fiscal|\\btax\\b|personal number|personnummer|henkilötunnus)");

    /**
     * Words that make the number right after them an order, invoice, reference, tracking, customer or product
     * number, in the singular ("pedidos:" heads a phone line). They count only when nothing but
     * {@link #CONNECTOR} words separate them from the number ("pedido nº 612345678" is an order, "seguimiento de
     * pedidos: 902 123 456" a phone line), and they do not overrule a number that is unmistakably a phone: an
     * international one, or one in a national plan's blocks ("Suivi de commande : 09 70 80 90 00").
     */
    static final Pattern ORDER_CUE = Pattern.compile(
        "(?<!\\p{L})(?:pedido|factura|fatura|fattura|facture|referencia|referència|referência|référence"
            + "|riferimento|referenz|referentie|reference|ref\\.?|réf\\.?|rif\\.?|expediente|expedient|seguimiento"
            + "|seguiment|seguimento|envío|envio|enviament|albarán|albarà|lote|serie|modelo|model|ticket|tiquet"
            + "|localizador|comanda|pedimento|eskaera|faktura|erreferentzia|commande|colis|dossier|suivi|bestellung"
            + "|bestellnummer|bestell-?nr\\.?|auftrag|auftragsnummer|auftrags-?nr\\.?|rechnung|rechnungsnummer"
            + "|rechnungs-?nr\\.?|sendung|sendungsnummer|kundennummer|kunden-?nr\\.?|kd\\.?-?nr\\.?|vertragsnummer"
            + "|mitgliedsnummer|kontonummer|aktenzeichen|vorgangsnummer|artikelnummer|art\\.?-?nr\\.?|ordine"
            + "|spedizione|tracciamento|pratica|contratto|encomenda|rastreio|processo|order|invoice|tracking"
            + "|shipment|confirmation|bestelling|factuur|ordernummer|klantnummer|sku|ean|gtin|doi|pmid|serial|batch"
            + "|lot|customer (?:number|no|id|ref)|account (?:number|no)|client (?:number|no|id)"
            + "|(?:número|numero|numéro|num|núm|nº|n\\.º|n°|nr\\.?|no\\.?|number|código|codigo|code|codice|id)\\s?"
            + "(?:de |du |d'|di |del |of )?(?:cliente?|socio|soci|adhérent|abonné|contrat|contrato|contract"
            + "|member|membre))(?!\\p{L})");

    /**
     * Words that make the number right after them (with only {@link #CONNECTOR} words between) a company, tax,
     * book or version number, whatever its shape: "P.IVA 01234567890", "SIREN 732 829 320", "ISBN 84-376-0494-9".
     */
    static final Pattern COMPANY_CUE = Pattern.compile(
        "(?<!\\p{L})(?:isbn(?:-1[03])?|issn|art\\.|artikel|article|p\\.? ?iva|partita iva|iva|vat(?: no\\.?"
            + "| number)?|tva|ust-?id(?:nr)?\\.?|ust\\.?-?idnr\\.?|mwst|cif|siren|siret|nipc|c\\.f\\.|kvk|hrb|hra|rea"
            + "|company (?:no\\.?|number|reg)|registration (?:number|no\\.?)|steuernummer|st\\.?-?nr\\.?|version"
            + "|versión|versió|versão|versione|release)(?!\\p{L})");

    /** Words that make a dotted quad a version, section or clause number, not an IP address. */
    static final Pattern NUMBERING_CUE_BEFORE = Pattern.compile(
        "(?<!\\p{L})(?:version|versión|versió|versão|versione|versio|v\\.?|ver\\.|release|build|firmware"
            + "|micrologiciel|update|updated|upgrade|upgraded|downgrade|patch|actualización|actualització|actualizar"
            + "|actualice|actualiza|atualização|atualizar|atualize|aggiornamento|aggiornare|aggiorna|aktualisierung"
            + "|aktualisieren|mise à jour|mise à niveau|section"
            + "|sección|secció|secção|sezione|abschnitt|apartado|apartat|capítulo|capítol|chapter|chapitre|kapitel"
            + "|capitolo|punto|point|paragraph|párrafo|paràgraf|paragraphe|absatz|art\\.|artículo|article|artikel"
            + "|articolo|artigo|annex|anexo|annexe|anhang|allegato|§)(?!\\p{L})");
    /** What joins two version numbers ("from 1.0.2.3 to 1.0.2.4", "2.1.0.5 y 2.1.0.6"). */
    static final Pattern NUMBER_JOIN = Pattern.compile(
        "^\\s*(?:to|a|al|à|au|bis|auf|zu|and|y|e|et|und|i|or|o|ou|oder|-|–|→|->|/|,)\\s*$");
    /** The same read after the number (Basque puts the noun last: "1.4.2.7 bertsioa"). */
    static final Pattern NUMBERING_CUE_AFTER = Pattern.compile(
        "^\\s?(?:bertsio|atal|release|version|build)", Pattern.CASE_INSENSITIVE);

    /**
     * What may stand between a cue word and its number: punctuation, "nº", "number", "de", articles,
     * possessives, "client". Lower case.
     */
    static final Pattern CONNECTOR = Pattern.compile(
        "^(?:[\\s\\p{Punct}º°ª–—«»“”]|(?<!\\p{L})(?:n\\.?º|n°|n|nr|no|num|núm|nro|number|número|numero|numéro"
            + "|nummer|zenbakia|de|del|della|do|da|du|des|di|of|the|your|su|sua|seu|votre|ihre|ihr|der|vom|von|la"
            + "|le|el|il|lo|o|a|en|à|au|auf|to|zu|na|nella|alla|from|desde|von|depuis|dal|dalla|con|with|mit|avec|com"
            + "|is|es|é|è|est|ist|client"
            + "|cliente|kunde|customer|1[03])(?!\\p{L}))*$");

    /** A currency or unit right after a number makes it an amount. */
    static final Pattern AMOUNT_AFTER = Pattern.compile(
        "^[\\s\\u00A0\\u202F]?(?:€|\\$|£|eur\\b|euros?\\b|usd\\b|dollars?\\b|dólares\\b|gbp\\b|chf\\b|kr\\b|zł|pln\\b|kč|czk\\b"
            + "|ft\\b|huf\\b|lei\\b|ron\\b|%|millones|million|milions|milioni|millions|milhões|mio\\b|mrd\\b|bn\\b"
            + "|habitantes|inhabitants|habitants|einwohner|abitanti|biztanle|persons|personas|persones|personnes"
            + "|personen|persone|pessoas|people|visit|besucher|votos|voix|stimmen|voti|votes|usuari|utilisateurs"
            + "|nutzer|utenti|utilizadores|users|downloads|descargas|km|kg|m²|m2\\b|m³|m3\\b|ha\\b|tonn|toneladas|litr|liter)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A currency code before a number ("EUR 1 234 567"). */
    static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:eur|usd|gbp|chf|r\\$)\\s?$", Pattern.CASE_INSENSITIVE);

    static final Pattern NIF_CUE = Pattern.compile("\\bnif\\b|contribuinte|\\bnipc\\b");
    static final Pattern BSN_CUE = Pattern.compile("\\bbsn\\b|burgerservicenummer|sofinummer");

    /**
     * Top-level domains that are file extensions in practice ("logo@2x.png" is an image name, not an
     * address); rejected as the last label of an e-mail address.
     */
    static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif",
        "tiff", "ico", "pdf", "js", "css", "htm", "html", "php", "txt", "mp3", "mp4", "avi", "webm", "woff",
        "woff2", "ttf", "json", "xml", "csv", "doc", "docx", "xls", "xlsx");

    // ----------------------------------------------------------------------------------------------------
    // International numbers: calling code -> shortest and longest national significant number (E.164).

    private static final Map<String, int[]> CALLING_CODES = Map.ofEntries(
        Map.entry("1", new int[] {10, 10}), Map.entry("7", new int[] {10, 10}),
        Map.entry("30", new int[] {10, 10}), Map.entry("31", new int[] {9, 9}), Map.entry("32", new int[] {8, 9}),
        Map.entry("33", new int[] {9, 9}), Map.entry("34", new int[] {9, 9}), Map.entry("36", new int[] {8, 9}),
        Map.entry("39", new int[] {6, 11}), Map.entry("40", new int[] {9, 9}), Map.entry("41", new int[] {9, 9}),
        Map.entry("43", new int[] {4, 13}), Map.entry("44", new int[] {9, 10}), Map.entry("45", new int[] {8, 8}),
        Map.entry("46", new int[] {7, 10}), Map.entry("47", new int[] {8, 8}), Map.entry("48", new int[] {9, 9}),
        Map.entry("49", new int[] {6, 13}), Map.entry("351", new int[] {9, 9}), Map.entry("352", new int[] {6, 11}),
        Map.entry("353", new int[] {7, 9}), Map.entry("356", new int[] {8, 8}), Map.entry("358", new int[] {5, 12}),
        Map.entry("376", new int[] {6, 9}), Map.entry("377", new int[] {8, 9}), Map.entry("378", new int[] {6, 10}), Map.entry("385", new int[] {8, 9}),
        Map.entry("386", new int[] {8, 8}), Map.entry("420", new int[] {9, 9}), Map.entry("421", new int[] {9, 9}));

    private static final Set<String> ZERO_KEPT = Set.of("39", "378");

    /**
     * Whether {@code d} (digits after "+" or "00") is a plausible
     * international number: the national part has its plan's length for the calling codes listed, otherwise
     * 8-15 digits in all.
     */
    static boolean international(String d) {
        if (d.isEmpty() || d.charAt(0) == '0') {
            return false;
        }
        for (int len = 1; len <= 3 && len < d.length(); len++) {
            int[] range = CALLING_CODES.get(d.substring(0, len));
            if (range != null) {
                int national = d.length() - len;
                // the national trunk 0 written after the code ("+33 (0)6 ...", "+44 (0)20 ...", "+33 06 ...")
                // is not part of the number, except in Italy and San Marino, where the 0 is dialled too
                if (d.charAt(len) == '0' && !ZERO_KEPT.contains(d.substring(0, len))) {
                    national--;
                }
                return national >= range[0] && national <= range[1];
            }
        }
        return d.length() >= 8 && d.length() <= 15;
    }

    // ----------------------------------------------------------------------------------------------------
    // National numbers without country code.

    /** Languages whose countries use closed 9-digit plans, with the digits a phone number may start with. */
    private static final Map<String, String> NINE_DIGIT_LEADS = Map.of(
        "es", "6789", "ca", "6789", "gl", "6789", "eu", "6789", "oc", "6789",
        // PT: 2 fixed, 9 mobile, 7 (707/760 shared cost) and 8 (800/808 free and local rate); ANACOM
        "pt", "2789",
        "pl", "123456789", "cs", "123456789", "sk", "123456789");

    /**
     * National formats without country code: trunk-0 numbers of 9-12 digits (FR, DE, IT, NL, BE, AT, UK, IE, SE,
     * FI, ...); 9-digit plans written in 3-3-3 or 2-3-2-2 blocks (ES/PT/PL/CZ/SK, leads per
     * {@link #NINE_DIGIT_LEADS}); Italian mobiles (3xx, 10 digits) and free numbers (80x); North American numbers
     * in English; Greek numbers (2 or 69, 10 digits); Danish and Norwegian 8-digit numbers.
     *
     * @param g     digit-group lengths, {@code count} of them
     * @param dots  whether the groups are separated by dots
     */
    static boolean nationalPhone(String d, int[] g, int count, boolean dots, String lang) {
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
        String leads = NINE_DIGIT_LEADS.get(lang);
        if (n == 9 && leads != null) {
            boolean blocks = count == 1 || groupsAre(g, count, 3, 3, 3) || groupsAre(g, count, 2, 3, 2, 2)
                || groupsAre(g, count, 3, 2, 2, 2) || groupsAre(g, count, 2, 3, 4) || groupsAre(g, count, 3, 6)
                || groupsAre(g, count, 2, 7);
            if (!blocks || leads.indexOf(lead) < 0) {
                return false;
            }
            // languages without a lead rule of their own (pl, cs, sk) need the blocks to tell a phone
            return leads.length() < 9 || count > 1;
        }
        if (lang.equals("it") && d.startsWith("80") && (n == 9 || n == 10)) {
            // numeri verdi 800/803: 800 123456, 800 123 456, 800-123456
            return count == 1 || g[0] == 3;
        }
        if (n == 11 && lang.equals("en") && lead == '1' && d.charAt(1) >= '2' && groupsAre(g, count, 1, 3, 3, 4)) {
            // North American numbers with the country code but no "+": 1-800-555-0199, 1 (415) 555-0132
            return true;
        }
        if (n == 10 && lang.equals("en") && lead >= '2' && (groupsAre(g, count, 3, 3, 4))) {
            // North American numbers in English text: (555) 123-4567, 555-123-4567 (NANP, ITU-T E.164 +1)
            return true;
        }
        if (n == 10 && lead == '3' && lang.equals("it")) {
            return count == 1 || groupsAre(g, count, 3, 7) || groupsAre(g, count, 3, 3, 4)
                || groupsAre(g, count, 3, 4, 3) || groupsAre(g, count, 3, 2, 2, 3);
        }
        if (n == 10 && lang.equals("el") && (lead == '2' || d.startsWith("69"))) {
            return count <= 4;
        }
        if (n == 8 && (lang.equals("da") || lang.equals("no") || lang.equals("nn"))) {
            return groupsAre(g, count, 2, 2, 2, 2) || groupsAre(g, count, 4, 4) || groupsAre(g, count, 3, 2, 3);
        }
        return false;
    }

    /** Whether a 9-digit Portuguese NIF (valid check digit) should win over the phone reading without a cue. */
    static boolean portugueseNifShape(String d, int groupCount) {
        return d.charAt(0) != '9' && (groupCount == 1 || "1356".indexOf(d.charAt(0)) >= 0);
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
