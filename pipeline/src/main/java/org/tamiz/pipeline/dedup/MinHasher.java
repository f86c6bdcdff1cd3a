package org.tamiz.pipeline.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures of word n-gram shingle sets (Broder 1997): for each of k hash functions, the minimum over
 * the document's shingles. The fraction of equal positions in two signatures estimates the Jaccard similarity of
 * the two shingle sets (standard error sqrt(J(1−J)/k)).
 *
 * <p>Each shingle is hashed once to 64 bits; the k functions are multiply-shift hashes
 * {@code (a·x + b) >>> 32} with odd {@code a} (Dietzfelbinger et al. 1997), drawn from a seeded generator so a
 * signature depends only on the text, the seed and the parameters. Immutable and thread-safe.
 */
public final class MinHasher {
  private final int numHashes;
  private final int shingleSize;
  private final long seed;
  private final long[] a;
  private final long[] b;

  public MinHasher(int numHashes, int shingleSize, long seed) {
    this.numHashes = numHashes;
    this.shingleSize = shingleSize;
    this.seed = seed;
    this.a = new long[numHashes];
    this.b = new long[numHashes];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < numHashes; i++) {
      a[i] = r.nextLong() | 1L;
      b[i] = r.nextLong();
    }
  }

  public int numHashes() {
    return numHashes;
  }

  /** Identifies the signature format; signatures are only comparable when this string is equal. */
  public String format() {
    return "minhash-v1 k=" + numHashes + " n=" + shingleSize + " seed=" + seed + " words=" + WordSplitters.version();
  }

  /**
   * The signature of the word sequence given as word hashes; null for no words. A text shorter than the shingle
   * size is one shingle of all its words, so one-word documents still have a signature.
   */
  public int[] signature(LongList words) {
    int n = words.size();
    if (n == 0) return null;
    long[] min = new long[numHashes];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    int shingles = Math.max(1, n - shingleSize + 1);
    int width = Math.min(shingleSize, n);
    for (int s = 0; s < shingles; s++) {
      long x = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < width; j++) x = Hash64.fmix64(x ^ words.get(s + j)) + j;
      for (int i = 0; i < numHashes; i++) {
        long v = (a[i] * x + b[i]) >>> 32;
        if (v < min[i]) min[i] = v;
      }
    }
    int[] sig = new int[numHashes];
    for (int i = 0; i < numHashes; i++) sig[i] = (int) min[i];
    return sig;
  }

  /** Fraction of equal positions: the Jaccard estimate of the two shingle sets. */
  public static double similarity(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) if (x[i] == y[i]) same++;
    return (double) same / x.length;
  }

  public static byte[] toBytes(int[] sig) {
    byte[] out = new byte[sig.length * 4];
    for (int i = 0; i < sig.length; i++) {
      int v = sig[i];
      out[4 * i] = (byte) (v >>> 24);
      out[4 * i + 1] = (byte) (v >>> 16);
      out[4 * i + 2] = (byte) (v >>> 8);
      out[4 * i + 3] = (byte) v;
    }
    return out;
  }

  public static int[] fromBytes(byte[] bytes) {
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = ((bytes[4 * i] & 0xFF) << 24) | ((bytes[4 * i + 1] & 0xFF) << 16) | ((bytes[4 * i + 2] & 0xFF) << 8) | (bytes[4 * i + 3] & 0xFF);
    }
    return sig;
  }

  /** Signature Jaccard straight on the stored bytes (no int[] allocation). */
  public static double similarity(byte[] x, byte[] y) {
    int same = 0;
    int k = x.length / 4;
    for (int i = 0; i < x.length; i += 4) {
      if (x[i] == y[i] && x[i + 1] == y[i + 1] && x[i + 2] == y[i + 2] && x[i + 3] == y[i + 3]) same++;
    }
    return (double) same / k;
  }
}
