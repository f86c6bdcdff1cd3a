package org.tamiz.pipeline.dedup;

import java.io.Serializable;
import java.util.Locale;

/**
 * Locality-sensitive hashing by banding (Leskovec, Rajaraman, Ullman, Mining of Massive Datasets §3.4): the
 * signature is cut into {@code bands} bands of {@code rows} values; two documents become a candidate pair when
 * they agree on every value of at least one band, which happens with probability
 * {@code 1 − (1 − J^rows)^bands} (the S-curve).
 */
public record LshBands(int bands, int rows) implements Serializable {

  public LshBands {
    if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be ≥ 1");
  }

  /** P(candidate | Jaccard = j). */
  public double probability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /** Where the S-curve is steepest, ≈ (1/bands)^(1/rows). */
  public double effectiveThreshold() {
    return Math.pow(1.0 / bands, 1.0 / rows);
  }

  /**
   * The layout for a target Jaccard: the most rows per band (fewest false candidates, so least verification
   * work) such that, with as many bands as the signature holds, a pair at exactly the target becomes a candidate
   * with at least {@code minProbability}. Recall first: a missed pair is lost for good, while a false candidate
   * only costs one signature comparison.
   */
  public static LshBands choose(double threshold, int numHashes, double minProbability) {
    for (int r = numHashes; r >= 1; r--) {
      LshBands l = new LshBands(numHashes / r, r);
      if (l.probability(threshold) >= minProbability) return l;
    }
    return new LshBands(numHashes, 1);
  }

  /** The bucket key of band {@code band}: its values and its index, hashed to 64 bits. */
  public long bucket(int[] signature, int band) {
    long h = Hash64.fmix64(0x5BD1E995L + band);
    for (int i = band * rows; i < (band + 1) * rows; i++) {
      h = Hash64.fmix64(h ^ (signature[i] & 0xFFFFFFFFL)) * 31 + i;
    }
    return Hash64.fmix64(h);
  }

  public long[] buckets(int[] signature) {
    long[] out = new long[bands];
    for (int b = 0; b < bands; b++) out[b] = bucket(signature, b);
    return out;
  }

  /** The S-curve as a Markdown table (DEDUP.md is generated from this). */
  public String sCurveTable() {
    StringBuilder sb = new StringBuilder("| Jaccard | P(candidate) |\n|---|---|\n");
    for (double j : new double[] {0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0}) {
      sb.append(String.format(Locale.ROOT, "| %.2f | %.4f |%n", j, probability(j)));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return bands + "×" + rows;
  }
}
