package org.tamiz.pipeline.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.filters.quality.QualityAnnotator;
import org.tamiz.filters.quality.QualityVerdict;
import org.tamiz.pipeline.ingest.SparkValues;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage {@code quality}: normalises the text, applies C4's line cleaning and the Gopher, C4 and FineWeb rules with
 * the language's thresholds (filters/), keeps every signal in {@code quality_signals} and every rule that would
 * drop the document in {@code quality_reasons}; the first one becomes the rejection reason.
 */
public final class QualityStep implements Step {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "quality";
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> documents, StepContext context) {
    Map<String, Object> cfg = new HashMap<>(context.config().quality);
    return new DocumentMapper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected Annotator open() {
        QualityAnnotator quality = QualityAnnotator.fromConfig(cfg);
        return r -> annotate(quality, r);
      }
    }.map(documents);
  }

  static void annotate(QualityAnnotator quality, DocumentRecord r) {
    String text = r.getString(DocumentSchema.TEXT);
    String lang = r.getString(DocumentSchema.LANG);
    QualityVerdict v = quality.annotate(text == null ? "" : text, lang == null ? "und" : lang);
    r.set(DocumentSchema.TEXT, v.text());
    r.set(DocumentSchema.QUALITY_SIGNALS, SparkValues.stringMap(new TreeMap<>(v.signals())));
    r.set(DocumentSchema.QUALITY_REASONS, SparkValues.seq(v.allReasons()));
    Map<String, Integer> norm = new TreeMap<>(v.normalisationCounts());
    Object previous = r.get(DocumentSchema.NORMALISATION);
    if (previous instanceof scala.collection.Map<?, ?> m) {
      scala.jdk.javaapi.CollectionConverters.asJava(m).forEach((k, val) -> norm.merge((String) k, (Integer) val, Integer::sum));
    }
    r.set(DocumentSchema.NORMALISATION, SparkValues.stringMap(norm));
    if (v.reason() != null) {
      r.reject(v.reason(), "quality rules: " + String.join(", ", v.allReasons()));
    }
  }
}
