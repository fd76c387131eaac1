#!/usr/bin/env bash
# The compile-time and start-up benchmarks (called by run.sh): resolves hibernate-processor's classpath with Maven,
# then runs dev.joinwright.bench.compile.CompileBenchmark, which writes <results>/compile.md.
#   bench/compile-bench.sh bench/results [sizes, default 10,100,300,1000]
#
# Any processor build runs unchanged: the processor path is the built processor jar (whatever its version) plus
# the processor module's runtime dependencies as Maven resolved them (processor/target/runtime-classpath.txt,
# written by run.sh's build), and both paths can be given outright:
#   JW_PROCESSOR_PATH=a.jar:b.jar JW_RUNTIME_PATH=c.jar bench/compile-bench.sh bench/results 300
# JW_COMPILE_JFR=dir also records a Flight Recorder profile of javac with the processor at each size
# (read it with: java -cp bench/target/benchmarks.jar dev.joinwright.bench.compile.JfrTop dir/javac-300.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=$1
mkdir -p "$RESULTS"
SIZES=${2:-10,100,300,1000}

# The module's main jar: not -sources, -javadoc, or the shade plugin's original-.
main_jar() {
    ls "$1"/target/joinwright-"$1"-*.jar 2>/dev/null | grep -v -E -- '-(sources|javadoc|tests)\.jar$' | head -1
}
PROCESSOR_JAR=$(main_jar processor)
RUNTIME_JAR=$(main_jar runtime)
# A module's runtime class path as run.sh's build wrote it; the shade plugin moves the processor's basedir to
# target/ (its dependency-reduced POM), so its file may sit one level deeper.
module_classpath() {
    for f in "$1"/target/runtime-classpath.txt "$1"/target/target/runtime-classpath.txt; do
        if [ -s "$f" ]; then cat "$f"; return; fi
    done
}
if [ -z "${JW_PROCESSOR_PATH:-}" ]; then
    [ -n "$PROCESSOR_JAR" ] || { echo "no processor jar under processor/target: build first (run.sh does)" >&2; exit 1; }
    JW_PROCESSOR_PATH=$PROCESSOR_JAR
    deps=$(module_classpath processor)
    if [ -n "$deps" ]; then
        JW_PROCESSOR_PATH=$JW_PROCESSOR_PATH:$deps
    fi
fi
if [ -z "${JW_RUNTIME_PATH:-}" ]; then
    [ -n "$RUNTIME_JAR" ] || { echo "no runtime jar under runtime/target: build first (run.sh does)" >&2; exit 1; }
    JW_RUNTIME_PATH=$RUNTIME_JAR
    deps=$(module_classpath runtime)
    if [ -n "$deps" ]; then
        JW_RUNTIME_PATH=$JW_RUNTIME_PATH:$deps
    fi
fi
JFR_OPT=()
if [ -n "${JW_COMPILE_JFR:-}" ]; then
    JFR_OPT=(-Djw.compile.jfr="$JW_COMPILE_JFR")
fi
WORK=bench/target/compile-bench
mkdir -p "$WORK"
HIBERNATE_VERSION=$(sed -n 's/^hibernate=//p' bench/target/classes/bench-versions.properties)
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.joinwright</groupId><artifactId>compile-bench-paths</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.hibernate.orm</groupId><artifactId>hibernate-processor</artifactId>
      <version>$HIBERNATE_VERSION</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$WORK/pom.xml" dependency:build-classpath -Dmdep.outputFile=hp.classpath >/dev/null
HP_CP=$(cat "$WORK/hp.classpath")
JPA_API=$(tr ':' '\n' < "$WORK/hp.classpath" | grep 'jakarta.persistence-api' | head -1)
echo "[compile] processor path: $JW_PROCESSOR_PATH"
echo "[compile] runtime path: $JW_RUNTIME_PATH"
java "${JFR_OPT[@]}" -cp bench/target/benchmarks.jar dev.joinwright.bench.compile.CompileBenchmark "$RESULTS" \
    "$JW_PROCESSOR_PATH" "$JW_RUNTIME_PATH" "$HP_CP" "$JPA_API" "$SIZES"
H2_JAR=$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar | grep "/$(sed -n 's/^h2=//p' bench/target/classes/bench-versions.properties)/" | head -1)
if [ -n "${SKIP_STARTUP:-}" ]; then
    exit 0
fi
java -cp bench/target/benchmarks.jar dev.joinwright.bench.startup.StartupBenchmark "$RESULTS" \
    "$JW_PROCESSOR_PATH" "$JW_RUNTIME_PATH" \
    "$H2_JAR" "$HP_CP" "${STARTUP_SIZES:-10,100,300}"
