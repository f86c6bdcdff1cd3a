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
  private static final int FORMAT_VERSION = 1;
  /** Weights are stored as signed 16-bit fixed point with this many steps per nat. */
  static final float WEIGHT_SCALE = 256f;

  private final List<String> languages;
  /** [order slot 1..6][language]: log-probability of an n-gram this language never showed. */
  private final float[][] unseen;
  private final Map<String, Double> parameters;
  private final int featureCount;
  private final long[] slotKeys;
  private final int[] slotFeature;
  private final int mask;
  private final int[] entryOffsets;
  private final byte[] entryLanguage;
  private final float[] entryWeight;

  /**
   * @param features feature strings ({@link CharNgrams} form), in the order to write them
   * @param entryLanguages per feature, the language indexes that have a weight
   * @param entryWeights per feature, the weights (nats) matching {@code entryLanguages}
   */
  NgramModel(List<String> languages, float[][] unseen, Map<String, Double> parameters, List<String> features,
      List<byte[]> entryLanguages, List<float[]> entryWeights) {
    this.languages = List.copyOf(languages);
    this.unseen = unseen;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    this.featureCount = features.size();
    int capacity = Integer.highestOneBit(Math.max(16, featureCount * 2 - 1)) << 1;
    this.slotKeys = new long[capacity];
    this.slotFeature = new int[capacity];
    this.mask = capacity - 1;
    int entries = 0;
    for (byte[] e : entryLanguages) {
      entries += e.length;
    }
    this.entryOffsets = new int[featureCount + 1];
    this.entryLanguage = new byte[entries];
    this.entryWeight = new float[entries];
    int at = 0;
    for (int f = 0; f < featureCount; f++) {
      long key = CharNgrams.hash(features.get(f));
      int slot = (int) key & mask;
      while (slotKeys[slot] != 0) {
        if (slotKeys[slot] == key) {
          throw new IllegalArgumentException("duplicate or colliding feature: " + features.get(f));
        }
        slot = (slot + 1) & mask;
      }
      slotKeys[slot] = key;
      slotFeature[slot] = f;
      entryOffsets[f] = at;
      byte[] langs = entryLanguages.get(f);
      float[] weights = entryWeights.get(f);
      System.arraycopy(langs, 0, entryLanguage, at, langs.length);
      System.arraycopy(weights, 0, entryWeight, at, weights.length);
      at += langs.length;
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
    return entryWeight.length;
  }

  double parameter(String name, double fallback) {
    Double v = parameters.get(name);
    return v == null ? fallback : v;
  }

  Map<String, Double> parameters() {
    return parameters;
  }

  /** Index of the feature with this hash, or -1. */
  int find(long key) {
    int slot = (int) key & mask;
    long k;
    while ((k = slotKeys[slot]) != 0) {
      if (k == key) {
        return slotFeature[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Adds the weights of feature {@code f} to {@code scores}; returns how many languages it has. */
  int addWeights(int f, double[] scores) {
    int end = entryOffsets[f + 1];
    for (int e = entryOffsets[f]; e < end; e++) {
      scores[entryLanguage[e]] += entryWeight[e];
    }
    return end - entryOffsets[f];
  }

  /** Weight of language {@code lang} for feature {@code f} (0 when the language never showed it). */
  float weight(int f, int lang) {
    int end = entryOffsets[f + 1];
    for (int e = entryOffsets[f]; e < end; e++) {
      if (entryLanguage[e] == lang) {
        return entryWeight[e];
      }
    }
    return 0f;
  }

  float unseen(int order, int lang) {
    return unseen[order - 1][lang];
  }

  /** Approximate heap held by the model's arrays, in bytes. */
  long heapBytes() {
    return slotKeys.length * 8L + slotFeature.length * 4L + entryOffsets.length * 4L + entryLanguage.length
        + entryWeight.length * 4L;
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
        data.writeByte(entryLanguage[e]);
        data.writeShort(quantize(entryWeight[e]));
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
    return new NgramModel(languages, unseen, parameters, features, langs, weights);
  }
}
