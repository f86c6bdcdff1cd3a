package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SerboCroatianStageTest {

  private final SerboCroatianStage stage = SerboCroatianStage.load();

  private boolean ekavian(String text) {
    int[] cps = new int[text.length() + 2];
    int n = CharNgrams.normalize(text, 0, text.length(), cps);
    return stage.isEkavian(cps, n);
  }

  @Test
  void twoEkavianFormsAndNoIjekavianOneMakeEkavian() {
    assertTrue(ekavian("Vreme je bilo lepo, pa smo celu nedelju proveli pored reke."));
    assertTrue(ekavian("Deca su se igrala na mestu gde je nekada bila škola."));
  }

  @Test
  void ijekavianOrTooLittleEvidenceIsNot() {
    assertFalse(ekavian("Vrijeme je bilo lijepo, pa smo cijelu nedjelju proveli pored rijeke."));
    // One Ijekavian form outweighs Ekavian ones: mixed text is not evidence for Serbian.
    assertFalse(ekavian("Deca su bila na mestu gdje je nekada bila škola."));
    assertFalse(ekavian("Vreme je bilo toplo."));
    assertFalse(ekavian("Vlada je objavila novi zakon o porezu."));
  }
}
