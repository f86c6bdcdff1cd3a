package org.tamiz.pipeline.write;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ManifestWriterTest {
  @Test
  void everyReasonIsCountedUnderTheStageThatGivesIt() {
    assertEquals("read", ManifestWriter.stageOf("malformed"));
    assertEquals("langid", ManifestWriter.stageOf("language_not_target"));
    assertEquals("licenses", ManifestWriter.stageOf("tdm_opt_out"));
    assertEquals("licenses", ManifestWriter.stageOf("license_non_commercial"));
    assertEquals("licenses", ManifestWriter.stageOf("takedown"));
    assertEquals("toxicity", ManifestWriter.stageOf("toxic_hate"));
    assertEquals("toxicity", ManifestWriter.stageOf("blocked_domain_adult"));
    assertEquals("dedup", ManifestWriter.stageOf("near_duplicate"));
    assertEquals("quality", ManifestWriter.stageOf("gopher_short_doc"));
  }
}
