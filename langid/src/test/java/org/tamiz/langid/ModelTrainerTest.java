package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tamiz.langid.train.TrainModel;

class ModelTrainerTest {

  /** The first {@code perLanguage} training sentences of every language. */
  private static List<String[]> subset(Path train, int perLanguage) throws IOException {
    Map<String, Integer> seen = new TreeMap<>();
    List<String[]> out = new ArrayList<>();
    for (String[] s : TrainModel.readSamples(train)) {
      if (seen.merge(s[0], 1, Integer::sum) <= perLanguage) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void trainingIsDeterministicAndGivesAWorkingModel() throws IOException {
    Path train = SharedData.file("langid/train.tsv").orElse(null);
    Assumptions.assumeTrue(train != null, "shared/data/langid/train.tsv not present");
    List<String[]> samples = subset(train, 60);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    new ModelTrainer(quiet).train(samples).write(first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    new ModelTrainer(quiet).train(samples).write(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());

    // The shipped table's coverage thresholds fit the full model; this small one is tested without them.
    LanguageTable noThresholds = LanguageTable.parse(new ByteArrayInputStream(String.join("\n",
        "*\tlatin\t0.0\t0.0\t0.0\t-", "bg\tcyrillic\t0.0\t0.0\t0.0\t-", "ru\tcyrillic\t0.0\t0.0\t0.0\t-",
        "uk\tcyrillic\t0.0\t0.0\t0.0\t-", "sr-Cyrl\tcyrillic\t0.0\t0.0\t0.0\t-", "el\tgreek\t0.0\t0.0\t0.0\t-")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    LanguageIdentifier small = new LanguageIdentifier(
        NgramModel.read(new ByteArrayInputStream(first.toByteArray())), noThresholds);
    assertEquals("de", small.identify("Die Stadtverwaltung hat beschlossen, die alte Brücke zu erneuern.").lang());
    assertEquals("fi", small.identify("Kaupunginvaltuusto päätti eilen rakentaa uuden koulun.").lang());
  }
}
