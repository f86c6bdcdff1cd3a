package org.tamiz.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The "no licence is claimed where there is none" side, on real text without licence statements: the langid
 * development sentences in the 35 languages and dolma's CCNet-style web documents.
 */
class NoLicenceCorpusTest {
    private static final LicenseDetector DETECTOR = LicenseDetector.fromConfig(LicenseConfig.defaults());

    @Test
    void sentencesInThe35LanguagesClaimNoLicence() throws IOException {
        Path dev = SharedData.require(System.getProperty("tamiz.sentences", "langid/dev.tsv"));
        List<String> claimed = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            n++;
            LicenseResult r = DETECTOR.detect(DocumentEvidence.ofText(null, line.substring(tab + 1), "dev.tsv"));
            if (r.isKnown() || r.category().equals(LicenseCategory.CONFLICTING)) {
                claimed.add(r.spdx() + " <- " + line);
            }
        }
        assertEquals(List.of(), claimed, "of " + n + " sentences");
    }

    @Test
    void webDocumentsWithoutLicenceClaimNone() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> claimed = new ArrayList<>();
        int n = 0;
        for (String name : List.of("dolma_cc_en_head-0091.jsonl.gz", "dolma_cc_en_head-0174.jsonl.gz",
                "dolma_provided_documents_000.json.gz")) {
            Path f = SharedData.require("jsonl/" + name);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode doc = json.readTree(line);
                    n++;
                    LicenseResult res = DETECTOR.detect(DocumentEvidence.ofText(null, doc.path("text").asText(), name));
                    if (!res.spdx().equals("unknown")) {
                        claimed.add(res.spdx() + " <- " + res.evidence());
                    }
                }
            }
        }
        assertEquals(30, n);
        assertEquals(List.of(), claimed);
    }
}
