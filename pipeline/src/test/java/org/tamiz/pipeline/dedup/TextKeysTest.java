package org.tamiz.pipeline.dedup;

import org.junit.jupiter.api.Test;
import org.tamiz.pipeline.Fixtures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextKeysTest {
  private final TextKeys keys = new TextKeys();

  static long[] key(TextKeys k, String t) {
    long[] x = k.exactKey(t);
    return x == null ? null : new long[] {x[0], x[1]};
  }

  @Test
  void whitespaceCaseAndUnicodeFormAreFolded() {
    String fr = Fixtures.text("fr").text();
    assertArrayEquals(key(keys, fr), key(keys, "  " + fr.toUpperCase(java.util.Locale.ROOT).replace(" ", " \t\u00A0") + "\n"));
    assertArrayEquals(key(keys, "Le café du village"), key(keys, "le cafe\u0301 du\nvillage"));
    assertArrayEquals(key(keys, "Die Straße"), key(keys, "DIE STRASSE"));
    assertEquals("die strasse", TextKeys.normaliseText(" Die\u2003Straße "));
  }

  @Test
  void differentWordsDifferentKey() {
    String fr = Fixtures.text("fr").text();
    assertFalse(java.util.Arrays.equals(key(keys, fr), key(keys, fr.replace("boulanger", "boucher"))));
    assertFalse(java.util.Arrays.equals(key(keys, "a b"), key(keys, "ab")));
  }

  @Test
  void blankTextHasNoKey() {
    assertNull(keys.exactKey(""));
    assertNull(keys.exactKey(" \n\t\u00A0"));
  }

  @Test
  void normalisedLengthIsTheThirdValue() {
    assertEquals(11, keys.exactKey("  Die   Straße ")[2]); // "die strasse"
  }

  @Test
  void lineKeysFoldDigitsLikeCcnet() {
    assertEquals(keys.lineKey("© 2023 Example Media. All rights reserved."),
        keys.lineKey("© 2024  example media. ALL rights reserved. "));
    assertNotEquals(keys.lineKey("We use cookies to improve your experience."),
        keys.lineKey("We use cookies to improve our experience."));
    assertEquals(0L, keys.lineKey("   \t"));
    assertNotEquals(0L, keys.lineKey("x"));
  }
}
