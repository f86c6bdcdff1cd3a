package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateExtractionTest {

    private static final Path RESOURCES = Path.of("src/test/resources/org/tamiz/pipeline/html");

    @Test
    void handWrittenPagesInTheCommonTemplatesScoreAboveTheFloor() throws IOException {
        EvaluateExtraction.Score s = EvaluateExtraction.evaluate(RESOURCES.resolve("pages-evaldata.json"),
                RESOURCES.resolve("pages"), null);
        assertEquals(31, s.pages());
        assertEquals(0, s.missingPages());
        assertTrue(s.f1() >= 0.90, s.toString());
    }

    @Test
    void scoresFollowTheTrafilaturaDefinitions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.html"), "<html><body><nav><a href='/'>Home page link</a> <a href='/x'>Other link</a></nav>"
                + "<article><p>The river flooded the lower town twice in the spring, and the council finally agreed to "
                + "raise the embankment by half a metre along the whole length of the quay.</p></article>"
                + "<footer>Contact the editors</footer></body></html>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("eval.json"), """
                {"http://a.example/": {"file": "a.html",
                  "with": ["The river flooded the lower town", "raise   the embankment", "a sentence that is not there"],
                  "without": ["Contact the editors", "Home page link"]},
                 "http://missing.example/": {"file": "missing.html", "with": ["x"], "without": []}}
                """, StandardCharsets.UTF_8);
        EvaluateExtraction.Score s = EvaluateExtraction.evaluate(dir.resolve("eval.json"), dir, null);
        assertEquals(1, s.pages());
        assertEquals(1, s.missingPages());
        assertEquals(3, s.mustContain());
        assertEquals(2, s.mustContainFound());
        assertEquals(0, s.mustNotContainFound());
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(0.8, s.f1(), 1e-9);
    }

    @Test
    void gzippedPagesAreRead(@TempDir Path dir) throws IOException {
        byte[] html = ("<html><body><article><p>Gzipped pages from the evaluation cache are read like plain ones, "
                + "and their text is scored the same way as every other page.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("b.html.gz")))) {
            out.write(html);
        }
        Files.writeString(dir.resolve("eval.json"),
                "{\"k\": {\"file\": \"b.html\", \"with\": [\"Gzipped pages from the evaluation cache\"], \"without\": []}}",
                StandardCharsets.UTF_8);
        EvaluateExtraction.Score s = EvaluateExtraction.evaluate(dir.resolve("eval.json"), dir, null);
        assertEquals(1, s.pages());
        assertEquals(1, s.mustContainFound());
    }

    @Test
    void readsTrafilaturaStyleEntries() throws IOException {
        List<EvaluateExtraction.Entry> entries = EvaluateExtraction.read(RESOURCES.resolve("pages-evaldata.json"));
        assertEquals(31, entries.size());
        EvaluateExtraction.Entry first = entries.get(0);
        assertEquals("blog-with-comments.html", first.file());
        assertEquals(3, first.with().size());
        assertEquals("My kitchen rarely gets above sixteen degrees between November and March", first.with().get(0));
    }

    @Test
    void collapseNormalisesWhiteSpace() {
        assertEquals("a b c", EvaluateExtraction.collapse("  a \n\t b\u00a0\u00a0c "));
    }
}
