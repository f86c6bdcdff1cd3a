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
        assertCleanFlagRate("langid/dev.tsv", 0.005);
    }

    /**
     * The 44 k real sentences of langid/train.tsv (treebanks with web, forum and fiction text, news, Tatoeba): at
     * most 0.3 % flagged in each language, a margin under the issue's 0.5 % floor for unseen text. Skipped when
     * the data is absent.
     */
    @Test
    void cleanWebSentencesAreRarelyFlaggedInEveryLanguage() throws IOException {
        assertCleanFlagRate("langid/train.tsv", 0.003);
    }

    private static void assertCleanFlagRate(String name, double maxRate) throws IOException {
        Optional<Path> data = SharedData.find();
        assumeTrue(data.isPresent() && Files.isRegularFile(data.get().resolve(name)));
        Path tsv = Files.createTempFile("clean", ".tsv");
        try {
            StringBuilder b = new StringBuilder();
            for (String line : Files.readAllLines(data.get().resolve(name))) {
                // lang<TAB>sentence[<TAB>source]
                String[] c = line.split("\t");
                if (c.length >= 2 && !c[0].isEmpty()) {
                    b.append(c[0]).append("\t0\t").append(c[1]).append('\n');
                }
            }
            Files.writeString(tsv, b);
            Map<String, ToxicityEvaluation.Counts> r = ToxicityEvaluation.evaluate(tsv, ToxicityScorer.withDefaults(), null);
            assertTrue(r.size() >= 36, "languages: " + r.keySet());
            for (Map.Entry<String, ToxicityEvaluation.Counts> e : r.entrySet()) {
                assertTrue(e.getValue().falsePositiveRate() <= maxRate,
                    name + " " + e.getKey() + " " + e.getValue().falsePositiveRate());
            }
        } finally {
            Files.delete(tsv);
        }
    }
}
