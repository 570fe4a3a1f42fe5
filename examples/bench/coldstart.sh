#!/usr/bin/env bash
# Cold start: the median wall time of fresh JVMs (a) writing their first one-event feed with Agendum, the
# hand-written ceiling, raw ical4j and biweekly, and (b) running `agendum convert` on the two bundled announcements,
# without and with an application class-data archive.
# Build first: mvn -B -q -P bench -pl examples -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
bench=target/benchmarks.jar
[ -f "$bench" ] || { echo "build $bench first (see BENCHMARKS.md)"; exit 1; }
out=$(mktemp -d)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_ms() {
  local start end
  start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
measure() {
  local label=$1; shift
  for _ in $(seq "$runs"); do time_ms "$@"; done | median | xargs printf '%-28s median %6s ms over '"$runs"' runs\n' "$label"
}

measure "first feed: Agendum" java -cp "$bench" dev.agendum.examples.bench.FirstFeed agendum
measure "first feed: hand-written" java -cp "$bench" dev.agendum.examples.bench.FirstFeed hand
measure "first feed: raw ical4j" java -Dslf4j.internal.verbosity=ERROR -cp "$bench" dev.agendum.examples.bench.FirstFeed ical4j
measure "first feed: biweekly" java -cp "$bench" dev.agendum.examples.bench.FirstFeed biweekly
measure "agendum convert (2 events)" java -jar target/agendum.jar convert --out "$out"
# The same with an application class-data archive (AppCDS, JDK 13+), made once by a training run: what a
# command-line or serverless deployment would ship.
java -XX:ArchiveClassesAtExit="$out/agendum.jsa" -jar target/agendum.jar convert --out "$out/training" > /dev/null 2>&1
measure "agendum convert, AppCDS" java -XX:SharedArchiveFile="$out/agendum.jsa" -jar target/agendum.jar convert --out "$out"
rm -rf "$out"
