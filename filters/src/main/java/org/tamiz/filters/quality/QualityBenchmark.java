package org.tamiz.filters.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Single-thread throughput of the fused quality pass (normalisation + all signals + all rules).
 * Input: {@code lang<TAB>text} lines; consecutive lines of one language are joined (newline-separated) into
 * documents of about {@code docChars} characters, so sentence corpora become multi-line documents.
 * Usage: {@code QualityBenchmark INPUT.tsv [docChars=4000] [seconds=20]}.
 */
public final class QualityBenchmark {
    private QualityBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: QualityBenchmark INPUT.tsv [docChars] [seconds]");
            System.exit(2);
        }
        int docChars = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        List<String[]> docs = new ArrayList<>();
        Map<String, StringBuilder> open = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab < 0) continue;
            String lang = line.substring(0, tab);
            String text = line.substring(tab + 1);
            int tab2 = text.indexOf('\t');
            if (tab2 >= 0) text = text.substring(0, tab2);
            StringBuilder b = open.computeIfAbsent(lang, k -> new StringBuilder());
            b.append(text).append('\n');
            if (b.length() >= docChars) {
                docs.add(new String[] {lang, b.toString()});
                open.put(lang, new StringBuilder());
            }
        }
        long bytes = 0;
        for (String[] d : docs) bytes += d[1].getBytes(StandardCharsets.UTF_8).length;
        QualityAnnotator q = QualityAnnotator.withDefaults();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();

        // 1. unseen documents: warm the JIT on every other document (emptying the tokenizer's chunk cache before
        //    each one, so that the slow paths get compiled too), fill the cache with those documents' words as an
        //    executor that has already processed data would have it, then time one pass over the other half
        List<String[]> seen = new ArrayList<>();
        List<String[]> unseen = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) (i % 2 == 0 ? seen : unseen).add(docs.get(i));
        long warm0 = mx.getCurrentThreadCpuTime();
        while (mx.getCurrentThreadCpuTime() - warm0 < 8e9) {
            for (String[] d : seen) {
                org.tamiz.filters.text.SpacyRuleTokenizer.clearThreadCaches();
                q.annotate(d[1], d[0]);
            }
        }
        for (String[] d : seen) q.annotate(d[1], d[0]);
        long unseenBytes = 0;
        for (String[] d : unseen) unseenBytes += d[1].getBytes(StandardCharsets.UTF_8).length;
        long u0 = mx.getCurrentThreadCpuTime();
        for (String[] d : unseen) q.annotate(d[1], d[0]);
        double unseenCpu = (mx.getCurrentThreadCpuTime() - u0) / 1e9;
        System.out.printf(Locale.ROOT, "unseen documents: %d (%.2f MB) in %.2f CPU-s = %.2f MB per CPU-second%n",
                unseen.size(), unseenBytes / 1e6, unseenCpu, unseenBytes / 1e6 / unseenCpu);

        // 2. repeated passes over all documents (warm cache)
        for (String[] d : docs) q.annotate(d[1], d[0]);
        long t0;
        long processed = 0;
        int passes = 0;
        long kept = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        while (System.nanoTime() - t0 < seconds * 1e9) {
            for (String[] d : docs) if (q.annotate(d[1], d[0]).kept()) kept++;
            processed += bytes;
            passes++;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        // the same without any reuse of tokenised words between documents (the tokenizer's per-thread cache is
        // emptied before every document): a lower bound for corpora with no repeated vocabulary at all
        long coldCpu0 = mx.getCurrentThreadCpuTime();
        long coldBytes = 0;
        long c0 = System.nanoTime();
        while (System.nanoTime() - c0 < seconds * 1e9) {
            for (String[] d : docs) {
                org.tamiz.filters.text.SpacyRuleTokenizer.clearThreadCaches();
                q.annotate(d[1], d[0]);
            }
            coldBytes += bytes;
        }
        double coldCpu = (mx.getCurrentThreadCpuTime() - coldCpu0) / 1e9;
        // CPU time is what "per core" means on a shared machine; wall time is shown too
        System.out.printf(Locale.ROOT, "%d documents (%.2f MB UTF-8, %d languages), %d passes: "
                        + "%.2f MB per CPU-second (%.0f docs/s), wall %.2f MB/s; %.1f %% kept; "
                        + "without cache reuse between documents: %.2f MB per CPU-second%n", docs.size(),
                bytes / 1e6, open.size(), passes, processed / 1e6 / cpu, docs.size() * passes / cpu,
                processed / 1e6 / s, 100.0 * kept / ((double) docs.size() * passes), coldBytes / 1e6 / coldCpu);
    }
}
