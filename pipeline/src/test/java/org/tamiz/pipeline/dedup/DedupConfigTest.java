package org.tamiz.pipeline.dedup;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupConfigTest {
  @Test
  void emptySectionIsTheDefaults() {
    DedupConfig c = DedupConfig.fromConfig(Map.of());
    assertEquals(DedupConfig.Scope.LANGUAGE, c.scope);
    assertEquals(0.8, c.threshold);
    assertEquals(128, c.numHashes);
    assertEquals(5, c.shingleSize);
    assertEquals(0.7, c.verifyThreshold);
    assertEquals(20, c.maxLineOccurrences);
    assertTrue(c.url && c.exact && c.near && c.lines && c.verify && c.writeSignatures);
  }

  @Test
  void keysAreReadInSnakeCase() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope", "global");
    m.put("threshold", 0.9);
    m.put("bands", 20);
    m.put("rows", 5);
    m.put("lines", false);
    m.put("max_line_occurrences", 3);
    m.put("previous_signatures", "/data/run-1/dedup/signatures");
    DedupConfig c = DedupConfig.fromConfig(m);
    assertEquals(DedupConfig.Scope.GLOBAL, c.scope);
    assertEquals(new LshBands(20, 5), c.lsh());
    assertFalse(c.lines);
    assertEquals(3, c.maxLineOccurrences);
    assertEquals("/data/run-1/dedup/signatures", c.previousSignatures);
  }

  @Test
  void typosAndBadValuesAreErrors() {
    assertThrows(IllegalArgumentException.class, () -> DedupConfig.fromConfig(Map.of("treshold", 0.8)));
    assertThrows(IllegalArgumentException.class, () -> DedupConfig.fromConfig(Map.of("threshold", 1.5)));
    assertThrows(IllegalArgumentException.class, () -> DedupConfig.fromConfig(Map.of("bands", 20)));
    assertThrows(IllegalArgumentException.class, () -> DedupConfig.fromConfig(Map.of("bands", 20, "rows", 10)));
    assertThrows(IllegalArgumentException.class, () -> DedupConfig.fromConfig(Map.of("url", "yes")));
    assertThrows(IllegalArgumentException.class, () -> DedupConfig.fromConfig(Map.of("scope", "planet")));
  }
}
