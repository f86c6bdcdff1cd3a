package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.pipeline.Fixtures;
import org.tamiz.pipeline.SparkTestSession;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds document tables for the dedup tests from the real fixture paragraphs. */
final class DedupDocs {
  private final List<Row> rows = new ArrayList<>();

  DedupDocs add(String id, String lang, String text, String url, String warcDate) {
    DocumentRecord r = new DocumentRecord()
        .set(DocumentSchema.ID, id).set(DocumentSchema.LANG, lang).set(DocumentSchema.TEXT, text)
        .set(DocumentSchema.URL, url).set(DocumentSchema.WARC_DATE, warcDate)
        .set(DocumentSchema.SOURCE_FILE, "test.jsonl").set(DocumentSchema.SOURCE_LOCATOR, "line " + (rows.size() + 1));
    rows.add(r.toRow());
    return this;
  }

  DedupDocs add(String id, String lang, String text) {
    return add(id, lang, text, null, null);
  }

  DedupDocs rejected(String id, String lang, String text, String reason) {
    DocumentRecord r = new DocumentRecord()
        .set(DocumentSchema.ID, id).set(DocumentSchema.LANG, lang).set(DocumentSchema.TEXT, text)
        .set(DocumentSchema.SOURCE_FILE, "test.jsonl").set(DocumentSchema.SOURCE_LOCATOR, "line " + (rows.size() + 1));
    r.reject(reason, "an earlier stage");
    rows.add(r.toRow());
    return this;
  }

  Dataset<Row> dataset() {
    return SparkTestSession.get().createDataFrame(rows, DocumentSchema.SCHEMA);
  }

  static String text(String lang) {
    return Fixtures.text(lang).text();
  }

  /** The text with the words at the given positions (0-based, whitespace words) replaced. */
  static String replaceWords(String text, Map<Integer, String> replacements) {
    String[] w = text.split(" ");
    for (Map.Entry<Integer, String> e : replacements.entrySet()) w[e.getKey()] = e.getValue();
    return String.join(" ", w);
  }

  static Map<Integer, String> edits(Object... positionsAndWords) {
    Map<Integer, String> m = new LinkedHashMap<>();
    for (int i = 0; i < positionsAndWords.length; i += 2) m.put((Integer) positionsAndWords[i], (String) positionsAndWords[i + 1]);
    return m;
  }

  /** id → row, for assertions. */
  static Map<String, Row> byId(Dataset<Row> out) {
    Map<String, Row> m = new LinkedHashMap<>();
    for (Row r : out.collectAsList()) m.put(r.getString(DocumentSchema.ID), r);
    return m;
  }
}
