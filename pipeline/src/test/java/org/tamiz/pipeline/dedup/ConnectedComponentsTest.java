package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tamiz.pipeline.SparkTestSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectedComponentsTest {
  /** A 40-node path in shuffled order (the worst shape for min-label propagation), a star, a pair, a self-loop. */
  static Dataset<Row> graph() {
    List<Long> path = new ArrayList<>();
    for (long i = 1; i <= 40; i++) path.add(i);
    Collections.shuffle(path, new Random(7));
    List<Row> edges = new ArrayList<>();
    for (int i = 0; i + 1 < path.size(); i++) edges.add(RowFactory.create(path.get(i), path.get(i + 1)));
    for (long leaf = 101; leaf <= 110; leaf++) edges.add(RowFactory.create(leaf, 100L));
    edges.add(RowFactory.create(200L, 201L));
    edges.add(RowFactory.create(201L, 200L));
    edges.add(RowFactory.create(300L, 300L));
    StructType schema = new StructType().add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false);
    return SparkTestSession.get().createDataFrame(edges, schema).repartition(3);
  }

  @Test
  void everyNodeGetsItsComponentMinimum() {
    ConnectedComponents.Result r = ConnectedComponents.compute(graph(), 40);
    Map<Long, Long> root = new TreeMap<>();
    for (Row x : r.components().collectAsList()) {
      assertEquals(null, root.put(x.getLong(0), x.getLong(1)), "one row per node");
    }
    Map<Long, Long> expected = new TreeMap<>();
    for (long i = 1; i <= 40; i++) expected.put(i, 1L);
    for (long i = 100; i <= 110; i++) expected.put(i, 100L);
    expected.put(200L, 200L);
    expected.put(201L, 200L);
    assertEquals(expected, root); // the self-loop alone is no edge: node 300 is in no component
    assertTrue(r.rounds() >= 2 && r.rounds() <= 8, "rounds " + r.rounds());
  }

  @Test
  void notConvergingWithinTheBoundIsAnError() {
    assertThrows(IllegalStateException.class, () -> ConnectedComponents.compute(graph(), 1));
  }
}
