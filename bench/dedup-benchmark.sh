#!/usr/bin/env bash
# The dedup stage (issue 4) on a generated corpus of real sentences with known duplicate clusters, next to Spark
# MLlib's MinHashLSH.approxSimilarityJoin on the same documents in the same run (time, precision, recall).
#   bench/dedup-benchmark.sh [DOCS=200000] [CORES=2] [MLLIB_TABLES=1,2,3] [SENTENCES.tsv]
# Prints: signatures/s on one thread; the whole stage's seconds, docs/s and docs/s per core on local[CORES] with
# its phases and precision/recall/hard negatives kept; then one MLlib line per number of hash tables.
# Needs ../shared/data/langid/train.tsv (or $TAMIZ_SHARED_DATA, or a lang<TAB>sentence file as 4th argument).
# Heap: JAVA_HEAP (e.g. 4g); default the JVM's own (a quarter of RAM), as the issue's 1 M run asks.
# More JVM options (GC logs, heap dumps): BENCH_JAVA_OPTS. Other stage settings: TAMIZ_DEDUP="key=value,..."
# (keys of the dedup: section, e.g. TAMIZ_DEDUP="min_candidate_probability=0.995").
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${1:-200000}"
CORES="${2:-2}"
TABLES="${3-1,2,3}"  # "" (given) = no MLlib run
CP_FILE="${TMPDIR:-/tmp}/tamiz-dedup-bench-cp.txt"
mvn -B -q -o -pl pipeline -am compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" ${JAVA_HEAP:+-Xmx"$JAVA_HEAP"} ${BENCH_JAVA_OPTS:-} \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
  -cp "pipeline/target/classes:$(cat "$CP_FILE")" org.tamiz.pipeline.dedup.DedupBenchmark \
  "$DOCS" "$CORES" "$TABLES" ${4:+"$4"} 2> >(grep -v ' INFO \| WARN ' >&2)
