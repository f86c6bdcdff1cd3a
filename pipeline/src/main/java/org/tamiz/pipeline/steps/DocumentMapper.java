package org.tamiz.pipeline.steps;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tamiz.pipeline.schema.DocumentRecord;
import org.tamiz.pipeline.schema.DocumentSchema;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The shape of a per-document step: per partition, build the heavy resources once ({@link #open()}), then
 * annotate each record. Records already rejected by an earlier step pass through untouched.
 */
public abstract class DocumentMapper implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Per-partition state (models, analyzers); called once per task, in the executor. */
  protected abstract Annotator open();

  /** Whether already-rejected records are annotated too (personal data must leave rejected/ text as well). */
  protected boolean includeRejected() {
    return false;
  }

  /** Annotates one kept record in place. */
  public interface Annotator {
    void annotate(DocumentRecord record);
  }

  public final Dataset<Row> map(Dataset<Row> documents) {
    boolean all = includeRejected();
    return documents.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      Annotator annotator = open();
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          if (!all && !row.isNullAt(DocumentSchema.REASON)) return row;
          DocumentRecord r = DocumentRecord.of(row);
          annotator.annotate(r);
          return r.toRow();
        }
      };
    }, Encoders.row(DocumentSchema.SCHEMA));
  }
}
