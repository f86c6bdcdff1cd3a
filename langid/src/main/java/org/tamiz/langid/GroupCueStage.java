package org.tamiz.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Second stage for confusable groups (Danish / Bokmål / Nynorsk; Croatian / Bosnian / Serbian): words
 * standard in only some languages of a group ({@code af, hvad, nogen} Danish; {@code av, hva, noen} Bokmål;
 * {@code ikkje, eg, kva} Nynorsk; {@code tko, tisuća, siječanj} Croatian; {@code historija, sedmica}
 * Bosnian). The model learns such words too, but from a few hundred sentences per language; the
 * list in {@code group-cues.tsv} states them once, independent of how much training text a language had.
 * Each cue found lowers, by a factor e, the probability of the best class's group members it does not list
 * (at most {@link #MAX_CUES} cues per class); the group keeps its total probability.
 */
final class GroupCueStage {

  static final String RESOURCE = "/org/tamiz/langid/group-cues.tsv";
  static final int MAX_CUES = 3;
  /** Penalty per cue, in nats. */
  static final double CUE_WEIGHT = 1.0;

  /** Word to a bit set of the classes where it is standard. */
  private final Map<String, Long> cues;
  /** Bit set of all classes that have cues. */
  private final long cuedClasses;

  private GroupCueStage(Map<String, Long> cues) {
    this.cues = Map.copyOf(cues);
    long all = 0;
    for (long bits : cues.values()) {
      all |= bits;
    }
    this.cuedClasses = all;
  }

  static GroupCueStage load() {
    Map<String, Long> cues = new HashMap<>();
    try (InputStream in = GroupCueStage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        long bits = 0;
        for (String name : f[1].split(",")) {
          int c = ModelClasses.indexOf(name.trim());
          if (c < 0) {
            throw new IOException("unknown class in " + RESOURCE + ": " + name);
          }
          bits |= 1L << c;
        }
        cues.merge(f[0], bits, (a, b) -> a | b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GroupCueStage(cues);
  }

  /** True when some cue names class {@code c}, i.e. the stage applies to its group. */
  boolean covers(int c) {
    return (cuedClasses & (1L << c)) != 0;
  }

  /**
   * Adjusts {@code p} (class probabilities) within the group given by {@code inGroup}, from the cue words
   * of the normalized text; returns true when anything changed.
   */
  boolean apply(int[] normalized, int length, boolean[] inGroup, double[] p) {
    int[] against = new int[p.length];
    boolean any = false;
    int start = 1;
    for (int i = 1; i < length; i++) {
      if (normalized[i] == CharNgrams.BOUNDARY) {
        if (i - start <= 12) {
          Long bits = cues.get(new String(normalized, start, i - start));
          if (bits != null) {
            for (int c = 0; c < p.length; c++) {
              if (inGroup[c] && (bits & (1L << c)) == 0 && covers(c)) {
                against[c]++;
                any = true;
              }
            }
          }
        }
        start = i + 1;
      }
    }
    if (!any) {
      return false;
    }
    double before = 0;
    double after = 0;
    for (int c = 0; c < p.length; c++) {
      if (inGroup[c]) {
        before += p[c];
        p[c] *= Math.exp(-CUE_WEIGHT * Math.min(MAX_CUES, against[c]));
        after += p[c];
      }
    }
    if (after > 0) {
      for (int c = 0; c < p.length; c++) {
        if (inGroup[c]) {
          p[c] *= before / after;
        }
      }
    }
    return true;
  }
}
