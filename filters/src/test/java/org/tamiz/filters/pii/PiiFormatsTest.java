package org.tamiz.filters.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The national formats and hard negatives added for the stress sets (pii_stress*.tsv): one real sentence each,
 * the expected redaction written out, so that a changed span or type fails.
 */
class PiiFormatsTest {
    private static final PiiRedactor PII = PiiRedactor.withDefaults();

    private static String redact(String text, String lang) {
        return PII.redact(text, lang).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // phones: international forms with the trunk 0 written, parentheses, 00 prefixes
        "FR +33 (0)6|fr|Tél. : +33 (0)6 12 34 56 78|Tél. : <PHONE>",
        "FR +33(0) contiguous|fr|Tél : +33(0)142685300, du lundi au samedi.|Tél : <PHONE>, du lundi au samedi.",
        "DE 0049 (0)|de|Tel.: 0049 (0)30 1234567|Tel.: <PHONE>",
        "DE +49 (0) with slash and extension|de|Telefon: +49 (0) 89 / 123 456-0|Telefon: <PHONE>",
        "GB +44 (0) mobile|en|Tel: +44 (0) 7700 900 123|Tel: <PHONE>",
        "PT (+351)|pt|Contacte-nos pelo (+351) 21 123 4567 ou pelo site.|Contacte-nos pelo <PHONE> ou pelo site.",
        "PT 00351|pt|O contacto de emergência é o 00351 912 345 678, disponível 24 h.|O contacto de emergência é o <PHONE>, disponível 24 h.",
        "US +1|en|US office: +1 (212) 555-0123, Monday to Friday.|US office: <PHONE>, Monday to Friday.",
        "US 1-800 without plus|en|Our toll-free line is 1-800-555-0199.|Our toll-free line is <PHONE>.",
        // national plans
        "ES 2-7 blocks after Teléfono|es|Teléfono: 91 2345678 · Fax: 91 2345679|Teléfono: <PHONE> · Fax: <PHONE>",
        "ES dashes|es|Tel. 91-234-56-78 (horario de oficina)|Tel. <PHONE> (horario de oficina)",
        "ES (91) area code|es|Tel. (93) 412 34 56|Tel. <PHONE>",
        "PT 808 shared cost|pt|A linha de apoio ao cliente é a 808 24 24 24, disponível todos os dias.|A linha de apoio ao cliente é a <PHONE>, disponível todos os dias.",
        "PT 707|pt|Linha de apoio: 707 200 200 (dias úteis, 9h-18h).|Linha de apoio: <PHONE> (dias úteis, 9h-18h).",
        "IT numero verde|it|Numero verde 800 123456, attivo 24 ore su 24.|Numero verde <PHONE>, attivo 24 ore su 24.",
        "IT landline with slash|it|Tel. 011/1234567 - Cell. 338 1234567|Tel. <PHONE> - Cell. <PHONE>",
        "DE (0 40) with spaces|de|Telefon (0 40) 12 34 56 · Telefax (0 40) 12 34 57|Telefon <PHONE> · Telefax <PHONE>",
        "FR numéro vert|fr|Numéro Vert : 0 800 123 456 (appel gratuit).|Numéro Vert : <PHONE> (appel gratuit).",
        "FR narrow no-break spaces|fr|Appelez le 01\u202f23\u202f45\u202f67\u202f89 avant midi.|Appelez le <PHONE> avant midi.",
        // what surrounds the number
        "group glued after|es|Teléfono de urgencias 900 123 456 24 horas.|Teléfono de urgencias <PHONE> 24 horas.",
        "group glued before|es|Planta 2 612 345 678|Planta 2 <PHONE>",
        "bracket after|es|Llame al 912 345 678 (24 h) si es urgente.|Llame al <PHONE> (24 h) si es urgente.",
        "plural order word heads a phone line|es|Atención al cliente y seguimiento de pedidos: 902 123 456.|Atención al cliente y seguimiento de pedidos: <PHONE>.",
        "booking line|es|Reservas: 912 34 56 78 (de 13 a 16 h).|Reservas: <PHONE> (de 13 a 16 h).",
        "order word with a phone in national blocks|fr|Pour suivre votre commande, appelez le 09 70 80 90 00.|Pour suivre votre commande, appelez le <PHONE>.",
        "customer service is not a customer number|es|Atención al cliente 902 202 202|Atención al cliente <PHONE>",
        "postcode after a phone stays|pt|Tel. 213 456 789 – Rua Augusta 10, 1100-053 Lisboa|Tel. <PHONE> – Rua Augusta 10, 1100-053 Lisboa",
        // e-mail addresses
        "obfuscated [at] [dot]|es|Para darte de baja escribe a bajas [at] asociacion-vecinal [dot] org indicando tu nombre.|Para darte de baja escribe a <EMAIL> indicando tu nombre.",
        "obfuscated (at) (dot)|ca|Podeu escriure a contacte (at) festamajor (dot) cat si voleu col·laborar.|Podeu escriure a <EMAIL> si voleu col·laborar.",
        "obfuscated [arroba] [punto]|gl|Escriba a reservas [arroba] albergue-camino [punto] gal con antelación.|Escriba a <EMAIL> con antelación.",
        "obfuscated (at) with real dots|fr|Envoyez à contact(at)exemple.fr demain.|Envoyez à <EMAIL> demain.",
        "IDN domain|de|Schreiben Sie an kontakt@müller-bäckerei.de oder rufen Sie an.|Schreiben Sie an <EMAIL> oder rufen Sie an.",
        // IBAN
        "IBAN lower case|ca|Els donatius van al compte es60 2848 5151 7363 5959 3024 (Caixa d'Enginyers).|Els donatius van al compte <IBAN> (Caixa d'Enginyers).",
        "IBAN irregular groups|es|Cuenta: ES91 2100 0418 45 0200051332|Cuenta: <IBAN>",
        // identifiers
        "DNI lower-case letter|es|DNI: 40780700k, nacido en Jaén.|DNI: <ID_NUMBER>, nacido en Jaén.",
        "DNI in brackets|ca|Cal adjuntar còpia del DNI (29983758S) i del certificat.|Cal adjuntar còpia del DNI (<ID_NUMBER>) i del certificat.",
        "NIE lower case|es|Su NIE es x1234567l.|Su NIE es <ID_NUMBER>.",
        "PT Cartão de Cidadão spaced|pt|O Cartão de Cidadão n.º 51579173 3 AB3 é válido até 2030.|O Cartão de Cidadão n.º <ID_NUMBER> é válido até 2030.",
        "PT Cartão de Cidadão contiguous|pt|Cartão de Cidadão: 929818849ZZ6|Cartão de Cidadão: <ID_NUMBER>",
        "FR NIR Corsica spaced|fr|Le NIR 1 87 11 2A 478 598 06 a été attribué à la naissance.|Le NIR <ID_NUMBER> a été attribué à la naissance.",
        "FR NIR Corsica contiguous|fr|Le NIR 199072B86025697 figure sur la carte Vitale.|Le NIR <ID_NUMBER> figure sur la carte Vitale.",
        "IT codice fiscale omocodico|it|In caso di omocodia il codice diventa MNDPTL69H54H50MP.|In caso di omocodia il codice diventa <ID_NUMBER>.",
        "BSN in English with its cue|en|My Dutch BSN is 650081717, as shown on my permit.|My Dutch BSN is <ID_NUMBER>, as shown on my permit.",
        // cards and IP addresses
        "card in brackets|en|Payment by card (4276861775043866) was declined at 10:32.|Payment by card (<CARD>) was declined at 10:32.",
        "IPv4 with port and CIDR|en|Forward 10.0.0.1:8080 and block 10.0.0.0/8 on the router.|Forward <IP>:8080 and block <IP>/8 on the router.",
        "IPv6 with zone|en|Our servers fe80::a00:27ff:fe4e:66a1%eth0 are up.|Our servers <IP>%eth0 are up.",
        "IP after an order word|en|To check the status of your order, connect to 192.168.1.10 from the office.|To check the status of your order, connect to <IP> from the office.",
    })
    void newFormatsAreRedacted(String rule, String lang, String text, String expected) {
        assertEquals(expected, redact(text, lang), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "image file name|en|The retina image logo@2x.png is 120 KB and icon@3x.jpg is 200 KB.",
        "Italian VAT number|it|P.IVA 01234567890 – C.F. 01234567890 – REA RM-1234567",
        "SIREN and VAT in a footer|fr|SIREN 732 829 320, code APE 6201Z, TVA intracommunautaire FR 40 303 265 045.",
        "German VAT and tax number|de|USt-IdNr.: DE123456789, Steuernummer 21/815/08150, HRB 12345.",
        "customer number with 00|de|Kundennummer 0012345678 bitte bei jeder Zahlung angeben.",
        "customer reference shaped like a mobile|fr|Réf. client : 0612345678 (à rappeler dans toute correspondance).",
        "client code|es|Código de cliente 612345678",
        "order number shaped like a mobile|es|Pedido: 612345678, enviado el 03/11/2024.",
        "wrong NIF is not a phone|pt|NIF 274602394: o dígito de controlo não confere.",
        "wrong Cartão de Cidadão is not a NIF|pt|O número de documento 51579173 3 AB4 foi recusado.",
        "wrong IBAN in lower case|ca|El número es60 2848 5151 7363 5959 3025 no és vàlid.",
        "EAN-13 that passes Luhn|de|Der Strichcode 4027380675693 steht auf der Packung.",
        "tracking code in blocks|en|Tracking: 1Z 999 AA1 01 2345 6784 (UPS Ground).",
        "year range after a phone word|es|Teléfono histórico de la sede entre 1990-2000, hoy cerrada.",
        "amount with a no-break space|fr|Le budget atteint 1\u202f234\u202f567\u00a0€ cette année.",
        "US number without country code outside English|es|Los números 555-123-4567 no existen en España.",
        "version in Catalan|ca|Actualitzeu el programari a la versió 1.2.3.4 abans de connectar-vos.",
        "version in Basque, noun after|eu|Programaren 1.4.2.7 bertsioa deskargatu behar duzu.",
        "version in Portuguese|pt|Atualize para a versão 2.0.1.3 antes de ligar o equipamento.",
        "section number|en|Section 1.2.3.4 of the standard defines the header format.",
        "two versions joined|en|Upgrade from 1.0.2.3 to 1.0.2.4 is required for the patch.",
        "subnet mask|fr|L'imprimante a le masque 255.255.255.0 sur le réseau local.",
        "MAC address|en|The MAC address 00:1A:2B:3C:4D:5E belongs to the printer.",
        "short service number|eu|Larrialdietan deitu 112 telefonora.",
    })
    void hardNegativesAreKept(String rule, String lang, String text) {
        assertEquals(text, redact(text, lang), rule);
    }

    @Test
    void subnetMasksAreRecognised() {
        assertTrue(PiiRedactor.netmask("255.255.255.0"));
        assertTrue(PiiRedactor.netmask("255.255.240.0"));
        assertFalse(PiiRedactor.netmask("255.255.0.255"));
        assertFalse(PiiRedactor.netmask("192.168.1.255"));
    }

    @Test
    void internationalNumbersHaveTheirPlansLength() {
        assertTrue(NationalFormats.international("34912345678"));
        assertFalse(NationalFormats.international("3491234567"));
        assertTrue(NationalFormats.international("330612345678"), "the trunk 0 after +33 is not counted");
        assertTrue(NationalFormats.international("390612345678"), "the 0 after +39 is part of the number");
        assertFalse(NationalFormats.international("12345678"), "+1 needs ten national digits");
        assertTrue(NationalFormats.international("5215512345678"), "codes not listed: 8-15 digits");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pii_stress.tsv", "pii_stress2.tsv", "pii_stress3.tsv"})
    void stressSetsHaveNoErrors(String file) throws IOException, URISyntaxException {
        Path path = Path.of(getClass().getResource(file).toURI());
        PiiEvaluation.Report r = PiiEvaluation.run(path);
        for (PiiType t : PiiType.values()) {
            assertTrue(r.total(t).truePositives > 0, file + " has no " + t);
        }
        assertEquals(0, r.errors().size(), file + ": " + String.join("\n", r.errors()));
    }
}
