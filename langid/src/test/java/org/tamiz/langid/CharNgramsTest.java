package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharNgramsTest {

  private static String normalized(String text) {
    int[] out = new int[text.length() + 2];
    int n = CharNgrams.normalize(text, 0, text.length(), out);
    return new String(out, 0, n);
  }

  @Test
  void lowerCasesLettersAndTurnsEverythingElseIntoSingleBoundaries() {
    assertEquals(" l'home va dir vegades que ", normalized("L'home va dir, 3 vegades: «que»"));
    assertEquals(" d'fhéadfadh sé ", normalized("D’fhéadfadh sé…"));
    assertEquals(" rock n roll ", normalized("rock 'n' roll"));
    assertEquals(" ", normalized("  12:30 -- !!  "));
    assertEquals(" ", normalized(""));
  }

  @Test
  void fastHashesAreTheHashesOfTheTrainerFeatureStrings() {
    String text = "Příliš žluťoučký kůň úpěl ďábelské ódy; l'home és aquí. Здраво свете!";
    int[] cps = new int[text.length() + 2];
    int n = CharNgrams.normalize(text, 0, text.length(), cps);
    List<Long> fast = new ArrayList<>();
    List<Integer> orders = new ArrayList<>();
    CharNgrams.forEachFeature(cps, n, (hash, order) -> {
      fast.add(hash);
      orders.add(order);
    });
    List<Long> slow = new ArrayList<>();
    List<Integer> slowOrders = new ArrayList<>();
    CharNgrams.forEachFeatureString(cps, n, f -> {
      slow.add(CharNgrams.hash(f));
      slowOrders.add(CharNgrams.order(f));
    });
    assertEquals(slow, fast);
    assertEquals(slowOrders, orders);
  }

  @Test
  void featuresOfOneWordAreItsBigramsToFourGramsAndTheWholeWord() {
    int[] cps = new int[16];
    int n = CharNgrams.normalize("casa", 0, 4, cps);
    List<String> features = new ArrayList<>();
    CharNgrams.forEachFeatureString(cps, n, features::add);
    assertEquals(List.of(" c", " ca", " cas", "ca", "cas", "casa", "as", "asa", "asa ", "sa", "sa ", "a ", " casa "),
        features);
  }
}
