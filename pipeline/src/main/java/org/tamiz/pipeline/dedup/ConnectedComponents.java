package org.tamiz.pipeline.dedup;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * Connected components of an undirected graph of {@code long} nodes, in Spark, by alternating large-star and
 * small-star rounds (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii: "Connected Components in MapReduce and
 * Beyond", SoCC 2014). Each round is a few shuffles; nothing is collected to the driver. The alternating scheme
 * converges in O(log² n) rounds (their Theorem 3.3; in practice a handful); {@code maxRounds} bounds it, and a
 * graph not converged by then is an error rather than a silently wrong clustering.
 *
 * <p>Edges are kept oriented as (hi, lo) with hi &gt; lo. The graph has converged when it is a forest of stars
 * pointing to their smallest node: every hi has exactly one lo, and no lo is also a hi. Then each star's centre
 * is its component's minimum, and (node → centre) is the answer. Each round's edges are checkpointed
 * (reliable when the session has a checkpoint directory, local otherwise) so the plan does not grow with rounds.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /** The components: (node, root) for every node of the graph (root = component minimum, root → itself too). */
  public record Result(Dataset<Row> components, int rounds) {}

  /** {@code edges} has two long columns {@code a}, {@code b} (any orientation, self-loops and repeats allowed). */
  public static Result compute(Dataset<Row> edges, int maxRounds) {
    Dataset<Row> e = checkpoint(edges
        .select(greatest(col("a"), col("b")).as("hi"), least(col("a"), col("b")).as("lo"))
        .filter(col("hi").notEqual(col("lo")))
        .distinct());
    int rounds = 0;
    while (!isStarForest(e)) {
      if (rounds == maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds
            + " large-star/small-star rounds (dedup.max_component_rounds)");
      }
      e = checkpoint(smallStar(largeStar(e)));
      rounds++;
    }
    Dataset<Row> comps = e.select(col("hi").as("node"), col("lo").as("root"))
        .union(e.select(col("lo").as("node"), col("lo").as("root")).distinct());
    return new Result(comps, rounds);
  }

  /** Every node links to the smallest node of its neighbourhood (itself included); edges to smaller nodes go. */
  static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both = e.select(col("hi").as("u"), col("lo").as("v"))
        .union(e.select(col("lo").as("u"), col("hi").as("v")));
    Dataset<Row> m = both.groupBy("u").agg(min("v").as("mv"))
        .select(col("u").as("mu"), least(col("u"), col("mv")).as("m"));
    return both.filter(col("v").gt(col("u")))
        .join(m, col("u").equalTo(col("mu")))
        .select(col("v").as("hi"), col("m").as("lo"))
        .distinct();
  }

  /** Every node and its smaller neighbours link to the smallest of them. */
  static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> m = e.groupBy("hi").agg(min("lo").as("m")).withColumnRenamed("hi", "mh");
    Dataset<Row> joined = e.join(m, col("hi").equalTo(col("mh")));
    return joined.filter(col("lo").notEqual(col("m"))).select(col("lo").as("hi"), col("m").as("lo"))
        .union(m.select(col("mh").as("hi"), col("m").as("lo")))
        .distinct();
  }

  /** One small action: is there a node with two parents, or a parent that has a parent? */
  static boolean isStarForest(Dataset<Row> e) {
    Column one = lit(1);
    Column zero = lit(0);
    Dataset<Row> roles = e.select(col("hi").as("n"), one.as("asHi"), zero.as("asLo"))
        .union(e.select(col("lo").as("n"), zero.as("asHi"), one.as("asLo")));
    long bad = roles.groupBy("n").agg(sum("asHi").as("h"), max("asLo").as("l"))
        .filter(col("h").gt(1).or(col("h").geq(1).and(col("l").equalTo(1))))
        .limit(1).count();
    return bad == 0;
  }

  /**
   * Materialises {@code d} and cuts its plan. Local checkpoints are stored serialized, memory then disk: stored as
   * objects (Spark's default for them) the dedup checkpoints of 1 M documents held ~3 M row objects, 4 GB of a
   * 6 GB heap; serialized blocks are counted exactly by Spark's memory manager and spill.
   */
  static Dataset<Row> checkpoint(Dataset<Row> d) {
    boolean reliable = d.sparkSession().sparkContext().getCheckpointDir().isDefined();
    return reliable ? d.checkpoint(true) : d.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK_SER());
  }

}
