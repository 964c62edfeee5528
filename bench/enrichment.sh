#!/usr/bin/env bash
# Throughput of the whole enrichment (split, summarise, topics, watch terms, impact, stories) over the ingest
# benchmark's corpus, in one process with one thread per core; prints items/s per round (round 1 is a cold JVM).
#   bench/enrichment.sh [ROUNDS=6]     (generates bench/out/feeds-200x50 first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=bench/out/feeds-200x50
[ -d "$DIR" ] || /usr/bin/python3 bench/gen_feeds.py --feeds 200 --items 50 --out "$DIR"
exec bench/run-java.sh dev.newsdesk.bench.EnrichmentBench "$DIR" "${1:-6}"
