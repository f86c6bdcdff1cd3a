package org.tamiz.pipeline.schema;

import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentSchemaTest {
  @Test
  void theContractColumnsComeFirstWithTheirTypes() {
    String[] contract = {"id", "text", "lang", "lang_score", "url", "source_file", "source_locator"};
    for (int i = 0; i < contract.length; i++) assertEquals(contract[i], DocumentSchema.SCHEMA.fields()[i].name());
    assertEquals("double", DocumentSchema.SCHEMA.apply("lang_score").dataType().typeName());
    assertEquals("boolean", DocumentSchema.SCHEMA.apply("tdm_reserved").dataType().typeName());
    for (String c : new String[] {"duplicate_of", "license_spdx", "license_category"}) {
      assertEquals("string", DocumentSchema.SCHEMA.apply(c).dataType().typeName());
    }
  }

  @Test
  void readmeDocumentsEveryColumn() throws IOException {
    Path readme = Paths.get("..", "README.md");
    String text = Files.readString(readme);
    for (StructField f : DocumentSchema.SCHEMA.fields()) {
      assertTrue(text.contains("| `" + f.name() + "` |"), "README.md column table lacks " + f.name());
      assertTrue(DocumentSchema.columnDocs().get(f.name()).length() > 5, f.name());
    }
  }

  @Test
  void aRecordKeepsTheFirstRejectionReason() {
    DocumentRecord r = new DocumentRecord().reject("language_not_target", "und").reject("gopher_short_doc", "later");
    assertEquals("language_not_target", r.getString(DocumentSchema.REASON));
    assertEquals("und", r.toRow().getString(DocumentSchema.REASON_DETAIL));
  }
}
