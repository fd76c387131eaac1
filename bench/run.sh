#!/usr/bin/env bash
# The one command: builds the benchmarks jar, runs every benchmark (JMH run-time workloads on H2 and PostgreSQL,
# then the compile-time and start-up benchmarks) and writes ../BENCHMARKS.md with bench/results/ratios.svg.
#
#   PROFILE=full bench/run.sh    # the long profile: the most samples per figure (about 2 h + compile)
#   PROFILE=standard bench/run.sh  # the report's profile: error bars from 2 forks on the headline (about 50 min)
#   bench/run.sh                 # PROFILE=quick: a smoke run, 1 fork, no error bars (about 30 minutes + compile)
#   JMH_FILTER='findById' bench/run.sh   # a subset of the JMH benchmarks (regex), with the headline options
#   SKIP_JMH=1 bench/run.sh      # re-use bench/results/jmh.csv, redo the rest
#   SKIP_COMPILE=1 bench/run.sh  # no compile-time or start-up benchmark
#   java -cp bench/target/benchmarks.jar dev.joinwright.bench.CheckAll [libraries] [databases]   # checks only, seconds
#
# Profiles (JMH options). The headline workloads (single rows, one-level graphs, single writes: their error
# comes mostly from fork-to-fork differences, see BENCHMARKS.md) get more forks than the long ones (two-level
# graphs, batch insert), whose 1-second iterations already hold hundreds of operations:
#   quick: every workload -f 1 -wi 1 -w 1s -i 2 -r 1500ms (JMH gives no error bar for 2 samples)
#   standard: headline    -f 2 -wi 3 -w 1s -i 3 -r 1s     (6 samples from 2 forks per figure; 3 s of warm-up,
#                         which Micronaut's and Spring's deeper call stacks need, see bench/results/method.md)
#          the rest       -f 1 -wi 3 -w 1s -i 4 -r 1s     (4 samples), also the query paths
#   full:  headline       -f 3 -wi 3 -w 1s -i 5 -r 1s     (15 samples per figure)
#          the rest       -f 2 -wi 2 -w 1s -i 4 -r 1s     (8 samples), also the query paths (QueryBenchmark, one
#                         JMH invocation per library, only the workloads it runs)
# COMPILE_SIZES=10,100,300 limits the compile-time benchmark's model sizes (default 10,100,300,1000).
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
# Also writes each module's runtime class path (target/runtime-classpath.txt) for compile-bench.sh.
mvn -B -q -Pbench -pl bench -am package -DskipTests \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
JAR=$ROOT/bench/target/benchmarks.jar
JAVA_OPTS=(-Duser.language=en -Duser.country=US)

PROFILE=${PROFILE:-quick}
HEADLINE='(ReadBenchmark\.(findById|page100|booksWithAuthor|authorWithBooks|authorsWithBooks)|WriteBenchmark\.(insert|updateById))$'
REST='(ReadBenchmark\.(booksWithTags|authorsBooksTags)|WriteBenchmark\.batchInsert1000)$'
case "$PROFILE" in
    quick) HEAD_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1500ms); REST_OPTS=("${HEAD_OPTS[@]}") ;;
    standard) HEAD_OPTS=(-f 2 -wi 3 -w 1s -i 3 -r 1s); REST_OPTS=(-f 1 -wi 3 -w 1s -i 4 -r 1s) ;;
    full) HEAD_OPTS=(-f 3 -wi 3 -w 1s -i 5 -r 1s); REST_OPTS=(-f 2 -wi 2 -w 1s -i 4 -r 1s) ;;
    *) echo "unknown PROFILE=$PROFILE (quick, standard, full)" >&2; exit 2 ;;
esac

# One JMH invocation: a regex, its options, its csv.
jmh() {
    local regex=$1 csv=$2
    shift 2
    java "${JAVA_OPTS[@]}" -jar "$JAR" "$regex" "$@" -foe true \
        -jvmArgsAppend "-Djw.checks=$RESULTS/checks.csv -Duser.language=en -Duser.country=US" \
        -prof gc -rf csv -rff "$csv" | tee -a "$RESULTS/jmh.log" \
        | grep -E '^(# Benchmark:|# Parameters:|Benchmark|[A-Z][a-zA-Z]*Benchmark\.[a-zA-Z0-9]+ )' || true
}

if [ -z "${SKIP_JMH:-}" ]; then
    rm -f "$RESULTS/checks.csv" "$RESULTS/jmh.csv" "$RESULTS"/jmh-*.csv "$RESULTS/jmh.log"
    echo "[bench] JMH profile $PROFILE"
    if [ -n "${JMH_FILTER:-}" ]; then
        jmh "$JMH_FILTER" "$RESULTS/jmh-1.csv" "${HEAD_OPTS[@]}"
        echo "\`$PROFILE\` on \`$JMH_FILTER\` only: \`${HEAD_OPTS[*]}\`." > "$RESULTS/profile.txt"
    else
        jmh "$HEADLINE" "$RESULTS/jmh-1.csv" "${HEAD_OPTS[@]}"
        jmh "$REST" "$RESULTS/jmh-2.csv" "${REST_OPTS[@]}"
        # The query paths: one invocation per library with only the workloads it runs (see Libraries.notApplicable).
        n=3
        while IFS=$'\t' read -r regex library; do
            jmh "$regex" "$RESULTS/jmh-$n.csv" "${REST_OPTS[@]}" -p library="$library"
            n=$((n + 1))
        done < <(java -cp "$JAR" dev.joinwright.bench.Plan)
        echo "\`$PROFILE\`: headline workloads \`${HEAD_OPTS[*]}\`, the others \`${REST_OPTS[*]}\` (see \`bench/run.sh\`)." \
            > "$RESULTS/profile.txt"
    fi
    # One csv for the report: the first file's header, every file's rows.
    first=1
    for csv in "$RESULTS"/jmh-*.csv; do
        if [ $first = 1 ]; then cat "$csv"; first=0; else tail -n +2 "$csv"; fi
    done > "$RESULTS/jmh.csv"
    rm -f "$RESULTS"/jmh-*.csv
fi

if [ -z "${SKIP_COMPILE:-}" ] && [ -x bench/compile-bench.sh ]; then
    echo "[bench] compile-time benchmark"
    bench/compile-bench.sh "$RESULTS" ${COMPILE_SIZES:+"$COMPILE_SIZES"} || echo "[bench] compile-time benchmark failed"
fi

echo "[bench] writing BENCHMARKS.md"
java "${JAVA_OPTS[@]}" -cp "$JAR" dev.joinwright.bench.report.Report "$RESULTS" "$ROOT/BENCHMARKS.md" \
    "$RESULTS/ratios.svg" bench/results/ratios.svg
echo "[bench] done: $ROOT/BENCHMARKS.md"
