#!/usr/bin/env bash
# Article extraction quality and speed (newsdesk beside Readability4J) on the shared corpus:
#   bench/extraction.sh            # figures
#   bench/extraction.sh -Dworst=15 # and newsdesk's 15 worst benchmark pages
set -euo pipefail
cd "$(dirname "$0")"
props=()
for a in "$@"; do props+=("$a"); done
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} ${props[*]:-}" exec ./run-java.sh dev.newsdesk.bench.ExtractionQuality
