#!/usr/bin/env bash
# Peak heap: the smallest -Xmx (in MB) at which each writer writes the feed of N events (default 10 000), found by
# bisection. The events are generated as each writer asks for them (HeapProbe), so the figure is the writer's own
# need; "none" only walks the events: the floor of a JVM that every writer shares. A probe that has not finished
# after LIMIT seconds (default 60) counts as failed: near its smallest heap a writer can thrash in the collector for
# minutes, and a heap it needs that long with is not one it runs in.
# Build first: mvn -B -q -P bench -pl examples -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
events=${EVENTS:-10000}
limit=${LIMIT:-60}
bench=target/benchmarks.jar
[ -f "$bench" ] || { echo "build $bench first (see BENCHMARKS.md)"; exit 1; }

smallest() {
  local low=4 high=2048
  while [ $((high - low)) -gt 1 ]; do
    local mid=$(((low + high) / 2))
    if timeout "$limit" java -Xmx${mid}m -XX:+UseSerialGC -cp "$bench" dev.agendum.examples.bench.HeapProbe "$1" "$events" \
        > /dev/null 2>&1; then high=$mid; else low=$mid; fi
  done
  echo "$high"
}

for variant in none agendum portable hand ical4j biweekly; do
  printf '%-9s smallest -Xmx for %s events: %4s MB\n' "$variant" "$events" "$(smallest "$variant")"
done
