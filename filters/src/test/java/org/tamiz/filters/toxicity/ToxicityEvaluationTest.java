package org.tamiz.filters.toxicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToxicityEvaluationTest {
    @Test
    void devSetMeetsTheIssueFloors() throws IOException, URISyntaxException {
        Path dev = Path.of(getClass().getResource("toxicity_dev.tsv").toURI());
        Map<String, ToxicityEvaluation.Counts> r = ToxicityEvaluation.evaluate(dev, ToxicityScorer.withDefaults(), null);
        ToxicityEvaluation.Counts all = r.get("all");
        assertEquals(82, all.total());
        assertTrue(all.recall() >= 0.70, "recall " + all.recall());
        assertTrue(all.falsePositiveRate() <= 0.05, "flagged harmless " + all.falsePositiveRate());
        for (String lang : new String[] {"en", "de", "es", "fr", "it", "nl", "pl", "pt"}) {
            assertTrue(r.get(lang).recall() >= 0.70, lang);
            assertEquals(0, r.get(lang).fp, lang);
        }
    }

    @Test
    void countsGiveMatthewsCorrelation() {
        ToxicityEvaluation.Counts c = new ToxicityEvaluation.Counts();
        c.tp = 30;
        c.fn = 70;
        c.fp = 5;
        c.tn = 195;
        assertEquals(0.857, c.precision(), 1e-3);
        assertEquals(0.30, c.recall(), 1e-9);
        assertEquals(0.4038, c.mcc(), 1e-3);
    }

    /** Clean sentences in all 35 languages from the shared development data; skipped when it is absent. */
    @Test
    void cleanSentencesAreRarelyFlagged() throws IOException {
        Optional<Path> data = SharedData.find();
        assumeTrue(data.isPresent() && Files.isRegularFile(data.get().resolve("langid/dev.tsv")));
        Path tsv = Files.createTempFile("clean", ".tsv");
        try {
            StringBuilder b = new StringBuilder();
            for (String line : Files.readAllLines(data.get().resolve("langid/dev.tsv"))) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    b.append(line, 0, tab).append("\t0\t").append(line.substring(tab + 1)).append('\n');
                }
            }
            Files.writeString(tsv, b);
            Map<String, ToxicityEvaluation.Counts> r = ToxicityEvaluation.evaluate(tsv, ToxicityScorer.withDefaults(), null);
            assertTrue(r.size() >= 36, "languages: " + r.keySet());
            for (Map.Entry<String, ToxicityEvaluation.Counts> e : r.entrySet()) {
                assertTrue(e.getValue().falsePositiveRate() <= 0.005, e.getKey() + " " + e.getValue().falsePositiveRate());
            }
        } finally {
            Files.delete(tsv);
        }
    }
}
