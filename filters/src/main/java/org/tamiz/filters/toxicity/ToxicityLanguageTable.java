package org.tamiz.filters.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything language-specific about toxicity matching except the terms themselves, read from the one
 * resource table {@code toxicity/languages.tsv}: whether to fold diacritics, whether to transliterate
 * Serbian Cyrillic, the score threshold, which lexicon a language uses, and the weight factor of lone casual
 * swearing (see {@link ToxicityScorer}). The row {@code default} is the documented fallback for {@code und} and
 * any code not in the table.
 */
final class ToxicityLanguageTable {
    /**
     * One language.
     *
     * @param loneWeight factor (0..1) applied to the weight of the only harmful hit of a document when that hit
     *                   is a plainly written, single-word obscene or sexual term that is mild, or strong with no
     *                   addressee or group word within {@link ToxicityScorer#TARGET_WINDOW} tokens; 1 turns the
     *                   rule off
     */
    record Row(String lang, boolean foldDiacritics, boolean serbianToLatin, double threshold, String lexicon,
               double loneWeight) { }

    static final String DEFAULT = "default";
    private static final String RESOURCE = "/org/tamiz/filters/toxicity/languages.tsv";
    private static final ToxicityLanguageTable BUNDLED = load();

    private final Map<String, Row> rows;

    private ToxicityLanguageTable(Map<String, Row> rows) {
        this.rows = rows;
    }

    static ToxicityLanguageTable bundled() {
        return BUNDLED;
    }

    Map<String, Row> rows() {
        return rows;
    }

    Row row(String lang) {
        Row r = lang == null ? null : rows.get(lang);
        return r != null ? r : rows.get(DEFAULT);
    }

    private static ToxicityLanguageTable load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = ToxicityLanguageTable.class.getResourceAsStream(RESOURCE)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 6) {
                    throw new IllegalStateException(RESOURCE + ": expected 6 columns: " + line);
                }
                double loneWeight = Double.parseDouble(c[5]);
                if (loneWeight < 0 || loneWeight > 1) {
                    throw new IllegalStateException(RESOURCE + ": lone_weight must be within 0..1: " + line);
                }
                rows.put(c[0], new Row(c[0], c[1].equals("yes"), c[2].equals("sr_latin"),
                    Double.parseDouble(c[3]), c[4], loneWeight));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!rows.containsKey(DEFAULT)) {
            throw new IllegalStateException(RESOURCE + " has no default row");
        }
        return new ToxicityLanguageTable(Map.copyOf(rows));
    }
}
