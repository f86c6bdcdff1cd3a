package org.tamiz.langid;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A naive-Bayes character n-gram model: for every n-gram, the log-probability gain it gives each language
 * over that language's log-probability of an unseen n-gram of the same order.
 *
 * <p>Stored as a gzip'd binary file whose features are written as strings (so the file can be inspected
 * and the hash function changed without retraining); in memory they live in an open-addressing table of
 * 64-bit hashes with their language weights in flat arrays, so scoring a text allocates nothing.
 * Immutable and thread-safe.
 */
final class NgramModel {

  private static final String MAGIC = "TAMIZ-LANGID-NGRAM";
  private static final int FORMAT_VERSION = 2;
  /** Weights are stored as signed 16-bit fixed point with this many steps per nat. */
  static final float WEIGHT_SCALE = 256f;

  private final List<String> languages;
  /** [order slot 1..6][language]: log-probability of an n-gram this language never showed. */
  private final float[][] unseen;
  /** Per class, the letters its training text used (at least twice), as a string. */
  private final List<String> alphabets;
  /** Per class, {@link #alphabets} as a bit set over code points below {@link #ALPHABET_LIMIT}. */
  private final long[][] alphabetBits;
  static final int ALPHABET_LIMIT = 0x2000;
  private final Map<String, Double> parameters;
  private final int featureCount;
  /**
   * Open addressing: {@code table[2s]} holds a feature hash, {@code table[2s+1]} its packed entries, so a
   * lookup touches one cache line. Packed entries are either one inline entry ({@link #INLINE} set, the
   * common case for long n-grams) or an offset into {@link #entries} and a count.
   */
  private final long[] table;
  private final int mask;
  /** One int per (feature, class) weight: class in the high 16 bits, weight (fixed point) in the low 16. */
  private final int[] entries;
  /** For writing only: offset of each feature's entries in {@link #entries}. */
  private final int[] entryOffsets;
  static final long INLINE = 1L << 40;
  static final long DENSE = 1L << 41;
  /** Features with at least this many weights are stored as a full row, added with a vectorisable loop. */
  static final int DENSE_MIN_ENTRIES = 8;
  /** Full rows of {@link #classCount} weights for the features with many weights (mostly short n-grams). */
  private final short[] dense;
  private final int classCount;

