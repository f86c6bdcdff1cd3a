package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random bytes, absurd nesting and huge pages must give a result, never an exception or a hang. */
class HtmlDocumentParserRobustnessTest {

    private final HtmlDocumentParser parser = HtmlDocumentParser.withDefaults();

    @Test
    void randomBytesNeverThrow() {
        Random r = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(4000)];
            r.nextBytes(b);
            ParsedHtml p = parser.parse(b, i % 2 == 0 ? null : "text/html; charset=utf-8", "http://x.example/" + i);
            assertNotNull(p.text());
            assertNotNull(p.charset());
        }
    }

    @Test
    void deeplyNestedPageIsParsed() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 5000; i++) {
            sb.append("<div>");
        }
        sb.append("<p>The bottom of a very deep page still has a sentence, and it should come out as the text.</p>");
        for (int i = 0; i < 5000; i++) {
            sb.append("</div>");
        }
        ParsedHtml p = parser.parse(sb.toString().getBytes(StandardCharsets.UTF_8), null, null);
        assertTrue(p.text().contains("The bottom of a very deep page still has a sentence"), p.text());
    }

    @Test
    void parsingIsDeterministic() {
        byte[] page = HtmlDocumentParserTest.NEWS_POST.getBytes(StandardCharsets.UTF_8);
        ParsedHtml a = parser.parse(page, null, "https://gazette.example/a");
        ParsedHtml b = parser.parse(page, null, "https://gazette.example/a");
        assertEquals(a, b);
    }

    @Test
    void largePageWithThousandsOfParagraphs() {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
        for (int i = 0; i < 5000; i++) {
            sb.append("<p>Paragraph ").append(i).append(" tells, in a full sentence with commas, what happened next.</p>");
        }
        sb.append("</article></body></html>");
        long t0 = System.nanoTime();
        ParsedHtml p = parser.parse(sb.toString().getBytes(StandardCharsets.UTF_8), null, null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(p.text().contains("Paragraph 4999 tells"), "last paragraph missing");
        assertTrue(ms < 5000, "took " + ms + " ms");
    }
}
