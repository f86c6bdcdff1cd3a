package org.tamiz.langid;

import java.util.List;
import java.util.Map;
import java.util.HashMap;

/** The 35 target languages (CONTRACT.md codes) and the code for everything else. */
public final class Languages {

  /** Target codes in CONTRACT.md order: {@code no} is Bokmål, {@code sh} Serbo-Croatian/Bosnian (Latin). */
  public static final List<String> TARGET = List.of(
      "bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu", "fi", "fr", "ga", "gl", "hr", "hu",
      "it", "lt", "lv", "mt", "nl", "nn", "no", "oc", "pl", "pt", "ro", "ru", "sh", "sk", "sl", "sr", "sv", "uk");

  /** Returned when the text is in none of the target languages, or too short or mixed to tell. */
  public static final String UNDETERMINED = "und";

  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < TARGET.size(); i++) {
      INDEX.put(TARGET.get(i), i);
    }
  }

  private Languages() {
  }

  /** True when {@code code} is one of the 35 target codes (not {@code und}). */
  public static boolean isTarget(String code) {
    return code != null && INDEX.containsKey(code);
  }

  /** Position of {@code code} in {@link #TARGET}, or -1. */
  public static int indexOf(String code) {
    Integer i = code == null ? null : INDEX.get(code);
    return i == null ? -1 : i;
  }

  /** True for the Serbo-Croatian family, which the evaluation may merge into one group. */
  public static boolean isSerboCroatian(String code) {
    return "hr".equals(code) || "sr".equals(code) || "sh".equals(code);
  }
}
