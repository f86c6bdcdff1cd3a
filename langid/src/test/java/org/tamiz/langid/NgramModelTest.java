package org.tamiz.langid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramModelTest {

  /** A three-feature model over all classes: one inline, one sparse and one dense feature. */
  private static NgramModel small(List<String> features) {
    int classes = ModelClasses.COUNT;
    float[][] unseen = new float[CharNgrams.WORD_ORDER][classes];
    for (float[] row : unseen) {
      java.util.Arrays.fill(row, -10f);
    }
    byte[] all = new byte[classes];
    float[] allWeights = new float[classes];
    for (int c = 0; c < classes; c++) {
      all[c] = (byte) c;
      allWeights[c] = c / 8f;
    }
    List<byte[]> langs = List.of(new byte[] {3}, new byte[] {1, 5, 9}, all);
    List<float[]> weights = List.of(new float[] {2.5f}, new float[] {0.5f, -1.25f, 3f}, allWeights);
    List<String> alphabets = new ArrayList<>(Collections.nCopies(classes, "abc"));
    return new NgramModel(ModelClasses.NAMES, alphabets, unseen, Map.of("alpha", 0.5), features, langs, weights);
  }

  @Test
  void packsInlineSparseAndDenseFeaturesAndAddsTheirWeights() {
    List<String> features = List.of("xyz", " ab", "the ");
    NgramModel model = small(features);
    long inline = model.lookup(CharNgrams.hash("xyz"));
    long sparse = model.lookup(CharNgrams.hash(" ab"));
    long dense = model.lookup(CharNgrams.hash("the "));
    assertEquals(0, model.lookup(CharNgrams.hash("nope")));
    int[] scores = new int[ModelClasses.COUNT];
    model.addWeights(inline, scores);
    model.addWeights(sparse, scores);
    model.addWeights(dense, scores);
    assertEquals(Math.round(2.5f * 256) + Math.round(3 / 8f * 256), scores[3]);
    assertEquals(Math.round(-1.25f * 256) + Math.round(5 / 8f * 256), scores[5]);
    assertEquals(640, model.weight(inline, 3));
    assertEquals(0, model.weight(inline, 4));
    assertEquals(768, model.weight(sparse, 9));
    assertEquals(Math.round(7 / 8f * 256), model.weight(dense, 7));
  }

  @Test
  void writeThenReadGivesTheSameBytes() throws IOException {
    List<String> features = List.of("xyz", " ab", "the ");
    NgramModel model = small(features);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    model.write(first, features);
    NgramModel read = NgramModel.read(new ByteArrayInputStream(first.toByteArray()));
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    read.write(second, features);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    assertEquals(model.lookup(CharNgrams.hash(" ab")), read.lookup(CharNgrams.hash(" ab")));
    assertEquals(0.5, read.parameter("alpha", 0));
  }

  @Test
  void rejectsAFileThatIsNotAModel() {
    assertThrows(IOException.class, () -> NgramModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }
}
