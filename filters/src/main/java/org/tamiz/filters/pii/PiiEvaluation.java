package org.tamiz.filters.pii;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of {@link PiiRedactor} on a labelled file.
 *
 * <p>Format: UTF-8, one sentence per line, {@code lang<TAB>sentence}; {@code #} lines are comments. Each
 * identifier that must be found is written {@code [[TYPE:value]]} (TYPE one of EMAIL PHONE IBAN ID_NUMBER CARD
 * IP); the markup is removed before detection. A detection counts as a true positive when its type and exact
 * character range match a marked identifier; anything else detected is a false positive, anything marked and
 * not found a false negative. Hard negatives (dates, prices, ISBNs, wrong checksums) are simply left unmarked.
 *
 * <p>Run: {@code java -cp filters/target/classes org.tamiz.filters.pii.PiiEvaluation FILE}
 */
public final class PiiEvaluation {
    private static final Pattern MARK = Pattern.compile("\\[\\[(EMAIL|PHONE|IBAN|ID_NUMBER|CARD|IP):(.+?)]]");

    /** Counts for one (language, type) cell or a total. */
    public static final class Counts {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }
    }

    /** Results keyed by "lang/TYPE", plus "all/TYPE" totals; and the mistakes, for reading. */
    public record Report(Map<String, Counts> cells, List<String> errors) {
        public Counts total(PiiType type) {
            return cells.getOrDefault("all/" + type.name(), new Counts());
        }
    }

    private PiiEvaluation() {
    }

    public static Report evaluate(Path file, PiiRedactor redactor) throws IOException {
        Map<String, Counts> cells = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String lang = line.substring(0, tab);
            String marked = line.substring(tab + 1);
            StringBuilder plain = new StringBuilder();
            List<PiiSpan> gold = new ArrayList<>();
            Matcher m = MARK.matcher(marked);
            int at = 0;
            while (m.find()) {
                plain.append(marked, at, m.start());
                int start = plain.length();
                plain.append(m.group(2));
                gold.add(new PiiSpan(PiiType.valueOf(m.group(1)), start, plain.length()));
                at = m.end();
            }
            plain.append(marked.substring(at));
            String text = plain.toString();
            List<PiiSpan> found = redactor.detect(text, lang);
            for (PiiSpan f : found) {
                boolean ok = gold.contains(f);
                cell(cells, lang, f.type()).truePositives += ok ? 1 : 0;
                cell(cells, lang, f.type()).falsePositives += ok ? 0 : 1;
                if (!ok) {
                    errors.add("FP " + lang + " " + f.type() + " '" + text.substring(f.start(), f.end()) + "' in: " + text);
                }
            }
            for (PiiSpan g : gold) {
                if (!found.contains(g)) {
                    cell(cells, lang, g.type()).falseNegatives++;
                    errors.add("FN " + lang + " " + g.type() + " '" + text.substring(g.start(), g.end()) + "' in: " + text);
                }
            }
        }
        return new Report(cells, errors);
    }

    private static Counts cell(Map<String, Counts> cells, String lang, PiiType type) {
        cells.computeIfAbsent("all/" + type.name(), k -> new Counts());
        return cells.computeIfAbsent(lang + "/" + type.name(), k -> new Counts());
    }

    /** Adds the per-language cells into the "all" totals (done once, after counting). */
    private static void totals(Report r) {
        for (Map.Entry<String, Counts> e : r.cells().entrySet()) {
            if (e.getKey().startsWith("all/")) {
                continue;
            }
            Counts t = r.cells().get("all/" + e.getKey().substring(e.getKey().indexOf('/') + 1));
            t.truePositives += e.getValue().truePositives;
            t.falsePositives += e.getValue().falsePositives;
            t.falseNegatives += e.getValue().falseNegatives;
        }
    }

    public static void print(Report r, PrintStream out) {
        out.printf("%-14s %5s %5s %5s %9s %7s%n", "lang/type", "tp", "fp", "fn", "precision", "recall");
        for (Map.Entry<String, Counts> e : r.cells().entrySet()) {
            Counts c = e.getValue();
            out.printf("%-14s %5d %5d %5d %9.3f %7.3f%n", e.getKey(), c.truePositives, c.falsePositives,
                c.falseNegatives, c.precision(), c.recall());
        }
        for (String err : r.errors()) {
            out.println(err);
        }
    }

    public static Report run(Path file) throws IOException {
        Report r = evaluate(file, PiiRedactor.withDefaults());
        totals(r);
        return r;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PiiEvaluation FILE.tsv   (lang<TAB>sentence with [[TYPE:value]] marks)");
            System.exit(2);
        }
        print(run(Path.of(args[0])), System.out);
    }
}
