package org.tamiz.pipeline.html;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pages per second per core of {@link HtmlDocumentParser} on the HTML responses of real WARC files, measured in
 * one thread (so one core) on CPU time after a warm-up.
 *
 * <pre>java -cp pipeline/target/classes:... org.tamiz.pipeline.html.ExtractionBenchmark [--seconds S] [--dump] WARC|DIR...</pre>
 * {@code --dump} prints each page's URL and extracted text instead of timing.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    /** Result of a run: pages parsed, bytes of HTML, CPU seconds used, and the rates. */
    public record Measurement(long pages, long bytes, double cpuSeconds) {
        public double pagesPerSecond() {
            return pages / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    public static void main(String[] args) throws IOException {
        double seconds = 10;
        boolean dump = false;
        String blocksOf = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--dump" -> dump = true;
                case "--blocks" -> blocksOf = args[++i];
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<WarcHtmlPages.Page> pages = WarcHtmlPages.read(warcFiles(inputs));
        if (pages.isEmpty()) {
            System.err.println("no HTML responses in " + inputs);
            System.exit(2);
        }
        if (blocksOf != null) {
            for (WarcHtmlPages.Page p : pages) {
                if (p.url().contains(blocksOf)) {
                    printBlocks(p, System.out);
                }
            }
            return;
        }
        if (dump) {
            dump(pages, System.out);
            return;
        }
        Measurement m = measure(pages, seconds);
        System.out.printf("pages=%d distinct=%d bytes=%d cpu_s=%.2f pages_per_s_per_core=%.1f mb_per_s=%.2f%n",
                m.pages(), pages.size(), m.bytes(), m.cpuSeconds(), m.pagesPerSecond(), m.megabytesPerSecond());
    }

    /** Parses the pages round-robin for about {@code seconds} of CPU time after a warm-up of a third of that. */
    public static Measurement measure(List<WarcHtmlPages.Page> pages, double seconds) {
        HtmlDocumentParser parser = HtmlDocumentParser.withDefaults();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long warmEnd = mx.getCurrentThreadCpuTime() + (long) (seconds / 3 * 1e9);
        int i = 0;
        long sink = 0;
        while (mx.getCurrentThreadCpuTime() < warmEnd) {
            WarcHtmlPages.Page p = pages.get(i++ % pages.size());
            sink += parser.parse(p.body(), p.contentType(), p.url()).text().length();
        }
        long start = mx.getCurrentThreadCpuTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        long bytes = 0;
        long now = start;
        while (now < end) {
            WarcHtmlPages.Page p = pages.get(i++ % pages.size());
            sink += parser.parse(p.body(), p.contentType(), p.url()).text().length();
            n++;
            bytes += p.body().length;
            now = mx.getCurrentThreadCpuTime();
        }
        if (sink == 42) {
            System.out.print(""); // keep the results alive
        }
        return new Measurement(n, bytes, (now - start) / 1e9);
    }

    static void dump(List<WarcHtmlPages.Page> pages, PrintStream out) {
        HtmlDocumentParser parser = HtmlDocumentParser.withDefaults();
        for (WarcHtmlPages.Page p : pages) {
            ParsedHtml r = parser.parse(p.body(), p.contentType(), p.url());
            out.println("=== " + p.url() + " charset=" + r.charset() + " wrong=" + r.charsetDeclaredWrong()
                    + " fallback=" + r.fallbackUsed() + " lang=" + r.htmlLang());
            out.println("title=" + r.title() + " | author=" + r.author() + " | date=" + r.date());
            for (LinkTag l : r.links()) {
                if (l.tag().equals("a")) {
                    out.println("link " + l);
                }
            }
            out.println(r.text());
            out.println();
        }
    }

    /** Diagnostic: every block of a page with its class and cues, to see why text was kept or dropped. */
    static void printBlocks(WarcHtmlPages.Page p, PrintStream out) {
        DecodedHtml d = new HtmlCharsetResolver().decode(p.body(), p.contentType(), p.url());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(d.html(), p.url());
        PageWalker w = new PageWalker(p.url());
        w.walk(doc);
        MainContentExtractor.Result r = new MainContentExtractor().extract(w.blocks, doc.selectFirst("html").attr("lang"));
        out.println("=== " + p.url() + " fallback=" + r.fallbackUsed() + " lang=" + r.languageIndex());
        for (TextBlock b : w.blocks) {
            out.println((r.kept()[b.index] ? "+ " : "- ") + b + "  <" + path(b.owner) + ">");
        }
    }

    private static String path(org.jsoup.nodes.Element e) {
        StringBuilder sb = new StringBuilder();
        for (org.jsoup.nodes.Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String c = p.className();
            sb.insert(0, "/" + p.normalName() + (p.id().isEmpty() ? "" : "#" + p.id())
                    + (c.isEmpty() ? "" : "." + (c.length() > 30 ? c.substring(0, 30) : c).replace(' ', '.')));
        }
        return sb.toString();
    }

    static boolean hasWarcFiles(Path dir) throws IOException {
        return !warcFiles(List.of(dir)).isEmpty();
    }

    static List<Path> warcFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(f -> {
                        String n = f.getFileName().toString();
                        return (n.endsWith(".warc") || n.endsWith(".warc.gz")) && !n.contains(".wet") && !n.contains(".wat");
                    }).sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }
}
