#!/usr/bin/env bash
# Ingest throughput: whole-process `newsdesk ingest` into a fresh SQLite store vs a feedparser 6 parse-only loop
# over the same files. Items/s = items / whole-process wall time (JVM start, migration, parse, normalise, store).
# Target: newsdesk >= 2x feedparser.
#
#   bench/ingest.sh [RUNS=5]        env: FEEDS=200 ITEMS=50 JAVA_OPTS="" PY=/usr/bin/python3
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
FEEDS=${FEEDS:-200}
ITEMS=${ITEMS:-50}
PY=${PY:-/usr/bin/python3}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=bench/out/ingest
JAR=target/newsdesk.jar
FEED_DIR=bench/out/feeds-${FEEDS}x${ITEMS}

[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -o -DskipTests package first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install -y time)" >&2; exit 1; }
if ! "$PY" -c 'import feedparser' 2>/dev/null; then
  echo "feedparser missing for $PY: installing python3-feedparser" >&2
  apt-get install -y python3-feedparser >/dev/null
fi
echo "python: $("$PY" --version 2>&1), feedparser $("$PY" -c 'import feedparser; print(feedparser.__version__)')"
echo "java:   $(java -version 2>&1 | head -1); JAVA_OPTS='$JAVA_OPTS'"

mkdir -p "$OUT"
rm -rf "$FEED_DIR"
"$PY" bench/gen_feeds.py --feeds "$FEEDS" --items "$ITEMS" --out "$FEED_DIR"
DB="$PWD/$OUT/ingest.db"
cat > "$OUT/config.yml" <<YML
storage: {url: "jdbc:sqlite:$DB"}
sources: []
YML

# one measured run: KIND RUN; writes $OUT/KIND-RUN.time (time -v) and .out
measure() {
  local kind=$1 run=$2
  if [ "$kind" = newsdesk ] || [ "$kind" = enriched ]; then
    rm -f "$DB" "$DB-wal" "$DB-shm"
    sync
    # newsdesk: the ingestion pipeline alone (parse, normalise, dedupe, store), as feedparser only parses;
    # enriched: the same plus summaries, topics, impact, watch terms and stories (the default of `ingest`)
    local flags=--no-enrich
    [ "$kind" = enriched ] && flags=
    /usr/bin/time -v -o "$OUT/$kind-$run.time" java $JAVA_OPTS -Dnewsdesk.log.level=WARN -jar "$JAR" \
      ingest $flags --config "$OUT/config.yml" "$FEED_DIR" > "$OUT/$kind-$run.out" 2>&1
  else
    /usr/bin/time -v -o "$OUT/$kind-$run.time" "$PY" bench/feedparser_parse.py "$FEED_DIR" \
      > "$OUT/$kind-$run.out" 2>&1
  fi
  echo "  $kind run $run: $(grep -E 'ingested|feedparser' "$OUT/$kind-$run.out" | tail -1)" \
       "| wall $(grep 'Elapsed (wall' "$OUT/$kind-$run.time" | awk '{print $NF}')" \
       "| max RSS $(grep 'Maximum resident' "$OUT/$kind-$run.time" | awk '{print $NF}') KB"
}

rm -f "$OUT"/*.time "$OUT"/*.out
for run in $(seq 1 "$RUNS"); do   # alternate so that machine noise hits both alike
  measure newsdesk "$run"
  measure feedparser "$run"
  measure enriched "$run"
done

"$PY" - "$OUT" "$RUNS" "$FEEDS" "$ITEMS" <<'PY'
import re, statistics, sys
out, runs, feeds, items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def wall(s):
    parts = [float(x) for x in s.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
res = {}
for kind in ("newsdesk", "feedparser", "enriched"):
    walls, rss, counts = [], [], []
    for r in range(1, runs + 1):
        t = open(f"{out}/{kind}-{r}.time").read()
        walls.append(wall(re.search(r"Elapsed \(wall clock\) time .*: (\S+)", t).group(1)))
        rss.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024)
        o = open(f"{out}/{kind}-{r}.out").read()
        m = re.search(r"(\d+) items read", o) or re.search(r"(\d+) entries in", o)
        counts.append(int(m.group(1)) if m else 0)
    n = statistics.median(counts)
    ips = [c / w for c, w in zip(counts, walls)]
    res[kind] = statistics.median(ips)
    print(f"{kind:10s} items {n:.0f} (expected {feeds * items}); wall s median {statistics.median(walls):.2f} "
          f"[{min(walls):.2f}-{max(walls):.2f}]; items/s median {statistics.median(ips):.0f} "
          f"[{min(ips):.0f}-{max(ips):.0f}]; max RSS MB median {statistics.median(rss):.0f} "
          f"[{min(rss):.0f}-{max(rss):.0f}]")
ratio = res["newsdesk"] / res["feedparser"]
print(f"ratio newsdesk/feedparser (median items/s): {ratio:.2f}x  (target >= 2x: {'MET' if ratio >= 2 else 'MISSED'})")
PY
