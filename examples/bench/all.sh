#!/usr/bin/env bash
# Every figure of BENCHMARKS.md in one run, on one machine state: the JMH suite (feed writing and reading, JSON,
# validation, import; -prof gc), the writers' peak heap, the streaming convert's heap and time per size, and the
# cold-start medians against the floor. Raw outputs go to OUT (default target/bench-run-<UTC time>), one file each,
# with the machine's load before and after, so a page of figures can cite the run it comes from.
# Build first: mvn -B -q install -DskipTests && mvn -B -q -P bench -pl examples package -DskipTests
# Run it on an otherwise idle machine: it takes about 30 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-target/bench-run-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
{ date -u; uname -srm; java -version 2>&1 | head -1; nproc; uptime; } > "$out/machine.txt"
java -jar target/benchmarks.jar \
  "FeedWritingBenchmark|FeedReadingBenchmark|JsonBenchmark|ValidationBenchmark|ImportBenchmark" \
  -prof gc -rf json -rff "$out/jmh.json" > "$out/jmh.txt" 2>&1
bench/heap.sh > "$out/heap.txt" 2>&1
SIZES=${SIZES:-1000 10000 50000} HIGH=${HIGH:-128} bench/convert-heap.sh > "$out/convert-heap.txt" 2>&1
RUNS=${RUNS:-9} bench/coldstart.sh > "$out/coldstart.txt" 2>&1
uptime >> "$out/machine.txt"
echo "$out"
