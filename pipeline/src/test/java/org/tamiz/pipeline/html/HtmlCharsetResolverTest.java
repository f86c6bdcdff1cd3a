package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetResolverTest {

    private final HtmlCharsetResolver resolver = new HtmlCharsetResolver();

    private static final String RUSSIAN = "<html><head><title>Новости</title></head><body><p>Москва — столица России, "
            + "крупнейший по численности населения город страны и её политический, экономический и культурный центр.</p>"
            + "</body></html>";
    private static final String CZECH = "<html lang=\"cs\"><head><title>Zprávy</title></head><body><p>Praha je hlavní "
            + "a současně největší město České republiky a 14. největší město Evropské unie. Řeka Vltava protéká "
            + "středem města a dělí ho na dvě části.</p></body></html>";
    private static final String FRENCH = "<html><head><title>Actualité</title></head><body><p>Le château de "
            + "Versailles, créé par Louis XIV, est l'un des plus célèbres monuments français ; il a été inscrit "
            + "au patrimoine mondial de l'humanité en 1979.</p></body></html>";

    @Test
    void httpHeaderCharsetIsUsedWhenTheBytesAgree() {
        byte[] body = RUSSIAN.getBytes(Charset.forName("windows-1251"));
        DecodedHtml d = resolver.decode(body, "text/html; charset=windows-1251");
        assertEquals("windows-1251", d.charset());
        assertEquals(DecodedHtml.SOURCE_HTTP, d.source());
        assertFalse(d.declaredWrong());
        assertTrue(d.html().contains("Москва — столица России"));
    }

    @Test
    void undeclaredCyrillicLegacyPageIsDetected() {
        byte[] body = RUSSIAN.getBytes(Charset.forName("windows-1251"));
        DecodedHtml d = resolver.decode(body, "text/html");
        assertEquals("windows-1251", d.charset());
        assertEquals(DecodedHtml.SOURCE_DETECTED, d.source());
        assertTrue(d.html().contains("крупнейший по численности"));
    }

    @Test
    void koi8rIsToldApartFromWindows1251() {
        byte[] body = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
        DecodedHtml d = resolver.decode(body, null);
        assertEquals("KOI8-R", d.charset());
        assertTrue(d.html().contains("политический, экономический"));
    }

    @Test
    void czechPageWithLangAttributeIsReadAsCentralEuropean() {
        byte[] body = CZECH.getBytes(Charset.forName("windows-1250"));
        DecodedHtml d = resolver.decode(body, null);
        assertEquals("windows-1250", d.charset());
        assertTrue(d.html().contains("Řeka Vltava protéká středem města"));
    }

    @Test
    void metaCharsetIsUsedWithoutHttpHeader() {
        String html = FRENCH.replace("<head>", "<head><meta charset=\"iso-8859-1\">");
        DecodedHtml d = resolver.decode(html.getBytes(Charset.forName("ISO-8859-1")), null);
        assertEquals("windows-1252", d.charset()); // WHATWG: the label iso-8859-1 means windows-1252
        assertEquals(DecodedHtml.SOURCE_META, d.source());
        assertTrue(d.html().contains("Le château de Versailles, créé par Louis XIV"));
    }

    @Test
    void utf8PageDeclaredLatin1IsFlaggedAndReadAsUtf8() {
        String html = FRENCH.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">");
        DecodedHtml d = resolver.decode(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.declaredWrong());
        assertEquals("windows-1252", d.declared());
        assertTrue(d.html().contains("célèbres monuments français"));
    }

    @Test
    void latin1PageDeclaredUtf8IsFlaggedAndReadAsWindows1252() {
        byte[] body = FRENCH.getBytes(Charset.forName("windows-1252"));
        DecodedHtml d = resolver.decode(body, "text/html; charset=utf-8");
        assertEquals("windows-1252", d.charset());
        assertTrue(d.declaredWrong());
        assertTrue(d.html().contains("patrimoine mondial de l'humanité"));
    }

    @Test
    void cyrillicPageDeclaredWindows1252IsFlagged() {
        byte[] body = RUSSIAN.getBytes(Charset.forName("windows-1251"));
        DecodedHtml d = resolver.decode(body, "text/html; charset=ISO-8859-1");
        assertEquals("windows-1251", d.charset());
        assertTrue(d.declaredWrong());
    }

    @Test
    void byteOrderMarkWinsOverAWrongHeader() {
        byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, body, 3, utf8.length);
        DecodedHtml d = resolver.decode(body, "text/html; charset=windows-1251");
        assertEquals("UTF-8", d.charset());
        assertEquals(DecodedHtml.SOURCE_BOM, d.source());
        assertTrue(d.html().startsWith("<html>"));
    }

    @Test
    void asciiWithoutDeclarationIsUtf8AndNotFlagged() {
        DecodedHtml d = resolver.decode("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null);
        assertEquals("UTF-8", d.charset());
        assertFalse(d.declaredWrong());
    }

    @Test
    void unknownCharsetLabelCountsAsAbsent() {
        DecodedHtml d = resolver.decode(FRENCH.getBytes(StandardCharsets.UTF_8), "text/html; charset=x-no-such-thing");
        assertEquals("UTF-8", d.charset());
        assertFalse(d.declaredWrong());
    }
}
