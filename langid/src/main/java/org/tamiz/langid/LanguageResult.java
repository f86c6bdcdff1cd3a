package org.tamiz.langid;

import java.util.List;

/**
 * The language of a text.
 *
 * @param lang one of {@link Languages#TARGET} or {@code "und"}
 * @param score confidence in [0, 1]: for a target language the calibrated probability of that language; for
 *     {@code und} the confidence that the text is in none of them (or too short to tell)
 * @param alternatives the best target languages, best first, with their probabilities (may be empty for
 *     text without letters)
 */
public record LanguageResult(String lang, double score, List<LanguageScore> alternatives) {

  public LanguageResult {
    alternatives = List.copyOf(alternatives);
  }

  /** True when the text was judged to be in one of the 35 target languages. */
  public boolean isTarget() {
    return Languages.isTarget(lang);
  }
}
