#!/usr/bin/env bash
# Slack figures: acknowledgement and answer latency of slash commands and mentions with 100,000 items, Bolt in HTTP
# mode against the in-process fake Web API.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.newsdesk.bench.SlackBench "$@"
