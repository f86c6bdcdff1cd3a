package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LanguageTableTest {

  private static LanguageTable parse(String tsv) throws IOException {
    return LanguageTable.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void classesWithoutARowGetTheFallback() throws IOException {
    LanguageTable table = parse("*\tlatin\t0.4\t0.6\t0.2\t-\nbg\tcyrillic\t0.5\t0.7\t0.1\tslavic\n"
        + "ru\tcyrillic\t0.5\t0.7\t0.1\tslavic\n");
    int bg = ModelClasses.indexOf("bg");
    int ru = ModelClasses.indexOf("ru");
    int de = ModelClasses.indexOf("de");
    int en = ModelClasses.indexOf("en");
    assertTrue(table.writtenIn(bg, LanguageTable.Script.CYRILLIC));
    assertFalse(table.writtenIn(bg, LanguageTable.Script.LATIN));
    assertEquals(0.7, table.minCoverage(bg));
    assertEquals(table.group(bg), table.group(ru));
    assertTrue(table.writtenIn(de, LanguageTable.Script.LATIN));
    assertEquals(0.4, table.minScore(de));
    assertEquals(0.6, table.minCoverage(de));
    assertEquals(0.2, table.minWordCoverage(de));
    assertTrue(table.group(de) != table.group(en));
  }

  @Test
  void rejectsUnknownClassesShortRowsAndAMissingFallback() {
    assertThrows(IOException.class, () -> parse("*\tlatin\t0.4\t0.6\t0.2\t-\ntr\tlatin\t0.5\t0.7\t0.1\t-\n"));
    assertThrows(IOException.class, () -> parse("*\tlatin\t0.4\t0.6\n"));
    assertThrows(IOException.class, () -> parse("de\tlatin\t0.4\t0.6\t0.2\t-\n"));
  }

  @Test
  void shippedTableCoversEveryClass() {
    LanguageTable table = LanguageTable.load();
    for (int c = 0; c < ModelClasses.COUNT; c++) {
      assertTrue(table.minScore(c) > 0 && table.minScore(c) < 1, ModelClasses.NAMES.get(c));
    }
    assertTrue(table.writtenIn(ModelClasses.indexOf("el"), LanguageTable.Script.GREEK));
    assertTrue(table.writtenIn(ModelClasses.SERBIAN_CYRILLIC_INDEX, LanguageTable.Script.CYRILLIC));
    assertEquals(table.group(ModelClasses.indexOf("hr")), table.group(ModelClasses.indexOf("sh")));
  }
}
