#!/usr/bin/env bash
# OpsBench: webhook intake (right and wrong secret), a /metrics scrape, and an online backup of a store of ITEMS
# items while a writer writes. Knobs: UPDATES (default 20000), ITEMS (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.newsdesk.bench.OpsBench "${UPDATES:-20000}" "${ITEMS:-100000}"
