#!/usr/bin/env bash
# Streaming convert: for 1 000, 10 000 and 50 000 generated events (FeedData, one collection file each), the
# smallest -Xmx (in MB) at which `agendum convert` succeeds, found by bisection, and the wall time of one convert at
# that heap and at 64 MB. The same heap for every size means memory is bounded by the largest event, not the collection.
# Build first: mvn -B -q -P bench -pl examples -am package -DskipTests
# SIZES, LOW and HIGH (bisection bounds in MB), BENCH_JAR and AGENDUM_JAR may be set; a probe of 50 000 events
# takes a minute or more.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${BENCH_JAR:-target/benchmarks.jar}
jar=${AGENDUM_JAR:-target/agendum.jar}
[ -f "$bench" ] && [ -f "$jar" ] || { echo "build $bench and $jar first (see BENCHMARKS.md)"; exit 1; }
sizes=${SIZES:-1000 10000 50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert() { # heap-MB input: succeeds when convert does
  rm -rf "$work/out"
  java -Xmx"$1"m -XX:+UseSerialGC -jar "$jar" convert --out "$work/out" "$2" > /dev/null 2>&1
}
smallest() {
  local low=${LOW:-4} high=${HIGH:-256}
  convert "$high" "$1" || { echo ">$high"; return; }
  while [ $((high - low)) -gt 1 ]; do
    local mid=$(((low + high) / 2))
    if convert "$mid" "$1"; then high=$mid; else low=$mid; fi
  done
  echo "$high"
}
seconds() { # heap-MB input
  local start end
  start=$(date +%s%N); convert "$1" "$2"; end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN {printf "%.1f", ns / 1e9}'
}

for n in $sizes; do
  input="$work/events-$n.json"
  java -cp "$bench" dev.agendum.examples.bench.ConvertInput "$n" "$input"
  heap=$(smallest "$input")
  printf '%6s events (%4s MB of JSON): smallest -Xmx %4s MB; wall time %6s s at that heap, %6s s at 64 MB\n' \
    "$n" "$(($(stat -c %s "$input") / 1048576))" "$heap" "$(seconds "${heap#>}" "$input")" "$(seconds 64 "$input")"
done
