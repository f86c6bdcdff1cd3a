package org.tamiz.pipeline.dedup;

import org.junit.jupiter.api.Test;
import org.tamiz.pipeline.Fixtures;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tamiz.pipeline.dedup.DedupDocs.edits;
import static org.tamiz.pipeline.dedup.DedupDocs.replaceWords;

class MinHasherTest {
  private final MinHasher hasher = new MinHasher(128, 5, DedupConfig.defaults().seed);
  private final WordSplitters splitters = WordSplitters.forPartition();
  private final WordSplitter words = splitters.forLanguage("en");

  int[] sig(String text) {
    LongList w = new LongList(16);
    words.wordHashes(text, w);
    return hasher.signature(w);
  }

  /** True word 5-gram Jaccard, computed the slow way for reference. */
  double jaccard(String a, String b) {
    Set<Long> x = shingles(a);
    Set<Long> y = shingles(b);
    Set<Long> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<Long> union = new HashSet<>(x);
    union.addAll(y);
    return (double) inter.size() / union.size();
  }

  Set<Long> shingles(String t) {
    LongList w = new LongList(16);
    words.wordHashes(t, w);
    Set<Long> s = new HashSet<>();
    for (int i = 0; i + 5 <= w.size(); i++) {
      long h = 17;
      for (int j = 0; j < 5; j++) h = h * 1_000_003L + w.get(i + j);
      s.add(h);
    }
    return s;
  }

  /** The chain used by the Spark tests: A~B and B~C pass verification (≥ 0.7), A~C does not. */
  static final String A = Fixtures.text("en").text();
  static final String B = replaceWords(A, edits(8, "rusty", 30, "bent", 52, "replaced"));
  static final String C = replaceWords(B, edits(80, "huge", 100, "market", 120, "garden"));

  @Test
  void signatureEstimatesTheWordShingleJaccard() {
    double ab = jaccard(A, B);
    double ac = jaccard(A, C);
    assertEquals(0.7987, ab, 1e-4);
    assertEquals(0.6341, ac, 1e-4);
    // Standard error at k = 128 is sqrt(J(1−J)/128) ≈ 0.035 to 0.043: three of them is the tolerance.
    assertEquals(ab, MinHasher.similarity(sig(A), sig(B)), 3 * Math.sqrt(ab * (1 - ab) / 128));
    assertEquals(ac, MinHasher.similarity(sig(A), sig(C)), 3 * Math.sqrt(ac * (1 - ac) / 128));
  }

  @Test
  void chainLinksOnlyNeighbours() {
    double verify = DedupConfig.defaults().verifyThreshold;
    assertTrue(MinHasher.similarity(sig(A), sig(B)) >= verify);
    assertTrue(MinHasher.similarity(sig(B), sig(C)) >= verify);
    assertTrue(MinHasher.similarity(sig(A), sig(C)) < verify);
  }

  @Test
  void differentTextsShareAlmostNothing() {
    for (Fixtures.Text t : Fixtures.texts()) {
      for (Fixtures.Text u : Fixtures.texts()) {
        if (t.lang().compareTo(u.lang()) < 0) {
          assertTrue(MinHasher.similarity(sig(t.text()), sig(u.text())) < 0.05, t.lang() + " vs " + u.lang());
        }
      }
    }
  }

  @Test
  void caseAndUnicodeFormDoNotMatterButWordsDo() {
    String de = Fixtures.text("fr").text();
    assertArrayEquals(sig(de), sig(de.toUpperCase(java.util.Locale.ROOT)));
    assertArrayEquals(sig("Café au lait"), sig("Cafe\u0301 au lait"));
    assertEquals(1.0, MinHasher.similarity(sig(de), sig(de + "  ")));
  }

  @Test
  void wordsAreSplitPerLanguage() {
    // Catalan: the typographic and the ASCII apostrophe are one word boundary, the elided article goes.
    String typographic = "L\u2019home que ha escrit aquest llibre viu a l\u2019illa de Mallorca des de fa anys";
    String ascii = typographic.replace('\u2019', '\'');
    LongList a = new LongList(16);
    LongList b = new LongList(16);
    splitters.forLanguage("ca").wordHashes(typographic, a);
    splitters.forLanguage("ca").wordHashes(ascii, b);
    assertArrayEquals(hasher.signature(a), hasher.signature(b));
    assertEquals(15, a.size()); // "L’home" → "home", "l’illa" → "illa"
    // Greek: capitals without accents are the same words as the lower-case text with them.
    LongList g1 = new LongList(16);
    LongList g2 = new LongList(16);
    splitters.forLanguage("el").wordHashes("Η οδός του χωριού είναι στενή", g1);
    splitters.forLanguage("el").wordHashes("Η ΟΔΟΣ ΤΟΥ ΧΩΡΙΟΥ ΕΙΝΑΙ ΣΤΕΝΗ", g2);
    assertArrayEquals(hasher.signature(g1), hasher.signature(g2));
  }

  @Test
  void shortAndEmptyTexts() {
    assertNull(sig(""));
    assertNull(sig("  … — !! "));
    int[] one = sig("Bicycle");
    assertNotNull(one);
    assertArrayEquals(one, sig("bicycle."));
    assertEquals(0.0, MinHasher.similarity(one, sig("garage")), 0.02);
    // Three words: one shingle of all three.
    assertArrayEquals(sig("the old bicycle"), sig("The old bicycle!"));
  }

  @Test
  void sameSeedSameSignatureOtherSeedOther() {
    assertArrayEquals(sig(A), sig(A));
    LongList w = new LongList(16);
    words.wordHashes(A, w);
    int[] other = new MinHasher(128, 5, 1L).signature(w);
    assertTrue(MinHasher.similarity(sig(A), other) < 0.05);
    assertArrayEquals(sig(A), MinHasher.fromBytes(MinHasher.toBytes(sig(A))));
    assertEquals(MinHasher.similarity(sig(A), sig(B)), MinHasher.similarity(MinHasher.toBytes(sig(A)), MinHasher.toBytes(sig(B))));
  }
}
