#!/usr/bin/env bash
# Digest figures: a 7-day digest over 100,000 items (cold and cached), and 1,000 chats due in the same minute
# through the scheduler, the outbox and the fake Bot API.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.newsdesk.bench.DigestBench "$@"
