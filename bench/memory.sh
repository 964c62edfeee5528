#!/usr/bin/env bash
# Memory of the running bot: a store with 100,000 items (2,000 generated feeds x 50 items, ingested once and
# copied per run), then `newsdesk run` polling the local feed server's 1,000 feeds (interval 5 s, feeds changing
# every 10 s) for DURATION seconds while VmRSS of the java process is sampled every second from /proc/PID/status.
# Then SIGTERM and the time until the process has exited. Target: RSS < 300 MB; exit within 10 s.
# Each JVM option set (one per line in OPTSETS; an empty line or "none" = no options) runs RUNS times.
#
#   bench/memory.sh [RUNS=3]   env: DURATION=60 OPTSETS=$'none\n-XX:+UseSerialGC -Xmx128m ...' INTERVAL=5s
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
DURATION=${DURATION:-60}
INTERVAL=${INTERVAL:-5s}
ROTATE=${ROTATE:-10}
STORE_FEEDS=${STORE_FEEDS:-2000}
STORE_ITEMS=${STORE_ITEMS:-50}
POLL_FEEDS=${POLL_FEEDS:-1000}
PORT=${PORT:-18080}
PY=${PY:-/usr/bin/python3}
RECOMMENDED="-XX:+UseSerialGC -Xmx128m -XX:MaxMetaspaceSize=80m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m -XX:TieredStopAtLevel=1"
OPTSETS=${OPTSETS:-$'none\n'"$RECOMMENDED"}
JAR=target/newsdesk.jar
OUT=bench/out/memory
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -o -DskipTests package first" >&2; exit 1; }
mkdir -p "$OUT"

SERVER_PID=
JAVA_PID=
cleanup() {
  for p in $JAVA_PID $SERVER_PID; do
    if kill -0 "$p" 2>/dev/null; then kill -TERM "$p" 2>/dev/null || true; fi
  done
  for p in $JAVA_PID $SERVER_PID; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$p" 2>/dev/null; then kill -KILL "$p" 2>/dev/null || true; fi
  done
}
trap cleanup EXIT INT TERM

# 1. the base store: 100,000 items, built once (delete bench/out/memory/base.db to rebuild)
BASE="$PWD/$OUT/base.db"
if [ ! -f "$BASE" ]; then
  FEED_DIR=bench/out/feeds-${STORE_FEEDS}x${STORE_ITEMS}
  [ -d "$FEED_DIR" ] || "$PY" bench/gen_feeds.py --feeds "$STORE_FEEDS" --items "$STORE_ITEMS" --out "$FEED_DIR"
  printf 'storage: {url: "jdbc:sqlite:%s"}\nsources: []\n' "$BASE" > "$OUT/ingest.yml"
  echo "building the base store from $FEED_DIR"
  java -Dnewsdesk.log.level=WARN -jar "$JAR" ingest --config "$OUT/ingest.yml" "$FEED_DIR"
  # one file, no WAL beside it, so that a plain copy is a complete store
  "$PY" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' "$BASE"
  rm -rf "$FEED_DIR"
fi
count_items() { "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from items").fetchone()[0])' "$1"; }
echo "base store: $(count_items "$BASE") items"

# 2. the feed server: feeds change every ROTATE s so that polls find new items
# another seed than the store's feeds: other titles, so other URLs (items are deduplicated by URL)
"$PY" bench/feed_server.py --feeds "$POLL_FEEDS" --port "$PORT" --rotate-seconds "$ROTATE" --seed 7 --body long \
  --url-list "$OUT/urls.txt" > "$OUT/server.log" 2> "$OUT/server.err" &
SERVER_PID=$!
for _ in $(seq 1 300); do grep -q '^ready' "$OUT/server.log" 2>/dev/null && break; sleep 0.1; done
grep -q '^ready' "$OUT/server.log" || { echo "feed server did not start:"; cat "$OUT/server.err"; exit 1; }
cat "$OUT/server.log"
stats() {
  "$PY" -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' \
    "http://127.0.0.1:$PORT/stats?reset=1"
}

