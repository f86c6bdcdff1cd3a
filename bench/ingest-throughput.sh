#!/usr/bin/env bash
# WARC.gz → Parquet throughput of `tamiz run --stages none` on ONE core (local[1]), next to `gzip -dc` on the
# same file (the floor: nothing reads a .warc.gz faster than it can be decompressed).
#   bench/ingest-throughput.sh [FILE.warc.gz]
# Without FILE, it builds ~100 MB of real pages by concatenating the creativecommons.org WARC from
# ../shared/data/warc/ (gzip members may be concatenated: the result is a valid WARC.gz).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${TMPDIR:-/tmp}/tamiz-bench"
mkdir -p "$WORK"
FILE="${1:-}"
if [ -z "$FILE" ]; then
  SRC=../shared/data/warc/dolma_sample-0001_creativecommons-org.warc.gz
  [ -f "$SRC" ] || { echo "give a .warc.gz: $SRC is not here" >&2; exit 2; }
  FILE="$WORK/bench.warc.gz"
  rm -f "$FILE"
  for i in $(seq 1 420); do cat "$SRC" >> "$FILE"; done
fi
MB=$(awk -v b="$(stat -c %s "$FILE")" 'BEGIN{printf "%.1f", b/1048576}')
echo "input: $FILE ($MB MB compressed)"

t0=$(date +%s.%N); gzip -dc "$FILE" > /dev/null; t1=$(date +%s.%N)
GZ=$(awk -v a="$t0" -v b="$t1" -v m="$MB" 'BEGIN{printf "%.1f", m/(b-a)}')
echo "gzip -dc:                        $GZ MB/s (compressed MB per second, one core)"

./tamiz run --input "$FILE" --output "$WORK/out" --stages none --master 'local[1]' --quiet 2> "$WORK/run.log" >/dev/null
SECS=$(python3 -c "import json;print(json.load(open('$WORK/out/manifest.json'))['elapsed_seconds'])" 2>/dev/null \
  || grep -o '"elapsed_seconds" : [0-9.]*' "$WORK/out/manifest.json" | awk '{print $3}')
RECS=$(grep -o '"records_read" : [0-9]*' "$WORK/out/manifest.json" | tail -1 | awk '{print $3}')
TZ=$(awk -v s="$SECS" -v m="$MB" 'BEGIN{printf "%.1f", m/s}')
echo "tamiz run --stages none local[1]: $TZ MB/s ($RECS records in ${SECS}s, Spark start-up, statistics and docs included)"
