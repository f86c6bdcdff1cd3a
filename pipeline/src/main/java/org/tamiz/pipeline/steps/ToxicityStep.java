package org.tamiz.pipeline.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.filters.toxicity.DomainBlocklist;
import org.tamiz.filters.toxicity.ToxicityResult;
import org.tamiz.filters.toxicity.ToxicityScorer;
import org.tamiz.pipeline.ingest.SparkValues;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stage {@code toxicity}: URL/domain blocklists (UT1 layout) first, then the per-language harmful-content
 * lexicons (filters/); hits per category and the weighted density are kept as columns.
 * Config: {@code toxicity.blocklists: [DIR, ...]} adds UT1 directories to the built-in list; the other keys go to
 * {@link ToxicityScorer#fromConfig}.
 */
public final class ToxicityStep implements Step {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "toxicity";
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> documents, StepContext context) {
    Map<String, Object> cfg = new HashMap<>(context.config().toxicity);
    Object lists = cfg.remove("blocklists");
    List<String> dirs = new ArrayList<>();
    if (lists instanceof List<?> l) for (Object o : l) dirs.add(String.valueOf(o));
    else if (lists != null) dirs.add(String.valueOf(lists));
    return new DocumentMapper() {
      private static final long serialVersionUID = 1L;

      @Override
      protected Annotator open() {
        ToxicityScorer scorer = ToxicityScorer.fromConfig(cfg);
        // The built-in list always applies; user lists (e.g. the full UT1 lists) are checked after it.
        DomainBlocklist builtIn = DomainBlocklist.withDefaults();
        List<Path> roots = new ArrayList<>();
        for (String d : dirs) roots.add(Paths.get(d));
        DomainBlocklist user = roots.isEmpty() ? null : DomainBlocklist.fromDirectories(roots);
        return r -> {
          String url = r.getString(DocumentSchema.URL);
          if (url != null) {
            Optional<String> category = builtIn.categoryOf(url);
            if (category.isEmpty() && user != null) category = user.categoryOf(url);
            if (category.isPresent()) {
              r.set(DocumentSchema.BLOCKED_DOMAIN, category.get());
              r.reject("blocked_domain_" + category.get(), "URL " + url + " is on the " + category.get() + " blocklist");
              return;
            }
          }
          String text = r.getString(DocumentSchema.TEXT);
          String lang = r.getString(DocumentSchema.LANG);
          ToxicityResult t = scorer.score(text == null ? "" : text, lang == null ? "und" : lang);
          r.set(DocumentSchema.TOXICITY_SCORE, t.score());
          r.set(DocumentSchema.TOXICITY_HITS, SparkValues.stringMap(new TreeMap<>(t.hitsByCategory())));
          if (t.reason() != null) r.reject(t.reason(), String.format(java.util.Locale.ROOT, "harmful-content density %.4f, hits %s", t.score(), new TreeMap<>(t.hitsByCategory())));
        };
      }
    }.map(documents);
  }
}
