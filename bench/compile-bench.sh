#!/usr/bin/env bash
# The compile-time and start-up benchmarks (called by run.sh): resolves hibernate-processor's classpath with Maven,
# then runs dev.joinwright.bench.compile.CompileBenchmark, which writes <results>/compile.md.
#   bench/compile-bench.sh bench/results [sizes, default 10,100,300,1000]
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=$1
SIZES=${2:-10,100,300,1000}
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
java -cp bench/target/benchmarks.jar dev.joinwright.bench.compile.CompileBenchmark "$RESULTS" \
    processor/target/joinwright-processor-0.1.0-SNAPSHOT.jar runtime/target/joinwright-runtime-0.1.0-SNAPSHOT.jar \
    "$HP_CP" "$JPA_API" "$SIZES"
H2_JAR=$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar | grep "/$(sed -n 's/^h2=//p' bench/target/classes/bench-versions.properties)/" | head -1)
java -cp bench/target/benchmarks.jar dev.joinwright.bench.startup.StartupBenchmark "$RESULTS" \
    processor/target/joinwright-processor-0.1.0-SNAPSHOT.jar runtime/target/joinwright-runtime-0.1.0-SNAPSHOT.jar \
    "$H2_JAR" "$HP_CP" "${STARTUP_SIZES:-10,100,300}"
