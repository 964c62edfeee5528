#!/usr/bin/env bash
# Summary quality (ROUGE-1/2/L vs Lead-3 on frank-summarization CNN/DM, Lead-1 on XSum) and single-thread speed.
#   bench/summaries.sh            (corpus from ../shared/corpus; NEWSDESK_CORPUS=DIR to override)
set -euo pipefail
exec "$(dirname "$0")/run-java.sh" dev.newsdesk.bench.SummaryQuality "$@"