DB="$PWD/$OUT/run.db"
{
  echo "storage: {url: \"jdbc:sqlite:$DB\"}"
  echo "sources:"
  while read -r id url; do echo "  - {id: $id, url: \"$url\", interval: $INTERVAL}"; done < "$OUT/urls.txt"
} > "$OUT/config.yml"

RESULTS="$OUT/results.tsv"
: > "$RESULTS"
set_no=0
while IFS= read -r opts <&3; do
  [ "$opts" = none ] && opts=""
  set_no=$((set_no + 1))
  for r in $(seq 1 "$RUNS"); do
    rm -f "$DB" "$DB-wal" "$DB-shm"
    cp "$BASE" "$DB"
    stats > /dev/null
    log="$OUT/set$set_no-r$r"
    # shellcheck disable=SC2086
    java $opts -Dnewsdesk.log.level=WARN -jar "$JAR" run --config "$OUT/config.yml" > "$log.log" 2>&1 &
    JAVA_PID=$!
    : > "$log.rss"
    for s in $(seq 1 "$DURATION"); do
      sleep 1
      kill -0 "$JAVA_PID" 2>/dev/null || { echo "java exited early: $(tail -5 "$log.log")"; break; }
      awk -v s="$s" '/^VmRSS:/ {print s, $2}' "/proc/$JAVA_PID/status" >> "$log.rss" 2>/dev/null || true
    done
    st=$(stats)
    t0=$(date +%s.%N)
    kill -TERM "$JAVA_PID" 2>/dev/null || true
    exit_s=""
    for _ in $(seq 1 300); do   # up to 30 s
      if ! kill -0 "$JAVA_PID" 2>/dev/null; then exit_s=$(echo "$(date +%s.%N) - $t0" | bc); break; fi
      sleep 0.1
    done
    if [ -z "$exit_s" ]; then kill -KILL "$JAVA_PID" 2>/dev/null || true; exit_s=never; fi
    wait "$JAVA_PID" 2>/dev/null || true
    JAVA_PID=
    items=$(count_items "$DB")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$set_no" "${opts:-none}" "$r" "$exit_s" "$items" "$st" >> "$RESULTS"
    echo "  [$set_no] '${opts:-none}' run $r: max RSS $(sort -k2n "$log.rss" | tail -1 | awk '{printf "%.0f", $2/1024}') MB," \
         "final $(tail -1 "$log.rss" | awk '{printf "%.0f", $2/1024}') MB, exit after SIGTERM ${exit_s} s," \
         "items $items, server $st"
  done
done 3<<< "$OPTSETS"

"$PY" - "$OUT" "$DURATION" <<'PY'
import json, statistics, sys
out, duration = sys.argv[1], int(sys.argv[2])
sets = {}
for line in open(f"{out}/results.tsv"):
    no, opts, r, exit_s, items, st = line.rstrip("\n").split("\t")
    rss = [int(l.split()[1]) / 1024 for l in open(f"{out}/set{no}-r{r}.rss") if l.strip()]
    st = json.loads(st)
    sets.setdefault((int(no), opts), []).append(dict(
        max=max(rss), final=rss[-1], exit=float(exit_s) if exit_s != "never" else float("inf"),
        req=st["requests"] / duration, ok=st["status"].get("200", 0) / duration, items=int(items)))
def med(xs, f="{:.0f}"):
    return (f + " [" + f + "-" + f + "]").format(statistics.median(xs), min(xs), max(xs))
for (no, opts), runs in sorted(sets.items()):
    c = lambda k: [x[k] for x in runs]
    ok = statistics.median(c("max")) < 300 and max(c("exit")) <= 10
    print(f"[{no}] {opts}\n    runs {len(runs)}: max RSS MB {med(c('max'))}; final RSS MB {med(c('final'))}; "
          f"exit after SIGTERM s {med(c('exit'), '{:.2f}')}; requests/s {med(c('req'), '{:.1f}')}; "
          f"200s/s {med(c('ok'), '{:.1f}')}; items in store after {med(c('items'))}  "
          f"(RSS < 300 MB and exit <= 10 s: {'MET' if ok else 'MISSED'})")
PY
