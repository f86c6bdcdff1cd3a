package org.tamiz.pipeline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that repairs invalid sequences with U+FFFD and says how many it repaired. */
public final class TextDecoding {
  private TextDecoding() {}

  public record Decoded(String text, int repaired) {}

  public static Decoded utf8(byte[] bytes, int off, int len) {
    int start = off;
    // Strip a UTF-8 byte-order mark: it is not text.
    if (len >= 3 && (bytes[off] & 0xff) == 0xef && (bytes[off + 1] & 0xff) == 0xbb && (bytes[off + 2] & 0xff) == 0xbf) {
      start += 3;
      len -= 3;
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = strict.decode(ByteBuffer.wrap(bytes, start, len));
      return new Decoded(cb.toString(), 0);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, start, len, StandardCharsets.UTF_8);
      int before = countReplacement(bytes, start, len);
      int after = 0;
      for (int i = 0; i < lenient.length(); i++) if (lenient.charAt(i) == '\uFFFD') after++;
      return new Decoded(lenient, Math.max(1, after - before));
    }
  }

  /** U+FFFD already present in valid input (EF BF BD) is not a repair. */
  private static int countReplacement(byte[] b, int off, int len) {
    int n = 0;
    for (int i = off; i + 2 < off + len; i++) {
      if ((b[i] & 0xff) == 0xef && (b[i + 1] & 0xff) == 0xbf && (b[i + 2] & 0xff) == 0xbd) n++;
    }
    return n;
  }

  /** Binary junk rather than text: NUL bytes are never in real text. */
  public static boolean looksBinary(byte[] b, int off, int len) {
    int scan = Math.min(len, 8192);
    int nul = 0;
    for (int i = off; i < off + scan; i++) if (b[i] == 0) nul++;
    return nul > 0;
  }
}
