package org.tamiz.filters.pii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each algorithm with a number built by it and the same number with one digit changed. */
class ChecksumsTest {
    @Test
    void iban() {
        assertTrue(Checksums.iban("ES9121000418450200051332"));
        assertFalse(Checksums.iban("ES9121000418450200051333"));
        assertTrue(Checksums.iban("DE89370400440532013000"));
        assertTrue(Checksums.iban("GB29NWBK60161331926819"));
        assertFalse(Checksums.iban("GB29NWBK60161331926818"));
    }

    @Test
    void luhnAndCardPrefixes() {
        assertTrue(Checksums.luhn("4111111111111111"));
        assertFalse(Checksums.luhn("4111111111111112"));
        assertTrue(Checksums.luhn("378282246310005"));
        assertTrue(Checksums.cardPrefix("378282246310005"));
        assertTrue(Checksums.cardPrefix("5454545454545454"));
        assertFalse(Checksums.cardPrefix("9780306406157"));
        // 13-digit Visa numbers are no longer issued; an EAN-13 barcode from Germany passes Luhn one time in ten
        assertTrue(Checksums.luhn("4222222222222"));
        assertFalse(Checksums.cardPrefix("4222222222222"));
        assertTrue(Checksums.luhn("4027380675693"));
        assertFalse(Checksums.cardPrefix("4027380675693"));
    }

    @Test
    void portugueseCitizenCard() {
        // AMA's published example and two numbers built with the algorithm, each then with one character changed
        assertTrue(Checksums.portugueseCitizenCard("000000000ZZ4"));
        assertFalse(Checksums.portugueseCitizenCard("000000000ZZ5"));
        assertTrue(Checksums.portugueseCitizenCard("515791733AB3"));
        assertFalse(Checksums.portugueseCitizenCard("515791733AB4"));
        assertTrue(Checksums.portugueseCitizenCard("083299378ZY2"));
        assertFalse(Checksums.portugueseCitizenCard("083299378ZX2"));
    }

    @Test
    void spanishDniAndNie() {
        assertTrue(Checksums.spanishId("12345678Z"));
        assertFalse(Checksums.spanishId("12345678A"));
        assertTrue(Checksums.spanishId("X1234567L"));
        assertFalse(Checksums.spanishId("X1234567M"));
        assertTrue(Checksums.spanishId("Y7654321G"));
    }

    @Test
    void portugueseNif() {
        assertTrue(Checksums.portugueseNif("123456789"));
        assertFalse(Checksums.portugueseNif("123456788"));
        assertTrue(Checksums.portugueseNif("500123454"));
    }

    @Test
    void dutchBsn() {
        assertTrue(Checksums.dutchBsn("111222333"));
        assertFalse(Checksums.dutchBsn("111222334"));
        assertTrue(Checksums.dutchBsn("234567892"));
    }

    @Test
    void germanTaxId() {
        assertTrue(Checksums.germanTaxId("12345678294"));
        assertFalse(Checksums.germanTaxId("12345678295"));
        assertTrue(Checksums.germanTaxId("81234567591"));
        // every digit different: not a valid Steuer-ID whatever the check digit
        assertFalse(Checksums.germanTaxId("47295831061"));
    }

    @Test
    void frenchNir() {
        assertTrue(Checksums.frenchNir("184037645108996"));
        assertFalse(Checksums.frenchNir("184037645108997"));
        assertTrue(Checksums.frenchNir("292017512000560"));
    }

    @Test
    void italianFiscalCode() {
        assertTrue(Checksums.italianFiscalCode("RSSMRA85T10A562S"));
        assertFalse(Checksums.italianFiscalCode("RSSMRA85T10A562T"));
        assertTrue(Checksums.italianFiscalCode("BNCGLI90A41H501E"));
    }

    @Test
    void isbn() {
        assertTrue(Checksums.isbn("9780306406157"));
        assertTrue(Checksums.isbn("316148410X"));
        assertFalse(Checksums.isbn("3161484100"));
        assertTrue(Checksums.isbn("0306406152"));
        assertFalse(Checksums.isbn("9780306406158"));
    }
}
