package org.tamiz.filters.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.tamiz.filters.toxicity.ToxicityResult;
import org.tamiz.filters.toxicity.ToxicityScorer;

/**
 * Single-thread throughput of the toxicity scorer and the PII redactor together, as the pipeline runs them
 * (score, then redact, per document).
 *
 * <p>Input: JSON Lines files (field {@code text}, optional {@code lang}; {@code .gz} allowed) or TSV files
 * {@code lang<TAB>text}. Usage: {@code ToxicityPiiBenchmark [--lang xx] [--seconds N] FILE...}. Prints
 * documents and megabytes (UTF-8) per second, per wall-clock second and per CPU second of the benchmark
 * thread, for toxicity alone, PII alone, and both.
 */
public final class ToxicityPiiBenchmark {
    private ToxicityPiiBenchmark() {
    }

    record Doc(String lang, String text, long bytes) {
    }

    static List<Doc> read(List<Path> files, String defaultLang) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            InputStream in = Files.newInputStream(f);
            if (f.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                boolean isJson = f.toString().contains(".json");
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String lang = defaultLang;
                    String text;
                    if (isJson) {
                        JsonNode n = json.readTree(line);
                        text = n.path("text").asText("");
                        if (n.hasNonNull("lang")) {
                            lang = n.get("lang").asText();
                        }
                    } else {
                        int tab = line.indexOf('\t');
                        lang = tab > 0 ? line.substring(0, tab) : defaultLang;
                        text = line.substring(tab + 1);
                    }
                    docs.add(new Doc(lang, text, text.getBytes(StandardCharsets.UTF_8).length));
                }
            }
        }
        return docs;
    }

    /**
     * Runs one mode (0 toxicity, 1 PII, 2 both) over the corpus repeatedly for about {@code seconds} of wall
     * time; returns {docs/s, MB/s} per wall second and {docs/s, MB/s} per CPU second of this thread. The CPU
     * figures are the per-core throughput even when other processes share the machine.
     */
    static double[] measure(List<Doc> docs, double seconds, int mode) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        ToxicityScorer tox = ToxicityScorer.withDefaults();
        PiiRedactor pii = PiiRedactor.withDefaults();
        long sink = 0;
        long bytes = 0;
        long count = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (Doc d : docs) {
                if (mode != 1) {
                    ToxicityResult r = tox.score(d.text(), d.lang());
                    sink += r.hitsByCategory().size();
                }
                if (mode != 0) {
                    sink += pii.redact(d.text(), d.lang()).text().length();
                }
                bytes += d.bytes();
                count++;
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {count / secs, bytes / secs / 1e6, count / cpu, bytes / cpu / 1e6};
    }

    public static void main(String[] args) throws IOException {
        String lang = "en";
        double seconds = 10;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                lang = args[++i];
            } else if (args[i].equals("--seconds")) {
                seconds = Double.parseDouble(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: ToxicityPiiBenchmark [--lang xx] [--seconds N] FILE...");
            System.exit(2);
        }
        List<Doc> docs = read(files, lang);
        long total = docs.stream().mapToLong(Doc::bytes).sum();
        System.out.printf(Locale.ROOT, "%d documents, %.2f MB%n", docs.size(), total / 1e6);
        measure(docs, Math.min(3, seconds), 2);
        String[] names = {"toxicity", "pii", "toxicity+pii"};
        for (int mode = 0; mode < 3; mode++) {
            double[] r = measure(docs, seconds, mode);
            System.out.printf(Locale.ROOT, "%-13s wall: %9.0f docs/s %7.2f MB/s   cpu: %9.0f docs/s %7.2f MB/s per core%n",
                names[mode], r[0], r[1], r[2], r[3]);
        }
    }
}
