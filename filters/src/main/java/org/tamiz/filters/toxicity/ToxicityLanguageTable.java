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
 * Serbian Cyrillic, the score threshold, and which lexicon a language uses. The row {@code default} is the
 * documented fallback for {@code und} and any code not in the table.
 */
final class ToxicityLanguageTable {
    record Row(String lang, boolean foldDiacritics, boolean serbianToLatin, double threshold, String lexicon) { }

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
                rows.put(c[0], new Row(c[0], c[1].equals("yes"), c[2].equals("sr_latin"),
                    Double.parseDouble(c[3]), c[4]));
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
