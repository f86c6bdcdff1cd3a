package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tamiz.pipeline.steps.Step;
import org.tamiz.pipeline.steps.StepContext;

/**
 * Stage {@code dedup}: URL, exact and MinHash-LSH near-duplicates, then corpus-wide repeated lines (DEDUP.md).
 * Returns {@code DocumentSchema.SCHEMA} with every input row: duplicates get {@code reason}
 * (url_duplicate, exact_duplicate, near_duplicate, repeated_lines_only) and {@code duplicate_of}; keepers get
 * {@code dup_cluster_size} and, where boilerplate lines were cut, {@code lines_removed}. Rows rejected by an
 * earlier stage pass through untouched.
 */
public final class DedupStep implements Step {
  private static final long serialVersionUID = 1L;

  public DedupStep() {}

  @Override
  public String name() {
    return "dedup";
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> documents, StepContext context) {
    DedupConfig cfg = DedupConfig.fromConfig(context.config().dedup);
    return new Deduplicator(cfg, context.workDir()).deduplicate(documents);
  }
}
