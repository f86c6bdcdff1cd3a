package org.tamiz.pipeline.dedup;

/**
 * 64-bit hashing of char sequences without allocating: FNV-1a over UTF-16 units, then MurmurHash3's fmix64 so
 * every input bit reaches every output bit (FNV alone mixes the last characters poorly). Written by hand because
 * the hash must run on Lucene's term buffer (char[] + length) and on a reused StringBuilder; Guava's or
 * commons-codec's hashers would need a String or byte[] per token.
 */
final class Hash64 {
  private Hash64() {}

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  static long of(char[] chars, int offset, int length) {
    long h = FNV_OFFSET;
    for (int i = offset; i < offset + length; i++) {
      h = (h ^ chars[i]) * FNV_PRIME;
    }
    return fmix64(h ^ length);
  }

  static long of(CharSequence s) {
    long h = FNV_OFFSET;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return fmix64(h ^ n);
  }

  /** MurmurHash3's 64-bit finaliser (public domain, Austin Appleby). */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
