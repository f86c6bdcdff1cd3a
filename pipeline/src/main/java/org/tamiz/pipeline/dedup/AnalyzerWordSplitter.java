package org.tamiz.pipeline.dedup;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * Words of one language through its Lucene analyzer from the language table
 * ({@code LanguageTable.wordAnalyzerFor}: Unicode word boundaries, the language's lower-casing and elisions, no
 * word dropped), after NFC. Analyzers reuse their token streams per thread, so this is cheap per document.
 */
final class AnalyzerWordSplitter implements WordSplitter {
  private final Analyzer analyzer;
  private final String name;

  AnalyzerWordSplitter(Analyzer analyzer, String name) {
    this.analyzer = analyzer;
    this.name = name;
  }

  @Override
  public void wordHashes(String text, LongList out) {
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    try (TokenStream tokens = analyzer.tokenStream("", s)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) out.add(Hash64.of(term.buffer(), 0, term.length()));
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a String cannot fail", e);
    }
  }

  @Override
  public String name() {
    return name;
  }
}
