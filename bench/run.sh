#!/usr/bin/env bash
# The one command: builds the benchmarks jar, runs the quick profile of every benchmark (JMH run-time
# workloads on H2 and PostgreSQL, then the compile-time benchmark) and writes ../BENCHMARKS.md with
# bench/results/ratios.svg. About 15-20 minutes on a 2-core machine.
#
#   bench/run.sh                 # everything
#   JMH_FILTER='findById' bench/run.sh   # a subset of the JMH benchmarks (regex)
#   SKIP_JMH=1 bench/run.sh      # re-use bench/results/jmh.csv, redo the rest
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS"

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    echo "[bench] starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi

echo "[bench] building bench/target/benchmarks.jar"
mvn -B -q -Pbench -pl bench -am package -DskipTests
JAR=$ROOT/bench/target/benchmarks.jar
JAVA_OPTS=(-Duser.language=en -Duser.country=US)

if [ -z "${SKIP_JMH:-}" ]; then
    rm -f "$RESULTS/checks.csv" "$RESULTS/jmh.csv"
    echo "[bench] JMH quick profile"
    java "${JAVA_OPTS[@]}" -jar "$JAR" "${JMH_FILTER:-Benchmark}" \
        -f 1 -wi 1 -w 1s -i 2 -r 1500ms -foe true \
        -jvmArgsAppend "-Djw.checks=$RESULTS/checks.csv -Duser.language=en -Duser.country=US" \
        -prof gc -rf csv -rff "$RESULTS/jmh.csv" | tee "$RESULTS/jmh.log" | grep -E '^(# Benchmark:|# Parameters:|Benchmark|[A-Z][a-zA-Z]*Benchmark\.[a-zA-Z0-9]+ )' || true
fi

if [ -z "${SKIP_COMPILE:-}" ] && [ -x bench/compile-bench.sh ]; then
    echo "[bench] compile-time benchmark"
    bench/compile-bench.sh "$RESULTS" || echo "[bench] compile-time benchmark failed"
fi

echo "[bench] writing BENCHMARKS.md"
java "${JAVA_OPTS[@]}" -cp "$JAR" dev.joinwright.bench.report.Report "$RESULTS" "$ROOT/BENCHMARKS.md" \
    "$RESULTS/ratios.svg" bench/results/ratios.svg
echo "[bench] done: $ROOT/BENCHMARKS.md"
