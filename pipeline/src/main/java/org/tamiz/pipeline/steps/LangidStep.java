package org.tamiz.pipeline.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.langid.LanguageIdentifier;
import org.tamiz.langid.LanguageResult;
import org.tamiz.langid.LanguageScore;
import org.tamiz.langid.Languages;
import org.tamiz.pipeline.config.TamizConfig;
import org.tamiz.pipeline.ingest.SparkValues;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stage {@code langid}: the language of every document ({@code lang}, {@code lang_score}, alternatives);
 * documents outside the 35 languages go to rejected/reason=language_not_target.
 */
public final class LangidStep implements Step {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "langid";
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> documents, StepContext context) {
    TamizConfig.Langid cfg = context.config().langid;
    return new DocumentMapper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected Annotator open() {
        LanguageIdentifier identifier = LanguageIdentifier.getDefault(); // one model per executor JVM
        return r -> {
          String text = r.getString(DocumentSchema.TEXT);
          LanguageResult res = identifier.identify(text == null ? "" : text, 4);
          r.set(DocumentSchema.LANG, res.lang());
          r.set(DocumentSchema.LANG_SCORE, res.score());
          Map<String, Double> alt = new LinkedHashMap<>();
          for (LanguageScore s : res.alternatives()) {
            if (!s.lang().equals(res.lang())) alt.put(s.lang(), s.score());
          }
          r.set(DocumentSchema.LANG_ALTERNATIVES, SparkValues.stringMap(alt));
          boolean target = Languages.isTarget(res.lang());
          if (!target && !cfg.keepUnd) {
            r.reject("language_not_target", "language und (best guess " + (res.alternatives().isEmpty() ? "none"
                : res.alternatives().get(0).lang() + String.format(Locale.ROOT, " %.2f", res.alternatives().get(0).score())) + ")");
          } else if (target && res.score() < cfg.minScore) {
            r.reject("language_not_target", String.format(Locale.ROOT, "%s score %.3f below langid.min_score %.3f",
                res.lang(), res.score(), cfg.minScore));
          }
        };
      }
    }.map(documents);
  }

  /** Without the langid stage: the input's declared language when it is one of the 35, else und. */
  public static Dataset<Row> declaredLanguage(Dataset<Row> documents) {
    return new DocumentMapper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected Annotator open() {
        return LangidStep::useDeclared;
      }
    }.map(documents);
  }

  static void useDeclared(DocumentRecord r) {
    String declared = r.getString(DocumentSchema.INPUT_LANG);
    String code = declared == null ? null : declared.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (code != null && code.contains("-")) code = code.substring(0, code.indexOf('-'));
    r.set(DocumentSchema.LANG, code != null && Languages.isTarget(code) ? code : "und");
    r.set(DocumentSchema.LANG_SCORE, code != null && Languages.isTarget(code) ? 1.0 : 0.0);
  }
}
