#!/usr/bin/env bash
# Cold start: medians of RUNS (default 9) interleaved fresh-JVM runs of
#   - the floor: one dependency-free class (bench/Floor.java) writing a two-event feed by hand;
#   - the README's main command, `examples/agendum convert` (one JVM with the build's class-data archive, C1 only
#     and the serial collector);
#   - `java -jar target/agendum.jar convert`, which relaunches itself with the same (Launcher);
#   - the same jar run in-process without relaunching (AGENDUM_RELAUNCH=false), and the archive alone, C1 alone,
#     to say what each step saves;
# and, when target/benchmarks.jar exists, the first one-event feed of Agendum and of the other writers.
# BASELINE_JAR=path/to/agendum.jar adds another build's java -jar convert, to compare before and after.
# Wall time depends on the machine's load: compare the figures of one run, as ratios to the floor.
# Build first: mvn -B -q -pl examples -am package -DskipTests   (makes target/agendum.jar and target/agendum.jsa)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
jar=target/agendum.jar
[ -f "$jar" ] && [ -f target/agendum.jsa ] || { echo "build $jar and target/agendum.jsa first (see BENCHMARKS.md)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/floor" bench/Floor.java

main=dev.agendum.examples.cli.Main
declare -a labels=() commands=()
add() { labels+=("$1"); commands+=("$2"); }
add "floor: hand-written feed" "java -cp $work/floor Floor $work/floor.ics"
add "agendum convert (README)" "./agendum convert --out $work/r"
add "java -jar agendum.jar convert" "java -jar $jar convert --out $work/a"
if [ -n "${BASELINE_JAR:-}" ]; then
  # Another build's jar (with its archive beside it), to compare before and after a change within one run.
  add "baseline: java -jar \$BASELINE_JAR" "java -jar $BASELINE_JAR convert --out $work/base"
fi
add "  in-process, no relaunch" "env AGENDUM_RELAUNCH=false java -jar $jar convert --out $work/b"
add "  in-process, archive only" "java -XX:SharedArchiveFile=target/agendum.jsa -cp $(realpath $jar) $main convert --out $work/c"
add "  in-process, C1 only" "java -XX:TieredStopAtLevel=1 -cp $jar $main convert --out $work/d"
add "agendum --version" "./agendum --version"
add "java -jar agendum.jar --version" "java -jar $jar --version"
if [ -f target/benchmarks.jar ]; then
  for writer in agendum hand ical4j biweekly; do
    add "first feed: $writer" "java -Dslf4j.internal.verbosity=ERROR -cp target/benchmarks.jar dev.agendum.examples.bench.FirstFeed $writer"
  done
fi

for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N); ${commands[$i]} > /dev/null 2>&1; end=$(date +%s%N)
    echo "$i $(( (end - start) / 1000000 ))" >> "$work/times"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
floor=$(awk '$1 == 0 {print $2}' "$work/times" | median)
for i in "${!commands[@]}"; do
  m=$(awk -v i="$i" '$1 == i {print $2}' "$work/times" | median)
  printf '%-34s median %6s ms over %s runs  %5.1fx the floor\n' "${labels[$i]}" "$m" "$runs" \
    "$(awk -v m="$m" -v f="$floor" 'BEGIN {print m / f}')"
done
