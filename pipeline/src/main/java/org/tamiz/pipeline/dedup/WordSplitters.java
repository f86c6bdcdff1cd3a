package org.tamiz.pipeline.dedup;

import org.tamiz.filters.lang.LanguageTable;

import java.util.HashMap;
import java.util.Map;

/**
 * The one place that decides how each language is split into words for shingling: the language's word analyzer
 * from {@link LanguageTable#wordAnalyzerFor(String)} (Unicode words, the language's lower-casing and elided
 * articles; stop words kept). Unknown codes and {@code und} get the table's {@code und} row. Changing the splitting
 * changes {@link #version()}, which is stored with every signature, so an incremental run refuses signatures made
 * with another splitting instead of silently missing their duplicates.
 */
public final class WordSplitters {
  private final Map<String, WordSplitter> byLanguage = new HashMap<>();

  /** Splitters for one partition (cheap: the analyzers are shared and keep their token streams per thread). */
  public static WordSplitters forPartition() {
    return new WordSplitters();
  }

  public WordSplitter forLanguage(String lang) {
    return byLanguage.computeIfAbsent(lang == null ? "und" : lang, WordSplitters::create);
  }

  private static WordSplitter create(String lang) {
    LanguageTable table = LanguageTable.get();
    return new AnalyzerWordSplitter(table.wordAnalyzerFor(lang), "language-table-words:" + table.forLanguage(lang).code());
  }

  /** Identifies the splitting of all languages. */
  public static String version() {
    return "language-table-words-v1";
  }
}
