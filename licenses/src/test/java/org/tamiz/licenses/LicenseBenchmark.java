package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput of licence + opt-out detection on the real pages of the dolma creativecommons.org WARC (one core).
 * Run: see README.md ("Benchmark").
 */
public final class LicenseBenchmark {
    private LicenseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, DocumentEvidence> pages = CreativeCommonsWarcTest.pages();
        List<DocumentEvidence> docs = new ArrayList<>(pages.values());
        long bytes = docs.stream().mapToLong(d -> d.text() == null ? 0 : d.text().length()).sum();
        LicenseDetector licences = LicenseDetector.fromConfig(LicenseConfig.defaults());
        SiteFiles files = SiteFiles.builder().robotsTxt("creativecommons.org",
                "User-agent: GPTBot\nDisallow: /\nUser-agent: *\nContent-Signal: search=yes, ai-train=no\nAllow: /\n").build();
        OptOutDetector optOut = OptOutDetector.fromConfig(OptOutConfig.defaults(), files);
        for (int warm = 0; warm < 200; warm++) {
            for (DocumentEvidence d : docs) {
                licences.detect(d);
                optOut.detect(d);
            }
        }
        int rounds = Integer.parseInt(args.length > 0 ? args[0] : "1000");
        long t0 = System.nanoTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (DocumentEvidence d : docs) {
                sink += licences.detect(d).evidence().size();
            }
        }
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (DocumentEvidence d : docs) {
                sink += optOut.detect(d).signals().size();
            }
        }
        long t2 = System.nanoTime();
        double n = (double) rounds * docs.size();
        System.out.printf("pages=%d avg_text_chars=%d%n", docs.size(), bytes / docs.size());
        System.out.printf("licence: %.0f docs/s (%.1f MB text/s)%n", n / ((t1 - t0) / 1e9),
                rounds * (double) bytes / ((t1 - t0) / 1e9) / 1e6);
        System.out.printf("opt-out: %.0f docs/s%n", n / ((t2 - t1) / 1e9));
        System.out.println("(sink " + sink + ")");
    }
}
