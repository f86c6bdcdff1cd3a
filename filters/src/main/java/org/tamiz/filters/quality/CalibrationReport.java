package org.tamiz.filters.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Calibration report: for each language of a corpus, the distribution (quantiles) of every signal and the
 * share of documents each rule would remove, written as {@code signals_LANG.csv}, {@code rules.csv} and an
 * {@code index.html} with inline SVG plots (no scripts, no network). Input: {@code lang<TAB>text} lines, or JSON
 * Lines with {@code text} and {@code lang}; {@code .gz} accepted.
 */
public final class CalibrationReport {
    static final double[] QUANTILES = {0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1};

    private CalibrationReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CalibrationReport INPUT(.tsv|.jsonl[.gz]) OUTPUT_DIR");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Per language: signal values and reason lists of every document. */
    private static final class LangStats {
        final Map<String, List<Double>> values = new TreeMap<>();
        final Map<String, Integer> removedBy = new TreeMap<>();
        int docs;
        int kept;
    }

    public static void write(Path input, Path outDir) throws IOException {
        QualityAnnotator q = QualityAnnotator.withDefaults();
        Map<String, LangStats> stats = new TreeMap<>();
        ObjectMapper om = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String lang;
                String text;
                if (line.startsWith("{")) {
                    JsonNode n = om.readTree(line);
                    if (n.get("text") == null) continue;
                    text = n.get("text").asText();
                    lang = n.hasNonNull("lang") ? n.get("lang").asText() : "und";
                } else {
                    int tab = line.indexOf('\t');
                    if (tab < 0) continue;
                    lang = line.substring(0, tab);
                    text = line.substring(tab + 1).replace("\\n", "\n");
                }
                QualityVerdict v = q.annotate(text, lang);
                LangStats s = stats.computeIfAbsent(lang, k -> new LangStats());
                s.docs++;
                if (v.kept()) s.kept++;
                v.signals().forEach((k, x) -> s.values.computeIfAbsent(k, kk -> new ArrayList<>()).add(x));
                for (String reason : v.allReasons()) s.removedBy.merge(reason, 1, Integer::sum);
            }
        }
        Files.createDirectories(outDir);
        try (Writer rules = Files.newBufferedWriter(outDir.resolve("rules.csv"))) {
            rules.write("lang,docs,kept_share,rule,removed_share\n");
            for (var e : stats.entrySet()) {
                LangStats s = e.getValue();
                for (String reason : QualityAnnotator.REASON_ORDER) {
                    rules.write(String.format(Locale.ROOT, "%s,%d,%.4f,%s,%.4f%n", e.getKey(), s.docs,
                            (double) s.kept / s.docs, reason, s.removedBy.getOrDefault(reason, 0) / (double) s.docs));
                }
            }
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Tamiz quality calibration</title><style>body{font-family:sans-serif}td,th{padding:2px 6px;"
                + "font-size:12px}table{border-collapse:collapse}tr:nth-child(even){background:#f4f4f4}</style>"
                + "</head><body><h1>Quality calibration</h1><p>Input: ")
                .append(escape(input.getFileName().toString())).append("</p>");
        for (var e : stats.entrySet()) {
            String lang = e.getKey();
            LangStats s = e.getValue();
            try (Writer csv = Files.newBufferedWriter(outDir.resolve("signals_" + lang + ".csv"))) {
                csv.write("signal");
                for (double p : QUANTILES) csv.write(String.format(Locale.ROOT, ",q%.2f", p));
                csv.write("\n");
                for (String name : Signals.NAMES) {
                    List<Double> xs = s.values.get(name);
                    if (xs == null) continue;
                    double[] qs = quantiles(xs);
                    csv.write(name);
                    for (double x : qs) csv.write(String.format(Locale.ROOT, ",%.6g", x));
                    csv.write("\n");
                }
            }
            html.append("<h2>").append(escape(lang)).append("</h2><p>").append(s.docs).append(" documents, ")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * s.kept / s.docs)).append(" % kept</p>");
            html.append(ruleChart(s));
            html.append("<table><tr><th>signal</th>");
            for (double p : QUANTILES) html.append(String.format(Locale.ROOT, "<th>q%.2f</th>", p));
            html.append("<th>spread (q0.01–q0.99)</th></tr>");
            for (String name : Signals.NAMES) {
                List<Double> xs = s.values.get(name);
                if (xs == null) continue;
                double[] qs = quantiles(xs);
                html.append("<tr><td>").append(name).append("</td>");
                for (double x : qs) html.append(String.format(Locale.ROOT, "<td>%.4g</td>", x));
                html.append("<td>").append(boxPlot(qs)).append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("</body></html>\n");
        Files.writeString(outDir.resolve("index.html"), html.toString());
    }

    static double[] quantiles(List<Double> xs) {
        double[] v = xs.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
        double[] out = new double[QUANTILES.length];
        for (int i = 0; i < QUANTILES.length; i++) {
            if (v.length == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double pos = QUANTILES[i] * (v.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(v.length - 1, lo + 1);
            out[i] = v[lo] + (v[hi] - v[lo]) * (pos - lo);
        }
        return out;
    }

    /** Horizontal bars: share of documents each rule would remove. */
    private static String ruleChart(LangStats s) {
        List<String> fired = new ArrayList<>();
        for (String r : QualityAnnotator.REASON_ORDER) if (s.removedBy.containsKey(r)) fired.add(r);
        if (fired.isEmpty()) return "<p>No rule removes any document.</p>";
        int h = 16 * fired.size() + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"")
                .append(h).append("\">");
        int y = 5;
        for (String r : fired) {
            double share = s.removedBy.get(r) / (double) s.docs;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text><rect x=\"260\" y=\"%d\" width=\"%.1f\" "
                            + "height=\"12\" fill=\"#c0392b\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\">%.1f %%</text>",
                    y + 11, r, y, 300 * share, 265 + 300 * share, y + 11, 100 * share));
            y += 16;
        }
        return svg.append("</svg>").toString();
    }

    /** A small box plot of q0.01, q0.25, q0.5, q0.75, q0.99 on the row's own scale. */
    private static String boxPlot(double[] qs) {
        double lo = qs[1];
        double hi = qs[7];
        if (!(hi > lo)) return "";
        double[] x = Arrays.stream(new double[] {qs[1], qs[3], qs[4], qs[5], qs[7]})
                .map(v -> 5 + 150 * (v - lo) / (hi - lo)).toArray();
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"14\">"
                + "<line x1=\"%.1f\" y1=\"7\" x2=\"%.1f\" y2=\"7\" stroke=\"#555\"/>"
                + "<rect x=\"%.1f\" y=\"2\" width=\"%.1f\" height=\"10\" fill=\"#9ecae1\" stroke=\"#555\"/>"
                + "<line x1=\"%.1f\" y1=\"2\" x2=\"%.1f\" y2=\"12\" stroke=\"#000\"/></svg>",
                x[0], x[4], x[1], Math.max(0.5, x[3] - x[1]), x[2], x[2]);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
