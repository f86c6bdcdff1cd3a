package org.tamiz.pipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link ExtractionLanguageTable}'s per-language prose stop-word densities against real sentences of
 * all 35 languages (shared/data/langid/train.tsv): in 300-character chunks the measured mean must match the
 * table within 0.03, and at least 75 % of chunks must reach the "near good" threshold of
 * {@link MainContentExtractor#stopWordThresholds}. Skips when the shared data is absent. Run with
 * {@code -Dcalibration.print=true} to print the measured values that the table holds.
 */
class StopWordDensityCalibrationTest {

    @Test
    void tableMatchesRealProseInEveryLanguage() throws IOException {
        Path dir = SharedData.dir();
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("langid/train.tsv")), "shared data not present");
        Map<String, StringBuilder> byLang = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("langid/train.tsv"))) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                byLang.computeIfAbsent(line.substring(0, tab), k -> new StringBuilder()).append(line, tab + 1, line.length()).append(' ');
            }
        }
        assertEquals(35, byLang.size());
        boolean print = Boolean.getBoolean("calibration.print");
        for (Map.Entry<String, StringBuilder> e : byLang.entrySet()) {
            int lang = ExtractionLanguageTable.languageIndex(e.getKey());
            assertTrue(lang >= 0, e.getKey());
            double low = MainContentExtractor.stopWordThresholds(lang)[0];
            String text = e.getValue().toString();
            int chunks = 0;
            int passing = 0;
            double sum = 0;
            for (int s = 0; s + 300 < text.length() && chunks < 200; s += 300) {
                double d = density(text.substring(s, s + 300), lang);
                sum += d;
                chunks++;
                if (d >= low) {
                    passing++;
                }
            }
            double mean = sum / chunks;
            if (print) {
                System.out.printf(Locale.ROOT, "%s %.3f %.2f%n", e.getKey(), mean, (double) passing / chunks);
            }
            assertEquals(ExtractionLanguageTable.proseStopWordDensity(lang), mean, 0.03, e.getKey());
            assertTrue(passing >= 0.75 * chunks, e.getKey() + ": only " + passing + "/" + chunks + " prose chunks pass");
        }
    }

    private static double density(String chunk, int lang) {
        int words = 0;
        int stops = 0;
        for (String w : chunk.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if ((ExtractionLanguageTable.stopWordMask(w.replace('’', '\'')) & (1L << lang)) != 0) {
                stops++;
            }
        }
        return words == 0 ? 0 : (double) stops / words;
    }
}
