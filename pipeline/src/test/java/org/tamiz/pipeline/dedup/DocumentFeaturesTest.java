package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tamiz.pipeline.ingest.SparkValues;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DocumentFeaturesTest {
  @Test
  void keeperSignalIsReadFromQualitySignals() {
    Row r = new DocumentRecord().set(DocumentSchema.QUALITY_SIGNALS,
        SparkValues.stringMap(Map.of("fineweb_edu_score", 2.5, "gopher_mean_word_length", 4.2))).toRow();
    assertEquals(2.5, DocumentFeatures.quality(r, "fineweb_edu_score"));
    assertNull(DocumentFeatures.quality(r, "absent"));
    assertNull(DocumentFeatures.quality(r, null));
    assertNull(DocumentFeatures.quality(new DocumentRecord().toRow(), "fineweb_edu_score"));
  }

  @Test
  void warcDatesBecomeEpochMillis() {
    assertEquals(1740823200000L, DocumentFeatures.epochMillis("2025-03-01T10:00:00Z"));
    assertEquals(1740823200000L, DocumentFeatures.epochMillis("2025-03-01T11:00:00+01:00"));
    assertNull(DocumentFeatures.epochMillis("yesterday"));
    assertNull(DocumentFeatures.epochMillis(null));
  }

  @Test
  void lineKeysAreDistinctAndSkipBlankLines() {
    TextKeys keys = new TextKeys();
    long[] k = DocumentFeatures.lineKeys(keys, "Home | News\n\nBody text here.\nHOME  |  news\n", new LongList(4));
    assertEquals(2, k.length);
    long[] expected = {keys.lineKey("home | news"), keys.lineKey("body text here.")};
    java.util.Arrays.sort(expected);
    assertArrayEquals(expected, k);
  }

  @Test
  void scopeIsTheLanguageUnlessGlobal() {
    DedupConfig c = DedupConfig.defaults();
    assertEquals("sv", DocumentFeatures.scopeOf(c, "sv"));
    assertEquals("und", DocumentFeatures.scopeOf(c, null));
    c.scope = DedupConfig.Scope.GLOBAL;
    assertEquals("*", DocumentFeatures.scopeOf(c, "sv"));
  }
}
