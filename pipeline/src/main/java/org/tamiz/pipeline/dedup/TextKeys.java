package org.tamiz.pipeline.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

/**
 * The keys exact and line dedup compare. Not thread-safe (holds a digest and a buffer): one per partition.
 *
 * <p>Exact key: SHA-1 (as CCNet) of the text after Unicode NFC, case folding and whitespace folding; 128 of its
 * bits are kept, so an accidental collision is out of reach at any corpus size. Case folding is
 * {@code toUpperCase} then {@code toLowerCase} per code point (the JDK has no full case fold): it maps final σ/ς
 * to one form, which a single {@code toLowerCase} does not, and ß is written ss.
 *
 * <p>Line key: CCNet's line normalisation (same folding, and every digit → 0 so "© 2023" and "© 2024" footers
 * count as one line), hashed to 64 bits.
 */
final class TextKeys {
  private final MessageDigest sha1;
  private final StringBuilder buffer = new StringBuilder(256);

  TextKeys() {
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-1", e);
    }
  }

  /** NFC, case-folded, whitespace runs → one space, trimmed. */
  static String normaliseText(String text) {
    return fold(text, false, new StringBuilder(text.length())).toString();
  }

  /**
   * The 128-bit exact key of a text and the length of its normalised form: {hi, lo, length}; null when the
   * normalised text is empty.
   */
  long[] exactKey(String text) {
    buffer.setLength(0);
    fold(text, false, buffer);
    if (buffer.length() == 0) return null;
    byte[] d = sha1.digest(buffer.toString().getBytes(StandardCharsets.UTF_8));
    return new long[] {bytesToLong(d, 0), bytesToLong(d, 8), buffer.length()};
  }

  /** The key of one line (no '\n' inside); 0 for a line that is blank after normalisation. */
  long lineKey(String line) {
    buffer.setLength(0);
    fold(line, true, buffer);
    if (buffer.length() == 0) return 0L;
    long h = Hash64.of(buffer);
    return h == 0L ? 1L : h; // 0 is reserved for blank lines
  }

  /**
   * Case folding per code point, without copying the text twice ({@code toUpperCase} then {@code toLowerCase} of
   * the whole string cost a third of the feature pass): {@code toLowerCase(toUpperCase(c))}, which maps final ς and
   * σ to one form, with ß and ẞ written {@code ss} as the string-level round trip does. Characters whose upper case
   * is several characters (ligatures like ﬁ) keep their own form.
   */
  private static StringBuilder fold(String text, boolean digitsToZero, StringBuilder out) {
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    boolean pendingSpace = false;
    int n = s.length();
    for (int i = 0; i < n; ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (c < 0x80) { // ASCII: the common case, no table look-up
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (digitsToZero && c >= '0' && c <= '9') c = '0';
        out.append((char) c);
      } else if (digitsToZero && Character.isDigit(c)) {
        out.append('0');
      } else if (c == '\u00DF' || c == '\u1E9E') {
        out.append("ss");
      } else {
        out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      }
    }
    return out;
  }

  private static long bytesToLong(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xFF);
    return v;
  }
}
