package org.tamiz.filters.lang;

import java.util.Set;

/**
 * One row of the language table: everything language-specific the quality rules need.
 *
 * @param code              table key: one of the 35 codes, {@code sr-Latn} (Serbian in Latin script) or {@code und}
 * @param name              English name
 * @param script            ISO 15924 script of the row
 * @param fallback          row to consult for missing data (stop words, analyzer), or empty
 * @param tokenizer         word splitter name: {@code spacy_en} (datatrove's English tokens) or {@code spacy_generic}
 * @param luceneAnalyzer    Lucene analysis-common analyzer class (relative to {@code org.apache.lucene.analysis}), or empty
 * @param langScore         minimum language-id score FineWeb-2 used (GlotLID) — informative for the langid step
 * @param dupLineFrac       Gopher repetition: max duplicate-line fraction
 * @param topNGramFracs     Gopher repetition: max char fraction of the top 2-, 3- and 4-gram
 * @param linePunctThr      FineWeb: min share of lines ending in terminal punctuation (≤ 0 switches it off)
 * @param newLineRatio      FineWeb: max newlines per word
 * @param minAvgWordLength  Gopher quality: min mean word length
 * @param maxAvgWordLength  Gopher quality: max mean word length
 * @param minAlphaWordsRatio Gopher quality: min share of words containing a letter
 * @param gopherStopWords   Gopher quality: the words of which at least 2 must occur (case-sensitive)
 * @param stopWords         full lower-case stop-word set (Lucene's where it has one, else the table's own)
 * @param c4                whether C4's rules run (FineWeb-2 does not run them)
 * @param dupPara           whether Gopher's paragraph-repetition and duplicate-line-char checks run
 * @param shortLine         whether FineWeb's short-line check runs
 * @param charDupRatio      FineWeb: max chars in duplicate lines / chars
 * @param elisions          elided articles split off a word when comparing texts ({@code l'} of {@code l'home}), lower case
 * @param source            where the numbers come from
 */
public record LanguageSettings(String code, String name, String script, String fallback, String tokenizer,
                               String luceneAnalyzer, double langScore, double dupLineFrac, double[] topNGramFracs,
                               double linePunctThr, double newLineRatio, double minAvgWordLength,
                               double maxAvgWordLength, double minAlphaWordsRatio, Set<String> gopherStopWords,
                               Set<String> stopWords, boolean c4, boolean dupPara, boolean shortLine,
                               double charDupRatio, Set<String> elisions, String source) {
    public LanguageSettings {
        topNGramFracs = topNGramFracs.clone();
        gopherStopWords = Set.copyOf(gopherStopWords);
        stopWords = Set.copyOf(stopWords);
        elisions = Set.copyOf(elisions);
    }

    @Override
    public double[] topNGramFracs() {
        return topNGramFracs.clone();
    }
}
