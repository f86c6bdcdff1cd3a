package org.tamiz.pipeline.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.Serializable;

/**
 * A stage of the pipeline: annotates the document table (fills columns, marks rejections with a reason) and
 * never drops a row, so the final write can split kept from rejected and the counts add up.
 */
public interface Step extends Serializable {
  /** The stage name used by --stages and in manifest.json. */
  String name();

  Dataset<Row> apply(Dataset<Row> documents, StepContext context);
}
