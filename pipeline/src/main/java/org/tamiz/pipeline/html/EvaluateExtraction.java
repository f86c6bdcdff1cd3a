package org.tamiz.pipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Scores {@link HtmlDocumentParser} against pages annotated with text that must and must not appear in the
 * extracted text, in the format of trafilatura's {@code tests/evaldata.json}:
 * <pre>{"KEY": {"file": "page.html", "with": ["must-contain", ...], "without": ["must-not-contain", ...]}, ...}</pre>
 * KEY is usually the page URL. With a directory, {@code file} names an HTML file in it, plain or gzipped
 * ({@code .gz}, also tried when the plain name is missing) (read as bytes, charset
 * resolved as for a crawl without HTTP header); with WARC files, the entry's {@code url} field or KEY is the
 * WARC-Target-URI. Entries whose page is missing are counted and skipped.
 *
 * <p>Scores, summed over all pages (as trafilatura's evaluation does): precision = must-contain found /
 * (must-contain found + must-not-contain found); recall = must-contain found / all must-contain; F1. Snippets
 * and text are compared with runs of white space collapsed to one space.
 *
 * <pre>java -cp ... org.tamiz.pipeline.html.EvaluateExtraction evaldata.json HTML_DIR|WARC... [--verbose]</pre>
 */
public final class EvaluateExtraction {

    private EvaluateExtraction() {}

    /** Totals of an evaluation run. */
    public record Score(int pages, int missingPages, int mustContain, int mustContainFound, int mustNotContain,
            int mustNotContainFound, long bytes, double cpuSeconds) {
        public double precision() {
            int d = mustContainFound + mustNotContainFound;
            return d == 0 ? 0 : (double) mustContainFound / d;
        }

        public double recall() {
            return mustContain == 0 ? 0 : (double) mustContainFound / mustContain;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double pagesPerSecondPerCore() {
            return cpuSeconds == 0 ? 0 : pages / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format("pages=%d missing=%d precision=%.4f recall=%.4f f1=%.4f must_contain=%d/%d "
                    + "must_not_contain_found=%d/%d pages_per_s_per_core=%.1f", pages, missingPages, precision(),
                    recall(), f1(), mustContainFound, mustContain, mustNotContainFound, mustNotContain,
                    pagesPerSecondPerCore());
        }
    }

    /** One annotated page. */
    record Entry(String key, String file, String url, List<String> with, List<String> without) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EvaluateExtraction evaldata.json HTML_DIR|WARC... [--verbose]");
            System.exit(2);
        }
        boolean verbose = false;
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--verbose")) {
                verbose = true;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        Path evaldata = Path.of(args[0]);
        PrintStream log = verbose ? System.out : null;
        Score s = inputs.size() == 1 && Files.isDirectory(inputs.get(0))
                && !ExtractionBenchmark.hasWarcFiles(inputs.get(0))
                ? evaluate(evaldata, inputs.get(0), log) : evaluateWarcs(evaldata, inputs, log);
        System.out.println(s);
    }

    /** Evaluates against HTML files in {@code htmlDir}. */
    public static Score evaluate(Path evaldata, Path htmlDir, PrintStream verbose) throws IOException {
        List<Entry> entries = read(evaldata);
        Map<String, byte[]> pages = new HashMap<>();
        for (Entry e : entries) {
            Path f = htmlDir.resolve(e.file());
            if (!Files.isRegularFile(f) && Files.isRegularFile(htmlDir.resolve(e.file() + ".gz"))) {
                f = htmlDir.resolve(e.file() + ".gz");
            }
            if (Files.isRegularFile(f)) {
                byte[] b = Files.readAllBytes(f);
                if (f.getFileName().toString().endsWith(".gz")) {
                    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                        b = in.readAllBytes();
                    }
                }
                pages.put(e.key(), b);
            }
        }
        return score(entries, pages, Map.of(), verbose);
    }

    /** Evaluates against the HTML responses of WARC files, matched by URL. */
    public static Score evaluateWarcs(Path evaldata, List<Path> warcs, PrintStream verbose) throws IOException {
        List<Entry> entries = read(evaldata);
        Map<String, WarcHtmlPages.Page> byUrl = new HashMap<>();
        for (WarcHtmlPages.Page p : WarcHtmlPages.read(ExtractionBenchmark.warcFiles(warcs))) {
            byUrl.putIfAbsent(p.url(), p);
        }
        Map<String, byte[]> pages = new HashMap<>();
        Map<String, String> contentTypes = new HashMap<>();
        for (Entry e : entries) {
            WarcHtmlPages.Page p = byUrl.get(e.url());
            if (p != null) {
                pages.put(e.key(), p.body());
                if (p.contentType() != null) {
                    contentTypes.put(e.key(), p.contentType());
                }
            }
        }
        return score(entries, pages, contentTypes, verbose);
    }

    static Score score(List<Entry> entries, Map<String, byte[]> pages, Map<String, String> contentTypes,
            PrintStream verbose) {
        HtmlDocumentParser parser = HtmlDocumentParser.withDefaults();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // One untimed pass first, so that the pages/s figure is the warm (JIT-compiled) speed a Spark
        // executor sees after its first few thousand documents, not class loading and interpretation.
        for (Entry e : entries) {
            byte[] body = pages.get(e.key());
            if (body != null) {
                parser.parse(body, contentTypes.get(e.key()), e.url());
            }
        }
        int n = 0;
        int missing = 0;
        int with = 0;
        int withFound = 0;
        int without = 0;
        int withoutFound = 0;
        long bytes = 0;
        long cpu = 0;
        for (Entry e : entries) {
            byte[] body = pages.get(e.key());
            if (body == null) {
                missing++;
                continue;
            }
            long t0 = mx.getCurrentThreadCpuTime();
            ParsedHtml parsed = parser.parse(body, contentTypes.get(e.key()), e.url());
            cpu += mx.getCurrentThreadCpuTime() - t0;
            n++;
            bytes += body.length;
            String text = collapse(parsed.text());
            for (String w : e.with()) {
                with++;
                if (text.contains(collapse(w))) {
                    withFound++;
                } else if (verbose != null) {
                    verbose.println("MISSED  " + e.key() + " :: " + w);
                }
            }
            for (String w : e.without()) {
                without++;
                if (text.contains(collapse(w))) {
                    withoutFound++;
                    if (verbose != null) {
                        verbose.println("LEAKED  " + e.key() + " :: " + w);
                    }
                }
            }
        }
        return new Score(n, missing, with, withFound, without, withoutFound, bytes, cpu / 1e9);
    }

    static List<Entry> read(Path evaldata) throws IOException {
        JsonNode root = new ObjectMapper().readTree(evaldata.toFile());
        List<Entry> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> en = it.next();
            JsonNode v = en.getValue();
            String file = v.path("file").asText(en.getKey());
            String url = v.hasNonNull("url") ? v.get("url").asText() : en.getKey();
            entries.add(new Entry(en.getKey(), file, url, strings(v.path("with")), strings(v.path("without"))));
        }
        return entries;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            String t = s.asText();
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Collapses every run of white space (including no-break spaces) to one space and trims. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
