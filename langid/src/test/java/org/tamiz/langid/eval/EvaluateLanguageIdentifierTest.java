package org.tamiz.langid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tamiz.langid.LanguageIdentifier;

class EvaluateLanguageIdentifierTest {

  @Test
  void reportsScoresForAFileOfLabelledLines(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sample.tsv");
    Files.writeString(file, String.join("\n",
        "de\tDie Stadtverwaltung hat beschlossen, die alte Brücke über den Fluss im nächsten Jahr zu erneuern.\tx",
        "fr\tLe gouvernement a annoncé hier une nouvelle réforme des retraites qui entrera en vigueur en janvier.",
        "fi\tKaupunginvaltuusto päätti eilen rakentaa uuden koulun järven rannalle.",
        "tr\tBelediye, gelecek yıl şehir merkezinde yeni bir kütüphane açacağını duyurdu.",
        "vi\tHà Nội là thủ đô của Việt Nam và có lịch sử hơn một nghìn năm.",
        "") + "\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluateLanguageIdentifier.Report report = EvaluateLanguageIdentifier.evaluate(file,
        new PrintStream(bytes, true, StandardCharsets.UTF_8), LanguageIdentifier.getDefault(), Duration.ofMillis(20));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(5, report.lines());
    assertEquals(1.0, report.macroF1());
    assertEquals(1.0, report.accuracy());
    assertEquals(1.0, report.nonTargetUndShare());
    assertEquals(3, report.f1().size());
    assertTrue(report.sentencesPerSecond() > 0);
    assertTrue(printed.contains("non-target lines answered und: 2 / 2 = 1.0000"), printed);
    assertTrue(printed.contains("macro-F1 (3 languages): 1.0000"), printed);
  }
}
