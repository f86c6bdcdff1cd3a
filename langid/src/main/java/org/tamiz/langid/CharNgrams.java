package org.tamiz.langid;

/**
 * Turns text into the character n-gram features the model is trained on. The trainer and the identifier
 * share this code so both see exactly the same features.
 *
 * <p>Text is cut into words of letters (lower-cased; an apostrophe between two letters stays inside the
 * word, as in Catalan "l'home" or Irish "d'fhéadfadh"); everything else is a word boundary, written as a
 * space. Each word, padded with a space on both sides, yields its 1- to 5-grams and, when longer than five
 * characters with its padding, the whole padded word. Written by hand rather than with a Lucene analyzer
 * because it runs on every n-gram of every document and must not allocate.
 */
final class CharNgrams {

  /**
   * Shortest character n-gram. Single letters are left out: bigrams with a boundary carry the same
   * information (a letter at a word start or end), and single letters have a weight for nearly every
   * language, which made them the larger part of the scoring cost.
   */
  static final int MIN_ORDER = 2;
  /** Longest character n-gram. */
  static final int MAX_ORDER = 4;
  /** Order slot used for whole-word features (their unseen-penalty is kept apart from the n-grams'). */
  static final int WORD_ORDER = 6;
  /** Letters kept per word; longer tokens (URLs, identifiers, base64) are cut. */
  static final int MAX_WORD = 32;
  static final int BOUNDARY = ' ';

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private CharNgrams() {
  }

  /** Receives each feature: its 64-bit hash and its order (1..5 or {@link #WORD_ORDER}). */
  interface Sink {
    void accept(long hash, int order);
  }

  /**
   * Writes the normalized code points of {@code text[from, to)} into {@code out} as
   * {@code ' ' w1 ' ' w2 ... ' '} and returns the number written; {@code out} must hold at least
   * {@code to - from + 2} ints.
   */
  static int normalize(CharSequence text, int from, int to, int[] out) {
    return normalize(text, from, to, out, 0);
  }

  /**
   * Like {@link #normalize(CharSequence, int, int, int[])} but appends at {@code out[start]}, so several
   * pieces of one document can be scored together; returns the new end.
   */
  static int normalize(CharSequence text, int from, int to, int[] out, int start) {
    int n = start;
    if (n == 0 || out[n - 1] != BOUNDARY) {
      out[n++] = BOUNDARY;
    }
    int wordLength = 0;
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      int next = i + Character.charCount(cp);
      if (Character.isLetter(cp) || (wordLength > 0 && isMark(cp))) {
        if (wordLength < MAX_WORD) {
          out[n++] = Character.toLowerCase(cp);
          wordLength++;
        }
      } else if (wordLength > 0 && isApostrophe(cp) && next < to
          && Character.isLetter(Character.codePointAt(text, next))) {
        if (wordLength < MAX_WORD) {
          out[n++] = '\'';
          wordLength++;
        }
      } else if (wordLength > 0) {
        out[n++] = BOUNDARY;
        wordLength = 0;
      }
      i = next;
    }
    if (wordLength > 0) {
      out[n++] = BOUNDARY;
    }
    return n;
  }

  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '\u2018';
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Calls {@code sink} for every feature of the normalized buffer {@code cps[0, length)}. */
  static void forEachFeature(int[] cps, int length, Sink sink) {
    int wordStart = 1;
    for (int i = 1; i < length; i++) {
      if (cps[i] == BOUNDARY) {
        if (i > wordStart) {
          wordFeatures(cps, wordStart - 1, i, sink);
        }
        wordStart = i + 1;
      }
    }
  }

  /** Features of one padded word {@code cps[padStart..padEnd]} (both ends are boundaries). */
  private static void wordFeatures(int[] cps, int padStart, int padEnd, Sink sink) {
    for (int s = padStart; s < padEnd; s++) {
      long h = FNV_OFFSET;
      for (int n = 1; n <= MAX_ORDER && s + n - 1 <= padEnd; n++) {
        h = (h ^ cps[s + n - 1]) * FNV_PRIME;
        if (n >= MIN_ORDER) {
          sink.accept(mix(h, n), n);
        }
      }
    }
    int padded = padEnd - padStart + 1;
    if (padded > MAX_ORDER) {
      long h = FNV_OFFSET;
      for (int i = padStart; i <= padEnd; i++) {
        h = (h ^ cps[i]) * FNV_PRIME;
      }
      sink.accept(mix(h, padded), WORD_ORDER);
    }
  }

  /** The same features as {@link #forEachFeature} but as strings, for the trainer. */
  static void forEachFeatureString(int[] cps, int length, java.util.function.Consumer<String> sink) {
    int wordStart = 1;
    for (int i = 1; i < length; i++) {
      if (cps[i] == BOUNDARY) {
        if (i > wordStart) {
          int padStart = wordStart - 1;
          int padEnd = i;
          for (int s = padStart; s < padEnd; s++) {
            for (int n = 1; n <= MAX_ORDER && s + n - 1 <= padEnd; n++) {
              if (n >= MIN_ORDER) {
                sink.accept(new String(cps, s, n));
              }
            }
          }
          if (padEnd - padStart + 1 > MAX_ORDER) {
            sink.accept(new String(cps, padStart, padEnd - padStart + 1));
          }
        }
        wordStart = i + 1;
      }
    }
  }

  /** The hash of a feature written as a string (spaces for boundaries), as the trainer stores it. */
  static long hash(String feature) {
    long h = FNV_OFFSET;
    int n = 0;
    for (int i = 0; i < feature.length(); ) {
      int cp = feature.codePointAt(i);
      h = (h ^ cp) * FNV_PRIME;
      n++;
      i += Character.charCount(cp);
    }
    return mix(h, n);
  }

  /** The order slot of a feature string: its length up to 5, else a whole word. */
  static int order(String feature) {
    int n = feature.codePointCount(0, feature.length());
    return n <= MAX_ORDER ? n : WORD_ORDER;
  }

  private static long mix(long h, int n) {
    long z = h ^ (n * 0x9e3779b97f4a7c15L);
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = z ^ (z >>> 33);
    return z == 0 ? 1 : z;
  }
}
