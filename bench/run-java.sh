#!/usr/bin/env bash
# Runs a benchmark's main class (src/test/java/dev/newsdesk/bench) on the test class path, e.g.
#   bench/run-java.sh dev.newsdesk.bench.ExtractionQuality
# BENCH_JAVA_OPTS adds JVM options. The shared corpus is read from ../shared/corpus (override: -Dnewsdesk.corpus=DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
exec java ${BENCH_JAVA_OPTS:-} -Dnewsdesk.corpus="${NEWSDESK_CORPUS:-../shared/corpus}" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