  /**
   * @param features feature strings ({@link CharNgrams} form), in the order to write them
   * @param entryLanguages per feature, the class indexes that have a weight
   * @param entryWeights per feature, the weights (nats) matching {@code entryLanguages}
   */
  NgramModel(List<String> languages, List<String> alphabets, float[][] unseen, Map<String, Double> parameters,
      List<String> features, List<byte[]> entryLanguages, List<float[]> entryWeights) {
    this.languages = List.copyOf(languages);
    this.alphabets = List.copyOf(alphabets);
    this.alphabetBits = new long[alphabets.size()][ALPHABET_LIMIT / 64];
    for (int c = 0; c < alphabets.size(); c++) {
      long[] bits = alphabetBits[c];
      alphabets.get(c).codePoints().filter(cp -> cp < ALPHABET_LIMIT).forEach(cp -> bits[cp >>> 6] |= 1L << cp);
    }
    this.unseen = unseen;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    this.featureCount = features.size();
    int capacity = Integer.highestOneBit(Math.max(16, featureCount * 2 - 1)) << 1;
    this.table = new long[capacity * 2];
    this.mask = capacity - 1;
    int total = 0;
    for (byte[] e : entryLanguages) {
      total += e.length;
    }
    this.entries = new int[total];
    this.entryOffsets = new int[featureCount + 1];
    this.classCount = languages.size();
    int denseRows = 0;
    for (byte[] e : entryLanguages) {
      denseRows += e.length >= DENSE_MIN_ENTRIES ? 1 : 0;
    }
    this.dense = new short[denseRows * classCount];
    int row = 0;
    int at = 0;
    for (int f = 0; f < featureCount; f++) {
      byte[] langs = entryLanguages.get(f);
      float[] weights = entryWeights.get(f);
      if (langs.length == 0 || langs.length > 255) {
        throw new IllegalArgumentException("feature needs 1..255 entries: " + features.get(f));
      }
      entryOffsets[f] = at;
      for (int e = 0; e < langs.length; e++) {
        entries[at + e] = (langs[e] << 16) | (quantize(weights[e]) & 0xffff);
      }
      long packed;
      if (langs.length == 1) {
        packed = INLINE | (entries[at] & 0xffffffffL);
      } else if (langs.length >= DENSE_MIN_ENTRIES) {
        for (int e = 0; e < langs.length; e++) {
          dense[row * classCount + langs[e]] = (short) entries[at + e];
        }
        packed = DENSE | ((long) row * classCount);
        row++;
      } else {
        packed = ((long) at << 8) | langs.length;
      }
      at += langs.length;
      long key = CharNgrams.hash(features.get(f));
      int slot = (int) key & mask;
      while (table[2 * slot] != 0) {
        if (table[2 * slot] == key) {
          throw new IllegalArgumentException("duplicate or colliding feature: " + features.get(f));
        }
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = packed;
    }
    entryOffsets[featureCount] = at;
  }

  List<String> languages() {
    return languages;
  }

  int featureCount() {
    return featureCount;
  }

  int entryCount() {
    return entries.length;
  }

  double parameter(String name, double fallback) {
    Double v = parameters.get(name);
    return v == null ? fallback : v;
  }

  Map<String, Double> parameters() {
    return parameters;
  }

  /** The packed entries of the feature with this hash, or 0 when the model does not know it. */
  long lookup(long key) {
    int slot = (int) key & mask;
    long k;
    while ((k = table[2 * slot]) != 0) {
      if (k == key) {
        return table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /** Adds a feature's weights (fixed point, {@link #WEIGHT_SCALE} per nat) to {@code scores}. */
  void addWeights(long packed, int[] scores) {
    if ((packed & INLINE) != 0) {
      int entry = (int) packed;
      scores[entry >>> 16] += (short) entry;
      return;
    }
    if ((packed & DENSE) != 0) {
      int base = (int) packed;
      short[] d = dense;
      for (int l = 0; l < classCount; l++) {
        scores[l] += d[base + l];
      }
      return;
    }
    int start = (int) (packed >>> 8);
    int end = start + (int) (packed & 0xff);
    for (int e = start; e < end; e++) {
      int entry = entries[e];
      scores[entry >>> 16] += (short) entry;
    }
  }

  /** A feature's weight for class {@code lang}, fixed point (0 when the class has none). */
  int weight(long packed, int lang) {
    if ((packed & INLINE) != 0) {
      int entry = (int) packed;
      return (entry >>> 16) == lang ? (short) entry : 0;
    }
    if ((packed & DENSE) != 0) {
      return dense[(int) packed + lang];
    }
    int start = (int) (packed >>> 8);
    int end = start + (int) (packed & 0xff);
    for (int e = start; e < end; e++) {
      int entry = entries[e];
      if ((entry >>> 16) == lang) {
        return (short) entry;
      }
    }
    return 0;
  }

  /** True when class {@code lang}'s training text used letter {@code cp} (lower case). */
  boolean inAlphabet(int lang, int cp) {
    return cp < ALPHABET_LIMIT && (alphabetBits[lang][cp >>> 6] & (1L << cp)) != 0;
  }

  float unseen(int order, int lang) {
    return unseen[order - 1][lang];
  }

  /** Heap held by the model's arrays, in bytes. */
  long heapBytes() {
    return table.length * 8L + entries.length * 4L + entryOffsets.length * 4L + dense.length * 2L;
  }

  /** Writes the model; the same model always gives the same bytes. */
  void write(OutputStream out, List<String> features) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeUTF(MAGIC);
    data.writeInt(FORMAT_VERSION);
    data.writeInt(languages.size());
    for (String l : languages) {
      data.writeUTF(l);
    }
    for (String alphabet : alphabets) {
      data.writeUTF(alphabet);
    }
    data.writeInt(unseen.length);
    for (float[] row : unseen) {
      for (float v : row) {
        data.writeFloat(v);
      }
    }
    data.writeInt(parameters.size());
    for (Map.Entry<String, Double> p : parameters.entrySet()) {
      data.writeUTF(p.getKey());
      data.writeDouble(p.getValue());
    }
    data.writeInt(featureCount);
    for (int f = 0; f < featureCount; f++) {
      data.writeUTF(features.get(f));
      int start = entryOffsets[f];
      int end = entryOffsets[f + 1];
      data.writeByte(end - start);
      for (int e = start; e < end; e++) {
        data.writeByte(entries[e] >>> 16);
        data.writeShort((short) entries[e]);
      }
    }
    data.flush();
    gzip.finish();
  }

  static short quantize(float weight) {
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(weight * WEIGHT_SCALE)));
  }

  static float dequantize(float weight) {
    return quantize(weight) / WEIGHT_SCALE;
  }

  static NgramModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT_VERSION) {
      throw new IOException("not a Tamiz language model, or an unsupported version");
    }
    int languageCount = data.readInt();
    List<String> languages = new ArrayList<>();
    for (int i = 0; i < languageCount; i++) {
      languages.add(data.readUTF());
    }
    List<String> alphabets = new ArrayList<>();
    for (int i = 0; i < languageCount; i++) {
      alphabets.add(data.readUTF());
    }
    float[][] unseen = new float[data.readInt()][languageCount];
    for (float[] row : unseen) {
      for (int i = 0; i < languageCount; i++) {
        row[i] = data.readFloat();
      }
    }
    Map<String, Double> parameters = new LinkedHashMap<>();
    int parameterCount = data.readInt();
    for (int i = 0; i < parameterCount; i++) {
      parameters.put(data.readUTF(), data.readDouble());
    }
    int featureCount = data.readInt();
    List<String> features = new ArrayList<>(featureCount);
    List<byte[]> langs = new ArrayList<>(featureCount);
    List<float[]> weights = new ArrayList<>(featureCount);
    for (int f = 0; f < featureCount; f++) {
      features.add(data.readUTF());
      int n = data.readUnsignedByte();
      byte[] l = new byte[n];
      float[] w = new float[n];
      for (int e = 0; e < n; e++) {
        l[e] = data.readByte();
        w[e] = data.readShort() / WEIGHT_SCALE;
      }
      langs.add(l);
      weights.add(w);
    }
    return new NgramModel(languages, alphabets, unseen, parameters, features, langs, weights);
  }
}
