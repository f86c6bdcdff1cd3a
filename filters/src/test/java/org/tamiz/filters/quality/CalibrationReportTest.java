package org.tamiz.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationReportTest {
    @TempDir
    Path dir;

    @Test
    void writesQuantilesRuleSharesAndHtml() throws Exception {
        String good = QualityAnnotatorTest.GOOD.replace("\n", "\\n");
        String menu = "Home\\nAbout us\\nContact\\nHome\\nAbout us\\nContact";
        Path in = dir.resolve("corpus.tsv");
        Files.writeString(in, "en\t" + good + "\nen\t" + menu + "\n"
                + "{\"lang\":\"en\",\"text\":\"Short page.\"}\n");
        Path out = dir.resolve("report");
        CalibrationReport.write(in, out);
        List<String> rules = Files.readAllLines(out.resolve("rules.csv"));
        assertEquals("lang,docs,kept_share,rule,removed_share", rules.get(0));
        assertTrue(rules.contains("en,3,0.3333,gopher_short_doc,0.6667"), rules::toString);
        List<String> signals = Files.readAllLines(out.resolve("signals_en.csv"));
        assertTrue(signals.get(0).startsWith("signal,q0.00,q0.01"));
        assertTrue(signals.stream().anyMatch(l -> l.startsWith("gopher_word_count,")));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<svg") && html.contains("gopher_short_doc") && !html.contains("<script"));
    }
}
