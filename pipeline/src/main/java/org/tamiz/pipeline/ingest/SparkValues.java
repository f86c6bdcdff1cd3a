package org.tamiz.pipeline.ingest;

import java.util.List;
import java.util.Map;

/** Java collections to the external types Spark rows hold (scala Map and Seq). */
public final class SparkValues {
  private SparkValues() {}

  public static <K, V> scala.collection.Map<K, V> stringMap(Map<K, V> m) {
    if (m == null) return null;
    return scala.jdk.javaapi.CollectionConverters.asScala(m);
  }

  public static <T> scala.collection.Seq<T> seq(List<T> l) {
    if (l == null) return null;
    return scala.jdk.javaapi.CollectionConverters.asScala(l).toSeq();
  }
}
