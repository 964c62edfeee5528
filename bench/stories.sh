#!/usr/bin/env bash
# Story grouping at scale: 100,000 synthetic items through StoryGrouper; prints time, items/s, pairwise
# precision/recall against the synthetic truth and VmRSS. Runs as a whole process so that VmRSS is the process's.
#   bench/stories.sh [items] [seed]
# The JVM options are those the figures were measured with (a small heap shows what the index really needs);
# BENCH_JAVA_OPTS overrides them.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx200m -XX:+UseSerialGC}"
exec bench/run-java.sh dev.newsdesk.bench.StoryBench "$@"
