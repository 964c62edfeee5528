#!/usr/bin/env bash
# Several instances on one PostgreSQL (embedded, started by the benchmark): polls per feed per interval with three
# instances, take-over after one is killed, and outbox deliveries per second with one and with three instances.
#   bench/instances.sh [SOURCES=5000] [INTERVAL_S=30] [LEASE_S=30] [DELIVERIES=600]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-java.sh dev.newsdesk.bench.InstancesBench "$@"
