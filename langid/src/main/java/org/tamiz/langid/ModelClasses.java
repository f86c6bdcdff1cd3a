package org.tamiz.langid;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes the model scores: the 35 target languages plus Serbian in Cyrillic, which is kept apart from
 * Serbian in Latin script because the two share almost no n-grams (one class would be a poor fit to both).
 * Several classes may answer with the same language code.
 */
final class ModelClasses {

  static final String SERBIAN_CYRILLIC = "sr-Cyrl";
  static final List<String> NAMES;
  static final int COUNT;
  static final int SERBIAN_CYRILLIC_INDEX;
  private static final int[] LANGUAGE;

  static {
    List<String> names = new ArrayList<>(Languages.TARGET);
    names.add(SERBIAN_CYRILLIC);
    NAMES = List.copyOf(names);
    COUNT = NAMES.size();
    SERBIAN_CYRILLIC_INDEX = COUNT - 1;
    LANGUAGE = new int[COUNT];
    for (int i = 0; i < COUNT; i++) {
      LANGUAGE[i] = i < Languages.TARGET.size() ? i : Languages.indexOf("sr");
    }
  }

  private ModelClasses() {
  }

  /** Index in {@link Languages#TARGET} of the language class {@code c} answers with. */
  static int language(int c) {
    return LANGUAGE[c];
  }

  static int indexOf(String name) {
    return NAMES.indexOf(name);
  }

  /** The class of a training sample: Serbian written mostly in Cyrillic gets its own class. */
  static int classOf(String lang, CharSequence text) {
    int l = Languages.indexOf(lang);
    if (lang.equals("sr")) {
      int cyrillic = 0;
      int latin = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch >= 0x400 && ch < 0x530) {
          cyrillic++;
        } else if (Character.isLetter(ch)) {
          latin++;
        }
      }
      if (cyrillic > latin) {
        return SERBIAN_CYRILLIC_INDEX;
      }
    }
    return l;
  }
}
