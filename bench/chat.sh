#!/usr/bin/env bash
# Chat figures: command latency with 100,000 items and fan-out of 1,000 alerts, against the in-process fake Bot API.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.newsdesk.bench.ChatBench "$@"
