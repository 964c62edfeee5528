#!/usr/bin/env bash
# Topic quality (precision/recall/F1 per built-in topic on the labelled headlines) and matching speed
# (tokenise once + all topics + 3 watch terms on ~3 KB articles). Prints the figures; see bench/README.md.
set -euo pipefail
exec "$(dirname "$0")/run-java.sh" dev.newsdesk.bench.TopicQuality "$@"
