package org.tamiz.filters.pii;

import java.util.Map;

/**
 * Check-digit algorithms of the identifiers Tamiz redacts. Each method takes the bare characters (no
 * spaces or separators) and says whether the check digit or letter is right; the checksum is what separates
 * an identifier from a date, a price or an order number. Sources are named per method.
 */
final class Checksums {
    private Checksums() {
    }

    /** IBAN lengths per country, from the SWIFT IBAN registry (release 98, 2024). */
    static final Map<String, Integer> IBAN_LENGTH = Map.ofEntries(
        Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
        Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
        Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
        Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
        Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
        Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
        Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
        Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
        Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
        Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
        Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
        Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
        Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
        Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
        Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
        Map.entry("VG", 24), Map.entry("XK", 20));

    /** ISO 13616 / ISO 7064 MOD 97-10: move the first four characters to the end, letters A=10..Z=35, mod 97 = 1. */
    static boolean iban(CharSequence s) {
        int n = s.length();
        if (n < 15 || n > 34) {
            return false;
        }
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt((k + 4) % n);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return rem == 1;
    }

    /** Luhn (ISO/IEC 7812-1) over a digit string. */
    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /**
     * Issuer prefixes of the card networks in use in Europe (ISO/IEC 7812 IIN ranges as published by the
     * networks): Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Diners 300-305/36/38, Discover 6011/644-649/65,
     * JCB 3528-3589, UnionPay 62, Maestro 50/56-69. A run starting with 9 (ISBN-13 978/979, national numbers) is
     * never a card. Lengths of 12-13 digits (old Visa and Maestro) are not accepted: they are no longer issued,
     * while EAN-13 barcodes (400-440 Germany, 50 UK, 560 Portugal, ...) pass Luhn one time in ten.
     */
    static boolean cardPrefix(CharSequence d) {
        int len = d.length();
        int p2 = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
        int p4 = p2 * 100 + (d.charAt(2) - '0') * 10 + (d.charAt(3) - '0');
        switch (d.charAt(0)) {
            case '4': return len == 16 || len == 19;
            case '3':
                if (p2 == 34 || p2 == 37) {
                    return len == 15;
                }
                if ((p4 >= 3000 && p4 <= 3059) || p2 == 36 || p2 == 38) {
                    return len >= 14 && len <= 19;
                }
                return p4 >= 3528 && p4 <= 3589 && len >= 16;
            case '2': return p4 >= 2221 && p4 <= 2720 && len == 16;
            case '5': return (p2 >= 51 && p2 <= 55 && len == 16) || ((p2 == 50 || p2 >= 56) && len >= 16);
            case '6': return len >= 16;
            default: return false;
        }
    }

    /**
     * Portuguese Cartão de Cidadão document number (12 characters: 8-digit civil number, its check digit, two
     * version letters, a final check digit): letters count A=10..Z=35, every second value from the right is
     * doubled (minus 9 above 9), the sum is a multiple of 10 (AMA, "Validação de número de documento do Cartão
     * de Cidadão").
     */
    static boolean portugueseCitizenCard(String s) {
        if (s.length() != 12) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(11 - i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                return false;
            }
            if (i % 2 == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[number mod 23] (Real Decreto 1553/2005). */
    static boolean spanishId(String s) {
        if (s.length() != 9) {
            return false;
        }
        char first = s.charAt(0);
        int lead;
        if (first == 'X') {
            lead = 0;
        } else if (first == 'Y') {
            lead = 1;
        } else if (first == 'Z') {
            lead = 2;
        } else if (first >= '0' && first <= '9') {
            lead = first - '0';
        } else {
            return false;
        }
        int n = lead;
        for (int i = 1; i < 8; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        return DNI_LETTERS.charAt(n % 23) == s.charAt(8);
    }

    /** Portuguese NIF: weights 9..2 over the first eight digits, check = 11 - sum mod 11, 10 and 11 become 0 (Autoridade Tributária). */
    static boolean portugueseNif(String d) {
        if (d.length() != 9 || d.charAt(0) == '0' || d.charAt(0) == '4' && d.charAt(1) != '5') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        int check = 11 - sum % 11;
        if (check >= 10) {
            check = 0;
        }
        return check == d.charAt(8) - '0';
    }

    /** Dutch BSN "elfproef": 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 (Wet algemene bepalingen BSN). */
    static boolean dutchBsn(String d) {
        if (d.length() != 9 || d.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        sum -= d.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /**
     * German Steuerliche Identifikationsnummer: 11 digits, no leading 0; among the first ten digits exactly one
     * digit occurs two or three times (three not in a row); check digit by ISO 7064 MOD 11,10 (BZSt).
     */
    static boolean germanTaxId(String d) {
        if (d.length() != 11 || d.charAt(0) == '0') {
            return false;
        }
        int[] count = new int[10];
        for (int i = 0; i < 10; i++) {
            count[d.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int c : count) {
            if (c == 2 || c == 3) {
                repeated++;
            } else if (c > 3) {
                return false;
            }
        }
        if (repeated != 1) {
            return false;
        }
        for (int i = 0; i + 2 < 10; i++) {
            if (d.charAt(i) == d.charAt(i + 1) && d.charAt(i) == d.charAt(i + 2)) {
                return false;
            }
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == d.charAt(10) - '0';
    }

    /**
     * French NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (number mod 97); Corsica's
     * departments 2A and 2B count as 19 and 18 (INSEE). First digit is the sex (1, 2; 3, 4, 7, 8 for
     * provisional numbers), then year, month (01-12, or 20 and 30-99 for unknown/pseudo months).
     */
    static boolean frenchNir(String s) {
        if (s.length() != 15) {
            return false;
        }
        char sex = s.charAt(0);
        if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') {
            return false;
        }
        int month = (s.charAt(3) - '0') * 10 + (s.charAt(4) - '0');
        if (month == 0 || (month > 12 && month < 20) || (month > 20 && month < 30)) {
            return false;
        }
        String body = s.substring(0, 13);
        if (body.charAt(5) == '2' && (body.charAt(6) == 'A' || body.charAt(6) == 'B')) {
            body = body.substring(0, 5) + (body.charAt(6) == 'A' ? "19" : "18") + body.substring(7);
        }
        for (int i = 0; i < 13; i++) {
            if (!Character.isDigit(body.charAt(i))) {
                return false;
            }
        }
        for (int i = 13; i < 15; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        long n = Long.parseLong(body);
        int key = Integer.parseInt(s.substring(13));
        return key == 97 - (int) (n % 97);
    }

    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    /** Italian codice fiscale: check letter from odd/even position tables, sum mod 26 (DM 23/12/1976). */
    static boolean italianFiscalCode(String s) {
        if (s.length() != 16) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = s.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A';
            } else {
                return false;
            }
            sum += (i % 2 == 0) ? CF_ODD[v] : v;
        }
        return s.charAt(15) == (char) ('A' + sum % 26);
    }

    /** ISBN-13 (weights 1,3; EAN-13) and ISBN-10 (weights 10..1 mod 11, X = 10). */
    static boolean isbn(String s) {
        if (s.length() == 13 && (s.startsWith("978") || s.startsWith("979"))) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (s.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (s.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = s.charAt(i);
                int v = (c == 'X' || c == 'x') && i == 9 ? 10 : c - '0';
                sum += v * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }
}
