package org.tamiz.pipeline.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * The one place that decides how each language is split into words for shingling.
 *
 * <p>Today every language uses {@link StandardWordSplitter}. The seam: when {@code org.tamiz.filters.lang.LanguageTable}
 * (filters/) offers a per-language Lucene analyzer, {@link #create(String)} is the only method to change —
 * look the analyzer up there and wrap it. Changing the splitting changes {@link #version()}, which is stored with
 * every signature, so an incremental run refuses signatures made with another splitting instead of silently
 * missing their duplicates.
 */
public final class WordSplitters {
  private final Map<String, WordSplitter> byLanguage = new HashMap<>();

  /** Splitters for one partition (they hold tokenizers, which are not thread-safe). */
  public static WordSplitters forPartition() {
    return new WordSplitters();
  }

  public WordSplitter forLanguage(String lang) {
    return byLanguage.computeIfAbsent(lang == null ? "und" : lang, WordSplitters::create);
  }

  private static WordSplitter create(String lang) {
    return new StandardWordSplitter(); // fallback for every language until the language table exists
  }

  /** Identifies the splitting of all languages. */
  public static String version() {
    return "standard-lowercase-v1";
  }
}
