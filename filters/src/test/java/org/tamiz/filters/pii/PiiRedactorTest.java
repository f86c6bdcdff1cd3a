package org.tamiz.filters.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiRedactorTest {
    private static final PiiRedactor PII = PiiRedactor.withDefaults();

    private static String redact(String text, String lang) {
        return PII.redact(text, lang).text();
    }

    @ParameterizedTest(name = "{0} valid")
    @CsvSource(delimiter = '|', value = {
        "EMAIL|es|Escríbenos a atencion.cliente@ejemplo.es para más información.|Escríbenos a <EMAIL> para más información.",
        "PHONE E.164|es|Llame al +34 612 34 56 78 antes de las nueve.|Llame al <PHONE> antes de las nueve.",
        "PHONE FR|fr|Appelez le 01 23 45 67 89 demain.|Appelez le <PHONE> demain.",
        "PHONE DE|de|Rufen Sie 030 12345678 an.|Rufen Sie <PHONE> an.",
        "PHONE IT mobile|it|Il mio cellulare è 347 123 4567.|Il mio cellulare è <PHONE>.",
        "PHONE NL|nl|Bel mij op 06-12345678.|Bel mij op <PHONE>.",
        "PHONE UK|en|Call 020 7946 0018 today.|Call <PHONE> today.",
        "PHONE North American|en|Call (555) 123-4567 today.|Call <PHONE> today.",
        "PHONE DE with slash|de|Telefon 089/123456 oder 0171-1234567.|Telefon <PHONE> oder <PHONE>.",
        "PHONE after an abbreviation|es|Tfno.612345678 de 9 a 14 h.|Tfno.<PHONE> de 9 a 14 h.",
        "PHONE with dots, not an IP|es|Llame al 91.123.45.67 o al 612.34.56.78.|Llame al <PHONE> o al <PHONE>.",
        "IBAN|es|Cuenta ES91 2100 0418 4502 0005 1332 a nombre de Ana.|Cuenta <IBAN> a nombre de Ana.",
        "IBAN compact|de|IBAN: DE89370400440532013000.|IBAN: <IBAN>.",
        "DNI|es|Mi DNI es 12345678Z.|Mi DNI es <ID_NUMBER>.",
        "NIE|es|El NIE X1234567L caduca en mayo.|El NIE <ID_NUMBER> caduca en mayo.",
        "PT NIF|pt|O meu NIF é 123456789.|O meu NIF é <ID_NUMBER>.",
        "IT codice fiscale|it|Codice fiscale: RSSMRA85T10A562S.|Codice fiscale: <ID_NUMBER>.",
        "FR NIR|fr|Numéro de sécurité sociale : 1 84 03 76 451 089 96.|Numéro de sécurité sociale : <ID_NUMBER>.",
        "DE Steuer-ID|de|Meine Steuer-ID ist 12345678294.|Meine Steuer-ID ist <ID_NUMBER>.",
        "NL BSN|nl|Mijn BSN is 111222333.|Mijn BSN is <ID_NUMBER>.",
        "CARD|en|Charged to 4111 1111 1111 1111 yesterday.|Charged to <CARD> yesterday.",
        "CARD Amex|en|Amex 3782 822463 10005 was used.|Amex <CARD> was used.",
        "IPv4|en|The host 192.168.1.20 did not answer.|The host <IP> did not answer.",
        "IPv6|en|Reach it at 2001:db8:85a3::8a2e:370:7334 now.|Reach it at <IP> now.",
        "IPv6 loopback|en|Try ::1 first.|Try <IP> first.",
    })
    void validIdentifiersAreRedacted(String type, String lang, String text, String expected) {
        assertEquals(expected, redact(text, lang));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "IBAN wrong check digits|es|Cuenta ES91 2100 0418 4502 0005 1333 a nombre de Ana.",
        "DNI wrong letter|es|Mi DNI es 12345678A.",
        "NIE wrong letter|es|El NIE X1234567M caduca en mayo.",
        "PT NIF wrong check digit|pt|O meu NIF é 123456788.",
        "PT NIF wrong check digit that passes the Dutch 11-test|en|His NIF is 123456788.",
        "IT codice fiscale wrong check letter|it|Codice fiscale: RSSMRA85T10A562T.",
        "FR NIR wrong key|fr|Numéro de sécurité sociale : 1 84 03 76 451 089 97.",
        "DE Steuer-ID wrong check digit|de|Meine Steuer-ID ist 12345678295.",
        "NL BSN fails the 11-test|nl|Mijn BSN is 111222334.",
        "card fails Luhn|en|Charged to 4111 1111 1111 1112 yesterday.",
        "IPv4 octet out of range|en|The host 192.168.1.300 did not answer.",
        "time is not IPv6|en|The train leaves at 10:45:12 sharp.",
    })
    void invalidChecksumsAreKept(String rule, String lang, String text) {
        assertEquals(text, redact(text, lang), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "date with slashes|es|La reunión es el 15/03/2024 a las 10:30.",
        "date with dots|de|Der Termin ist am 31.12.2024 um 14 Uhr.",
        "ISO date|en|Released on 2024-05-01 after review.",
        "price with decimal comma|es|El precio final es de 1.250,00 € con IVA.",
        "big amount|es|El presupuesto asciende a 785.000.000 euros.",
        "amount with spaces|fr|La ville compte 2 165 423 habitants.",
        "ISBN-13|es|El libro tiene el ISBN 978-84-376-0494-7 y se publicó en 1967.",
        "ISBN-10|de|Das Buch mit der ISBN 3-16-148410-0 kostet 24,90 Euro.",
        "order number|es|Su pedido nº 912345678 llegará el lunes.",
        "order number en|en|Your order #100234567 ships tomorrow.",
        "invoice|de|Die Rechnung Nr. 0301234567 ist fällig.",
        "tracking|es|El número de seguimiento 123456789012 no aparece.",
        "version number|en|Upgrade to version 10.2.3.4 today.",
        "year list|en|The games were held in 1996 2000 2004 and 2008.",
        "phone-shaped BSN outside nl|en|Reference 111222333 was closed.",
    })
    void hardNegativesAreKept(String rule, String lang, String text) {
        assertEquals(text, redact(text, lang), rule);
    }

    @Test
    void countsHaveAllTypesInOrder() {
        PiiResult r = PII.redact("Mail ana@example.org or bob@example.org, call +34 612 345 678.", "es");
        assertEquals(List.of("EMAIL", "PHONE", "IBAN", "ID_NUMBER", "CARD", "IP"), List.copyOf(r.counts().keySet()));
        assertEquals(Map.of("EMAIL", 2, "PHONE", 1, "IBAN", 0, "ID_NUMBER", 0, "CARD", 0, "IP", 0), r.counts());
        assertEquals(3, r.total());
        assertEquals("Mail <EMAIL> or <EMAIL>, call <PHONE>.", r.text());
        PiiResult none = PII.redact("Nothing to see here.", "en");
        assertEquals("Nothing to see here.", none.text());
        assertEquals(0, none.total());
    }

    @Test
    void languageBreaksTiesBetweenNineDigitFormats() {
        assertEquals("Ligue para <PHONE>.", redact("Ligue para 912 345 678.", "pt"));
        assertEquals("Llame al <PHONE>.", redact("Llame al 612345678.", "es"));
        assertEquals("Het nummer <ID_NUMBER> staat op uw pas.", redact("Het nummer 111222333 staat op uw pas.", "nl"));
        assertEquals("Ring på <PHONE> i morgen.", redact("Ring på 22 33 44 55 i morgen.", "no"));
    }

    @Test
    void splitRunsAreClassifiedPieceByPiece() {
        assertEquals("Tel. <PHONE> / <PHONE>", redact("Tel. 91 123 45 67 / 91 765 43 21", "es"));
    }

    @Test
    void emptyAndRandomInputsAreSafe() {
        assertEquals(null, PII.redact(null, "en").text());
        assertEquals("", redact("", "en"));
        Random rnd = new Random(11);
        StringBuilder b = new StringBuilder();
        String alphabet = "0123456789 .-/+()@:abcdefXYZ,€";
        for (int i = 0; i < 200_000; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        PII.redact(b.toString(), "es");
    }

    @Test
    void devSetMeetsTheIssueFloors() throws IOException, URISyntaxException {
        Path dev = Path.of(getClass().getResource("pii_dev.tsv").toURI());
        PiiEvaluation.Report r = PiiEvaluation.run(dev);
        for (PiiType t : PiiType.values()) {
            PiiEvaluation.Counts c = r.total(t);
            assertTrue(c.truePositives > 0, t.name());
            assertTrue(c.precision() >= 0.97, t + " precision " + c.precision() + " " + r.errors());
            assertTrue(c.recall() >= 0.95, t + " recall " + c.recall() + " " + r.errors());
        }
    }
}
