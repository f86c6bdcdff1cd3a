package org.tamiz.pipeline.steps;

import org.apache.spark.sql.SparkSession;
import org.tamiz.pipeline.config.TamizConfig;

import java.nio.file.Path;
import java.util.Set;

/** What every step may read: the session, the resolved configuration, the stages chosen and the run's paths. */
public record StepContext(SparkSession spark, TamizConfig config, Set<String> stages, Path siteFiles, Path workDir) {}
