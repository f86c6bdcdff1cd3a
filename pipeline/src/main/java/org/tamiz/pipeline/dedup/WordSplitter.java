package org.tamiz.pipeline.dedup;

/**
 * Splits a text into lower-cased words and hands back their 64-bit hashes, in text order. Implementations hold
 * a tokenizer and are not thread-safe: one per partition, from {@link WordSplitters}.
 */
public interface WordSplitter {
  /** Appends the hash of every word of {@code text} to {@code out}. */
  void wordHashes(String text, LongList out);

  /** Names the splitting, so signatures made with another splitting are never mixed (DEDUP.md). */
  String name();
}
