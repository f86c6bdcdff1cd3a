package org.tamiz.licenses;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real pages from creativecommons.org and three other sites (dolma's sample WARC), read with jwarc. */
class CreativeCommonsWarcTest {

    static Map<String, DocumentEvidence> pages() throws IOException {
        return pages(SharedData.require("warc/dolma_sample-0001_creativecommons-org.warc.gz"));
    }

    static Map<String, DocumentEvidence> pages(Path warc) throws IOException {
        Map<String, DocumentEvidence> out = new LinkedHashMap<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord r : reader) {
                if (!(r instanceof WarcResponse resp)) {
                    continue;
                }
                MediaType type = resp.http().contentType();
                if (!type.base().toString().equals("text/html")) {
                    continue;
                }
                Map<String, String> headers = new HashMap<>();
                resp.http().headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(", ", v)));
                String html = new String(resp.http().body().stream().readAllBytes(), StandardCharsets.UTF_8);
                String url = resp.target();
                out.putIfAbsent(url, HtmlEvidence.of(url, html, headers));
            }
        }
        return out;
    }

    @Test
    void everyPageGetsItsTrueLicence() throws IOException {
        LicenseDetector detector = LicenseDetector.fromConfig(LicenseConfig.defaults());
        Map<String, String> got = new LinkedHashMap<>();
        for (Map.Entry<String, DocumentEvidence> e : pages().entrySet()) {
            LicenseResult r = detector.detect(e.getValue());
            got.put(e.getKey(), r.spdx());
        }
        // creativecommons.org: "Except where otherwise noted, content on this site is licensed under a Creative
        // Commons Attribution 4.0 International license" (footer); the CC BY 2.0 / BY-NC-SA / PDM links in the
        // main text are credits for photos and must not decide.
        for (Map.Entry<String, String> e : got.entrySet()) {
            String expected = e.getKey().startsWith("https://creativecommons.org/") ? "CC-BY-4.0" : "unknown";
            assertEquals(expected, e.getValue(), e.getKey());
        }
        assertEquals(List.of("https://creativecommons.org/", "https://creativecommons.org/mission/"),
                got.keySet().stream().limit(2).toList());
    }

    @Test
    void wikipediaPageInAragoneseIsCcBySa40() throws IOException {
        // <link rel="license" href=".../by-sa/4.0/deed.an"> in the head, and the footer "O texto ye disponible baixo
        // a Licencia Creative Commons Atribución/Compartir-Igual" (boilerplate, not in the main text).
        Map<String, DocumentEvidence> pages = pages(SharedData.require("warc/whirlwind_an-wikipedia.warc.gz"));
        assertEquals(1, pages.size());
        LicenseResult r = LicenseDetector.fromConfig(LicenseConfig.defaults()).detect(pages.values().iterator().next());
        assertEquals("CC-BY-SA-4.0", r.spdx());
        assertEquals("rel_license", r.evidence().get(0).method());
        assertEquals("head", r.evidence().get(0).position());
    }
}
