package org.tamiz.licenses;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty, huge, random and malformed inputs: never an exception, never a licence out of nothing. */
class RobustnessTest {
    private static final LicenseDetector LICENCES = LicenseDetector.fromConfig(LicenseConfig.defaults());

    @Test
    void emptyAndNullFields() {
        DocumentEvidence empty = new DocumentEvidence(null, null, null, null, null, null, null, null);
        assertEquals("unknown", LICENCES.detect(empty).spdx());
        assertFalse(OptOutDetector.fromConfig(null, null).detect(empty).tdmReserved());
        assertEquals("unknown", LICENCES.detect(DocumentEvidence.ofText("not a url", "", "")).spdx());
    }

    @Test
    void randomUnicodeTextClaimsNothing() {
        Random random = new Random(42);
        for (int doc = 0; doc < 200; doc++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(3000);
            for (int i = 0; i < len; i++) {
                int cp = random.nextInt(4) == 0 ? ' ' : random.nextInt(0x3000);
                if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
                    b.appendCodePoint(cp);
                }
            }
            LicenseResult r = LICENCES.detect(DocumentEvidence.ofText("https://r.example/" + doc, b.toString(), "r"));
            assertEquals("unknown", r.spdx(), "doc " + doc);
        }
    }

    @Test
    void hugeTextIsScannedAtBothEndsOnly() {
        String filler = "Lorem ipsum dolor sit amet, licensed to nobody. ".repeat(20_000);   // ~1 MB
        long t0 = System.nanoTime();
        LicenseResult r = LICENCES.detect(DocumentEvidence.ofText(null, filler + "This text is licensed under CC BY 4.0.",
                "big"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("CC-BY-4.0", r.spdx());
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void malformedJsonLdTdmRepAndRobotsAreIgnored() {
        DocumentEvidence d = new DocumentEvidence("https://m.example/a", "x", "s",
                Map.of("x-robots-tag", ",,,:", "content-usage", "=;=,", "tdm-reservation", ""),
                List.of(new DocumentEvidence.MetaTag("tdm-reservation", "maybe")), null,
                List.of("{not json", "[1,2,", "{\"license\": {\"nested\": [null]}}"), null);
        assertEquals("unknown", LICENCES.detect(d).spdx());
        SiteFiles files = SiteFiles.builder().robotsTxt("m.example", "\u0000\uFFFF garbage\nDisallow\n:::")
                .tdmRepJson("m.example", "{\"location\": \"/\"").build();
        OptOutResult r = OptOutDetector.fromConfig(OptOutConfig.defaults(), files).detect(d);
        assertFalse(r.tdmReserved());
    }

    @Test
    void crawledUrlsThatAreNotValidUris() {
        SiteFiles files = SiteFiles.builder().robotsTxt("w.example", "User-agent: GPTBot\nDisallow: /private\n").build();
        OptOutDetector d = OptOutDetector.fromConfig(OptOutConfig.defaults(), files);
        for (String url : List.of("https://w.example/private page with spaces", "https://W.EXAMPLE:443/private/ü?q=%zz",
                "https://w.example", "https://w.example/%E2%82%AC|[x]")) {
            OptOutResult r = d.detect(DocumentEvidence.ofText(url, "x", "s"));
            assertEquals(url.toLowerCase(java.util.Locale.ROOT).contains("/private"), r.tdmReserved(), url);
        }
    }
}
