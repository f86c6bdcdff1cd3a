package org.tamiz.pipeline.schema;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

import java.util.Arrays;

/**
 * A mutable row of {@link DocumentSchema}: readers fill one in, steps copy a Row into one, set their columns and
 * turn it back into a Row. Values are Spark external types (String, Double, scala Map via {@code Rows}).
 */
public final class DocumentRecord {
  private final Object[] values;

  public DocumentRecord() {
    this.values = new Object[DocumentSchema.WIDTH];
  }

  private DocumentRecord(Object[] values) {
    this.values = values;
  }

  public static DocumentRecord of(Row row) {
    Object[] v = new Object[DocumentSchema.WIDTH];
    for (int i = 0; i < v.length; i++) v[i] = row.get(i);
    return new DocumentRecord(v);
  }

  public DocumentRecord set(int column, Object value) {
    values[column] = value;
    return this;
  }

  public Object get(int column) {
    return values[column];
  }

  public String getString(int column) {
    return (String) values[column];
  }

  public boolean isRejected() {
    return values[DocumentSchema.REASON] != null;
  }

  /** Marks the document rejected unless an earlier step already did: the first reason wins. */
  public DocumentRecord reject(String reason, String detail) {
    if (values[DocumentSchema.REASON] == null) {
      values[DocumentSchema.REASON] = reason;
      values[DocumentSchema.REASON_DETAIL] = detail;
    }
    return this;
  }

  public Row toRow() {
    return new GenericRowWithSchema(Arrays.copyOf(values, values.length), DocumentSchema.SCHEMA);
  }
}
