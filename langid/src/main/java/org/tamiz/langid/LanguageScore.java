package org.tamiz.langid;

/** One candidate language and its score in [0, 1]. */
public record LanguageScore(String lang, double score) {
}
