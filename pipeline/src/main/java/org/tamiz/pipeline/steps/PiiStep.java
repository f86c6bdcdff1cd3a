package org.tamiz.pipeline.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.filters.pii.PiiRedactor;
import org.tamiz.filters.pii.PiiResult;
import org.tamiz.pipeline.ingest.SparkValues;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.util.TreeMap;

/**
 * Stage {@code pii}: replaces personal data with typed placeholders ({@code <EMAIL>}, {@code <PHONE>}, {@code <IBAN>},
 * {@code <ID_NUMBER>}, {@code <CARD>}, {@code <IP>}) validated by checksum where one exists (filters/); the counts per
 * type go to {@code pii_counts}. The original text is never written: the redacted text replaces it.
 */
public final class PiiStep implements Step {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "pii";
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> documents, StepContext context) {
    return new DocumentMapper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean includeRejected() {
        return true; // rejected/ keeps text too, so it must not keep personal data either
      }

      @Override
      protected Annotator open() {
        PiiRedactor redactor = PiiRedactor.withDefaults();
        return r -> {
          String text = r.getString(DocumentSchema.TEXT);
          if (text == null) return;
          String lang = r.getString(DocumentSchema.LANG);
          PiiResult p = redactor.redact(text, lang == null ? "und" : lang);
          r.set(DocumentSchema.TEXT, p.text());
          r.set(DocumentSchema.PII_COUNTS, SparkValues.stringMap(new TreeMap<>(p.counts())));
        };
      }
    }.map(documents);
  }
}
