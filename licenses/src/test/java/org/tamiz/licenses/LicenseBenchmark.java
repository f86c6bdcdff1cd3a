package org.tamiz.licenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput of licence + opt-out detection on the real pages of the dolma creativecommons.org WARC, one thread,
 * per second of that thread's CPU time (the machine is shared, so wall-clock rates would measure the neighbours).
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
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (DocumentEvidence d : docs) {
                sink += licences.detect(d).evidence().size();
            }
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (DocumentEvidence d : docs) {
                sink += optOut.detect(d).signals().size();
            }
        }
        long t2 = cpu.getCurrentThreadCpuTime();
        List<DocumentEvidence> plain = docs.stream().filter(d -> !d.url().contains("creativecommons.org")).toList();
        long t3 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (DocumentEvidence d : plain) {
                sink += licences.detect(d).evidence().size();
            }
        }
        long t4 = cpu.getCurrentThreadCpuTime();
        double n = (double) rounds * docs.size();
        System.out.printf("pages=%d avg_text_chars=%d%n", docs.size(), bytes / docs.size());
        System.out.printf("licence: %.0f docs per CPU-second (%.1f MB text)%n", n / ((t1 - t0) / 1e9),
                rounds * (double) bytes / ((t1 - t0) / 1e9) / 1e6);
        System.out.printf("opt-out: %.0f docs per CPU-second%n", n / ((t2 - t1) / 1e9));
        System.out.printf("licence, the %d pages without CC markup: %.0f docs per CPU-second%n", plain.size(),
                (double) rounds * plain.size() / ((t4 - t3) / 1e9));
        System.out.println("(sink " + sink + ")");
    }
}
