package org.tamiz.langid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Second stage for Serbo-Croatian in Latin script: Serbian is the only standard of the three written in
 * the Ekavian reflex of jat ({@code lepo, mesto, deca}); Croatian and Bosnian are Ijekavian
 * ({@code lijepo, mjesto, djeca}). Text the model gives to hr or sh that shows at least
 * {@link #MIN_EKAVIAN} Ekavian word forms and no Ijekavian one is Serbian. (Cyrillic Serbian is decided by
 * script: its own model class.) The word lists are in {@code serbo-croatian-reflexes.tsv}.
 */
final class SerboCroatianStage {

  static final String RESOURCE = "/org/tamiz/langid/serbo-croatian-reflexes.tsv";
  static final int MIN_EKAVIAN = 2;

  private final Set<String> ekavian;
  private final Set<String> ijekavian;

  private SerboCroatianStage(Set<String> ekavian, Set<String> ijekavian) {
    this.ekavian = ekavian;
    this.ijekavian = ijekavian;
  }

  static SerboCroatianStage load() {
    Set<String> ekavian = new HashSet<>();
    Set<String> ijekavian = new HashSet<>();
    try (InputStream in = SerboCroatianStage.class.getResourceAsStream(RESOURCE)) {
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
        Set<String> target = switch (f[0]) {
          case "ekavian" -> ekavian;
          case "ijekavian" -> ijekavian;
          default -> throw new IOException("unknown reflex in " + RESOURCE + ": " + f[0]);
        };
        for (String word : f[1].trim().split(" +")) {
          target.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SerboCroatianStage(Set.copyOf(ekavian), Set.copyOf(ijekavian));
  }

  /** True when the normalized text ({@link CharNgrams#normalize} form) reads as Ekavian. */
  boolean isEkavian(int[] normalized, int length) {
    int ekavianWords = 0;
    int start = 1;
    for (int i = 1; i < length; i++) {
      if (normalized[i] == CharNgrams.BOUNDARY) {
        if (i - start >= 2 && i - start <= 20) {
          String word = new String(normalized, start, i - start);
          if (ijekavian.contains(word)) {
            return false;
          }
          if (ekavian.contains(word)) {
            ekavianWords++;
          }
        }
        start = i + 1;
      }
    }
    return ekavianWords >= MIN_EKAVIAN;
  }
}
