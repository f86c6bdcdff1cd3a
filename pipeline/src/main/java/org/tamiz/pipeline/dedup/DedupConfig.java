package org.tamiz.pipeline.dedup;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code dedup:} section of the run configuration. Every key is optional; DEDUP.md lists them with their
 * defaults. Unknown keys are an error, so a typo never silently falls back to a default.
 */
public final class DedupConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Documents are compared only within one language ({@code lang} column), as FineWeb-2 does, or globally. */
  public enum Scope { LANGUAGE, GLOBAL }

  public Scope scope = Scope.LANGUAGE;
  /** Same canonical URL: keep the newest fetch (reason url_duplicate). */
  public boolean url = true;
  /** Same normalised text (reason exact_duplicate). */
  public boolean exact = true;
  /** MinHash-LSH near-duplicates (reason near_duplicate). */
  public boolean near = true;
  /** Corpus-wide repeated lines are removed (reason repeated_lines_only when nothing is left). */
  public boolean lines = true;

  /** Word n-gram Jaccard at which two documents count as near-duplicates (FineWeb-2 / the issue: 0.8). */
  public double threshold = 0.8;
  /** MinHash signature length. */
  public int numHashes = 128;
  /** Words per shingle (FineWeb: 5). */
  public int shingleSize = 5;
  /** LSH bands and rows per band; 0 = chosen from threshold and min_candidate_probability. */
  public int bands = 0;
  public int rows = 0;
  /** Bands × rows are chosen so that a pair at exactly {@code threshold} becomes a candidate at least this often. */
  // 0.995 (21 × 6 at 0.8): 0.98 (18 × 7) lost 1.2 % of near copies sitting just above 0.8 in the benchmark
  // (recall 0.988 → 0.995 at 200 k documents, for ~20 % more stage time).
  public double minCandidateProbability = 0.995;
  /** Check every candidate edge by the Jaccard estimated from the two full signatures. */
  public boolean verify = true;
  /** Signature-Jaccard an edge must reach to be kept (below threshold to absorb the estimate's noise; DEDUP.md). */
  public double verifyThreshold = 0.7;
  /** Seed of the MinHash permutations; part of the signature format (incremental runs must use the same). */
  public long seed = 0x7A6D5EEDL;

  /** A line found in more than this many distinct kept documents of a scope is boilerplate. */
  public int maxLineOccurrences = 20;
  /** Rounds of large-star + small-star allowed before the run fails loudly (never returns unfinished clusters). */
  public int maxComponentRounds = 40;

  /** quality_signals key preferred when choosing a cluster's keeper (higher wins); null = text length first. */
  public String keeperSignal = null;
  /** Signature directory of a previous run: new documents duplicating those are removed, the old ones stay. */
  public String previousSignatures = null;
  /** Write the signatures of kept documents under the run's work dir (dedup/signatures). */
  public boolean writeSignatures = true;

  public static DedupConfig defaults() {
    return new DedupConfig();
  }

  /** Reads the section (snake_case keys as in the YAML file); null or empty = defaults. */
  public static DedupConfig fromConfig(Map<String, Object> section) {
    DedupConfig c = new DedupConfig();
    if (section == null) return c;
    for (Map.Entry<String, Object> e : new LinkedHashMap<>(section).entrySet()) {
      String k = e.getKey();
      Object v = e.getValue();
      switch (k) {
        case "scope" -> c.scope = Scope.valueOf(str(k, v).toUpperCase(Locale.ROOT));
        case "url" -> c.url = bool(k, v);
        case "exact" -> c.exact = bool(k, v);
        case "near" -> c.near = bool(k, v);
        case "lines" -> c.lines = bool(k, v);
        case "threshold" -> c.threshold = dbl(k, v);
        case "num_hashes" -> c.numHashes = (int) lng(k, v);
        case "shingle_size" -> c.shingleSize = (int) lng(k, v);
        case "bands" -> c.bands = (int) lng(k, v);
        case "rows" -> c.rows = (int) lng(k, v);
        case "min_candidate_probability" -> c.minCandidateProbability = dbl(k, v);
        case "verify" -> c.verify = bool(k, v);
        case "verify_threshold" -> c.verifyThreshold = dbl(k, v);
        case "seed" -> c.seed = lng(k, v);
        case "max_line_occurrences" -> c.maxLineOccurrences = (int) lng(k, v);
        case "max_component_rounds" -> c.maxComponentRounds = (int) lng(k, v);
        case "keeper_signal" -> c.keeperSignal = v == null ? null : str(k, v);
        case "previous_signatures" -> c.previousSignatures = v == null ? null : str(k, v);
        case "write_signatures" -> c.writeSignatures = bool(k, v);
        default -> throw new IllegalArgumentException("unknown dedup key '" + k + "' (see pipeline/DEDUP.md)");
      }
    }
    c.validate();
    return c;
  }

  void validate() {
    check(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]");
    check(verifyThreshold >= 0 && verifyThreshold <= 1, "verify_threshold must be in [0, 1]");
    check(numHashes >= 1 && numHashes <= 1024, "num_hashes must be in [1, 1024]");
    check(shingleSize >= 1 && shingleSize <= 32, "shingle_size must be in [1, 32]");
    check(bands >= 0 && rows >= 0 && (bands == 0) == (rows == 0), "bands and rows are given together or not at all");
    check(bands * rows <= numHashes, "bands × rows must not exceed num_hashes");
    check(minCandidateProbability > 0 && minCandidateProbability < 1, "min_candidate_probability must be in (0, 1)");
    check(maxLineOccurrences >= 1, "max_line_occurrences must be ≥ 1");
    check(maxComponentRounds >= 1, "max_component_rounds must be ≥ 1");
  }

  /** The LSH layout this configuration uses. */
  public LshBands lsh() {
    return bands > 0 ? new LshBands(bands, rows) : LshBands.choose(threshold, numHashes, minCandidateProbability);
  }

  private static void check(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException("dedup: " + message);
  }

  private static String str(String k, Object v) {
    if (v instanceof String s) return s;
    throw new IllegalArgumentException("dedup." + k + " must be a string, got " + v);
  }

  private static boolean bool(String k, Object v) {
    if (v instanceof Boolean b) return b;
    throw new IllegalArgumentException("dedup." + k + " must be true or false, got " + v);
  }

  private static double dbl(String k, Object v) {
    if (v instanceof Number n) return n.doubleValue();
    throw new IllegalArgumentException("dedup." + k + " must be a number, got " + v);
  }

  private static long lng(String k, Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return n.longValue();
    throw new IllegalArgumentException("dedup." + k + " must be an integer, got " + v);
  }
}
