package org.tamiz.filters.toxicity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall, flag rate and Matthews correlation of {@link ToxicityScorer} per language.
 *
 * <p>Input: UTF-8 TSV, one example per line, {@code lang<TAB>label<TAB>text}; label {@code 1} (or
 * {@code toxic}, {@code offensive}, {@code OFFENSE}, {@code hateful}) marks harmful text, {@code 0} (or
 * {@code clean}, {@code other}, {@code OTHER}, {@code non-hateful}) harmless text; {@code #} lines are
 * comments. A text counts as flagged when the scorer gives it a reason. For a clean-only file the
 * interesting number is the flag rate (false positives / examples).
 *
 * <p>Run: {@code java -cp filters/target/classes:LUCENE_JARS org.tamiz.filters.toxicity.ToxicityEvaluation FILE [--errors]}
 */
public final class ToxicityEvaluation {
    /** Confusion counts for one language (or "all"). */
    public static final class Counts {
        public long tp;
        public long fp;
        public long tn;
        public long fn;

        public long total() {
            return tp + fp + tn + fn;
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        /** Share of harmless examples that were flagged. */
        public double falsePositiveRate() {
            return fp + tn == 0 ? 0.0 : (double) fp / (fp + tn);
        }

        public double mcc() {
            double d = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
            return d == 0 ? 0.0 : ((double) tp * tn - (double) fp * fn) / d;
        }

        void add(boolean gold, boolean flagged) {
            if (gold && flagged) {
                tp++;
            } else if (gold) {
                fn++;
            } else if (flagged) {
                fp++;
            } else {
                tn++;
            }
        }
    }

    private ToxicityEvaluation() {
    }

    static boolean parseLabel(String label) {
        switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "1": case "toxic": case "offense": case "offensive": case "hateful": case "abuse": case "hate":
                return true;
            case "0": case "clean": case "other": case "non-hateful": case "neutral": case "none":
                return false;
            default:
                throw new IllegalArgumentException("unknown label: " + label);
        }
    }

    /** Evaluates a file; errors (misclassified lines) are printed to {@code errors} when it is not null. */
    public static Map<String, Counts> evaluate(Path file, ToxicityScorer scorer, PrintStream errors)
        throws IOException {
        Map<String, Counts> byLang = new TreeMap<>();
        Counts all = new Counts();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 3);
            if (c.length < 3) {
                throw new IllegalArgumentException("expected lang<TAB>label<TAB>text: " + line);
            }
            boolean gold = parseLabel(c[1]);
            ToxicityResult r = scorer.score(c[2], c[0]);
            byLang.computeIfAbsent(c[0], k -> new Counts()).add(gold, r.toxic());
            all.add(gold, r.toxic());
            if (errors != null && gold != r.toxic()) {
                errors.println((gold ? "FN " : "FP ") + c[0] + " " + scorer.matchedTerms(c[2], c[0]) + " " + c[2]);
            }
        }
        byLang.put("all", all);
        return byLang;
    }

    public static void print(Map<String, Counts> result, PrintStream out) {
        out.printf("%-5s %7s %6s %6s %6s %6s %9s %7s %8s %7s%n", "lang", "n", "tp", "fp", "tn", "fn", "precision",
            "recall", "flag_neg", "mcc");
        for (Map.Entry<String, Counts> e : result.entrySet()) {
            Counts c = e.getValue();
            out.printf(Locale.ROOT, "%-5s %7d %6d %6d %6d %6d %9.3f %7.3f %8.4f %7.3f%n", e.getKey(), c.total(), c.tp,
                c.fp, c.tn, c.fn, c.precision(), c.recall(), c.falsePositiveRate(), c.mcc());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ToxicityEvaluation FILE.tsv [--errors]   (lang<TAB>label<TAB>text)");
            System.exit(2);
        }
        boolean errors = args.length > 1 && args[1].equals("--errors");
        print(evaluate(Path.of(args[0]), ToxicityScorer.withDefaults(), errors ? System.out : null), System.out);
    }
}
