package org.tamiz.pipeline.dedup;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * Words by Lucene's {@link StandardTokenizer} (Unicode UAX#29 word boundaries, which handle every alphabet of
 * the 35 languages), lower-cased per code point. One tokenizer, reused for every document of a partition.
 */
final class StandardWordSplitter implements WordSplitter {
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

  @Override
  public void wordHashes(String text, LongList out) {
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    try {
      tokenizer.setReader(new StringReader(s));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        char[] b = term.buffer();
        int n = term.length();
        for (int i = 0; i < n; i++) b[i] = Character.toLowerCase(b[i]);
        out.add(Hash64.of(b, 0, n));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a String cannot fail", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        // closing a StringReader does not fail
      }
    }
  }

  @Override
  public String name() {
    return "lucene-standard-lowercase";
  }
}
