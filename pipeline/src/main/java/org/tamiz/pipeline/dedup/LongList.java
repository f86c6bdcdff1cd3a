package org.tamiz.pipeline.dedup;

import java.util.Arrays;

/** A growable long array reused across documents, so per-document hashing allocates nothing once warm. */
public final class LongList {
  private long[] values;
  private int size;

  public LongList(int capacity) {
    values = new long[Math.max(4, capacity)];
  }

  void add(long v) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = v;
  }

  long get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** Sorted distinct values (for sets such as a document's line keys). */
  long[] toSortedDistinctArray() {
    long[] a = toArray();
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) a[n++] = a[i];
    }
    return Arrays.copyOf(a, n);
  }
}
