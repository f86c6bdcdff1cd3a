package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupCueStageTest {

  private final GroupCueStage stage = GroupCueStage.load();
  private final int da = ModelClasses.indexOf("da");
  private final int no = ModelClasses.indexOf("no");
  private final int nn = ModelClasses.indexOf("nn");

  private double[] apply(String text, double pDa, double pNo, double pNn) {
    int[] cps = new int[text.length() + 2];
    int n = CharNgrams.normalize(text, 0, text.length(), cps);
    double[] p = new double[ModelClasses.COUNT];
    p[da] = pDa;
    p[no] = pNo;
    p[nn] = pNn;
    p[ModelClasses.indexOf("en")] = 0.05;
    boolean[] group = new boolean[ModelClasses.COUNT];
    group[da] = true;
    group[no] = true;
    group[nn] = true;
    stage.apply(cps, n, group, p);
    return p;
  }

  @Test
  void danishCueWordsMoveProbabilityFromNorwegianToDanish() {
    double[] p = apply("Rom blev ikke bygget på én dag, og hvad så?", 0.2, 0.7, 0.05);
    assertTrue(p[da] > p[no], () -> "da " + p[da] + " no " + p[no]);
    assertEquals(0.95, p[da] + p[no] + p[nn], 1e-9);
    assertEquals(0.05, p[ModelClasses.indexOf("en")], 1e-12);
  }

  @Test
  void nynorskCueWordsFavourNynorsk() {
    double[] p = apply("Eg veit ikkje kva ho sa.", 0.1, 0.6, 0.3);
    assertTrue(p[nn] > p[no] && p[nn] > p[da]);
  }

  @Test
  void croatianLexiconFavoursCroatianOverBosnianAndSerbian() {
    int hr = ModelClasses.indexOf("hr");
    int sh = ModelClasses.indexOf("sh");
    int sr = ModelClasses.indexOf("sr");
    String text = "Tko je bio na utakmici u siječnju, pred više od tisuću navijača?";
    int[] cps = new int[text.length() + 2];
    int n = CharNgrams.normalize(text, 0, text.length(), cps);
    double[] p = new double[ModelClasses.COUNT];
    p[hr] = 0.3;
    p[sh] = 0.4;
    p[sr] = 0.3;
    boolean[] group = new boolean[ModelClasses.COUNT];
    group[hr] = true;
    group[sh] = true;
    group[sr] = true;
    assertTrue(stage.apply(cps, n, group, p));
    // Two cues (tko, tisuću): Bosnian and Serbian lose a factor e² each, the group keeps its total.
    assertEquals(0.3 / (0.3 + 0.7 * Math.exp(-2)), p[hr], 1e-9);
    assertEquals(1.0, p[hr] + p[sh] + p[sr], 1e-9);
  }

  @Test
  void textWithoutCueWordsIsLeftAlone() {
    int[] cps = new int[64];
    String text = "Den er stor og svart.";
    int n = CharNgrams.normalize(text, 0, text.length(), cps);
    double[] p = new double[ModelClasses.COUNT];
    p[no] = 1;
    boolean[] group = new boolean[ModelClasses.COUNT];
    group[no] = true;
    group[da] = true;
    assertFalse(stage.apply(cps, n, group, p));
    assertTrue(stage.covers(da) && stage.covers(no) && stage.covers(nn));
    assertFalse(stage.covers(ModelClasses.indexOf("sv")));
  }
}
