package org.tamiz.pipeline.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LshBandsTest {
  @Test
  void defaultLayoutForThresholdPointEight() {
    LshBands l = DedupConfig.defaults().lsh();
    assertEquals(new LshBands(21, 6), l);
    assertEquals(0.9983, l.probability(0.8), 1e-4);
    assertEquals(0.2816, l.probability(0.5), 1e-4);
    assertEquals(0.6020, l.effectiveThreshold(), 1e-4);
    // 18×7 is cheaper but misses 1.5 % of pairs at exactly 0.8, 16×8 5 %.
    assertTrue(new LshBands(18, 7).probability(0.8) < 0.99);
    assertTrue(new LshBands(16, 8).probability(0.8) < 0.98);
  }

  @Test
  void fineWebLayoutMatchesItsPublishedRecall() {
    // REFERENCE.md §3: FineWeb 14×8, P(found | J = 0.8) ≈ 0.92.
    assertEquals(0.924, new LshBands(14, 8).probability(0.8), 1e-3);
  }

  @Test
  void stricterTargetsGetMoreRows() {
    assertTrue(LshBands.choose(0.9, 128, 0.98).rows() > LshBands.choose(0.7, 128, 0.98).rows());
    LshBands l = LshBands.choose(0.5, 64, 0.98);
    assertTrue(l.probability(0.5) >= 0.98 && l.bands() * l.rows() <= 64);
  }

  @Test
  void bucketsDependOnTheBandsValuesAndIndex() {
    LshBands l = new LshBands(4, 2);
    int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    int[] b = {1, 2, 9, 9, 5, 6, 9, 9};
    assertEquals(l.bucket(a, 0), l.bucket(b, 0));
    assertNotEquals(l.bucket(a, 1), l.bucket(b, 1));
    assertEquals(l.bucket(a, 2), l.bucket(b, 2));
    int[] same = {7, 7, 7, 7, 7, 7, 7, 7};
    assertNotEquals(l.bucket(same, 0), l.bucket(same, 1)); // equal values in different bands never collide
  }
}
