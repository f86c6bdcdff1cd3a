package org.tamiz.filters.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    final TextNormalizer n = TextNormalizer.defaults();

    @Test
    void repairsUtf8ReadAsWindows1252() {
        TextNormalizer.Result r = n.normalize("CafÃ© con leche, donâ€™t worry â€” it costs 5 â‚¬.");
        assertEquals("Café con leche, don’t worry — it costs 5 €.", r.text());
        assertEquals(4, r.counts().get(TextNormalizer.MOJIBAKE));
    }

    @Test
    void leavesGenuineLatin1TextAlone() {
        String german = "Er kam zu Fuß“ und sagte: „Grüße aus Köln.“ Ça va, naïve café.";
        TextNormalizer.Result r = n.normalize(german);
        assertEquals(german, r.text());
        assertEquals(0, r.counts().get(TextNormalizer.MOJIBAKE));
    }

    @Test
    void composesToNfc() {
        TextNormalizer.Result r = n.normalize("Cafe\u0301 in Sevilla");
        assertEquals("Café in Sevilla", r.text());
        assertEquals(1, r.counts().get(TextNormalizer.NFC));
    }

    @Test
    void removesControlCharactersAndCountsThem() {
        TextNormalizer.Result r = n.normalize("\uFEFFHello\u0000 wor\u0007ld\u009C.");
        assertEquals("Hello world.", r.text());
        assertEquals(4, r.counts().get(TextNormalizer.CONTROL_CHARS));
    }

    @Test
    void normalisesWhitespace() {
        String in = "Line one.  \r\nLine\u00a0two.\r\n\n\n\nLine three.\u2028End.   \n";
        TextNormalizer.Result r = n.normalize(in);
        assertEquals("Line one.  \nLine two.\n\n\n\nLine three.\nEnd.   \n", r.text());
        assertEquals(Map.of("nfc", 0, "mojibake", 0, "control_chars", 0, "whitespace", 4), r.counts());
        TextNormalizer all = new TextNormalizer(TextNormalizer.Options.ALL);
        TextNormalizer.Result t = all.normalize(in);
        assertEquals("Line one.\nLine two.\n\nLine three.\nEnd.", t.text());
        assertEquals(9, t.counts().get(TextNormalizer.WHITESPACE));
    }

    @Test
    void cleanTextIsReturnedUnchanged() {
        String clean = "A clean line.\nAnother one.";
        TextNormalizer.Result r = n.normalize(clean);
        assertEquals(clean, r.text());
        assertEquals(0, r.counts().values().stream().mapToInt(Integer::intValue).sum());
    }
}
