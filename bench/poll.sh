#!/usr/bin/env bash
# Poll cycle against a local feed server: 1,000 feeds x 20 items on 127.0.0.1..127.0.0.20 (50 per host), every
# response delayed 50 ms. Per repeat: a fresh store, `poll` (first cycle: every feed fetched), then `poll` again
# (second cycle, nothing changed: every feed should answer 304 with no body).
# Targets: first cycle <= 1.5 x (1000 x 0.05 s / min(concurrency, 20 x per-host)); second cycle < 2 s with 1000
# not modified and 0 body bytes (newsdesk's count and the server's own).
# Besides the wall time, `poll` prints the CPU-seconds the whole JVM used during the cycle (JIT and GC included): on
# a shared machine the steadier figure.
#
#   bench/poll.sh [REPEATS=3]   env: FEEDS=1000 ITEMS=20 BODY=short HOSTS=20 DELAY_MS=50 CONCURRENCY=32 PER_HOST=2
#                               PORT=18080 JAVA_OPTS=
# BODY=short gives each item a teaser paragraph, as most news feeds do (the feed is ~10 KB); BODY=long gives it 2-3 KB
# of article HTML (the ingest benchmark's items; ~70 KB per feed).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-3}
FEEDS=${FEEDS:-1000}
ITEMS=${ITEMS:-20}
BODY=${BODY:-short}
HOSTS=${HOSTS:-20}
DELAY_MS=${DELAY_MS:-50}
CONCURRENCY=${CONCURRENCY:-32}
PER_HOST=${PER_HOST:-2}
PORT=${PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:-}
PY=${PY:-/usr/bin/python3}
JAR=target/newsdesk.jar
OUT=bench/out/poll
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -o -DskipTests package first" >&2; exit 1; }
mkdir -p "$OUT"
rm -f "$OUT"/*.out "$OUT"/*.time "$OUT"/*.stats

SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

"$PY" bench/feed_server.py --feeds "$FEEDS" --items "$ITEMS" --hosts "$HOSTS" --port "$PORT" --delay-ms "$DELAY_MS" --body "$BODY" \
  --url-list "$OUT/urls.txt" > "$OUT/server.log" 2> "$OUT/server.err" &
SERVER_PID=$!
for _ in $(seq 1 300); do grep -q '^ready' "$OUT/server.log" 2>/dev/null && break; sleep 0.1; done
grep -q '^ready' "$OUT/server.log" || { echo "feed server did not start:"; cat "$OUT/server.err"; exit 1; }
cat "$OUT/server.log"

stats() {  # prints the server's counters as JSON and zeroes them
  "$PY" -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' \
    "http://127.0.0.1:$PORT/stats?reset=1"
}

DB="$PWD/$OUT/poll.db"
{
  echo "storage: {url: \"jdbc:sqlite:$DB\"}"
  # the generated items link to hosts that do not exist here: no article pages are fetched for teasers
  echo "fetch: {concurrency: $CONCURRENCY, per-host-concurrency: $PER_HOST, timeout: 20s, article-pages-per-poll: 0}"
  echo "sources:"
  while read -r id url; do echo "  - {id: $id, url: \"$url\", interval: 10m}"; done < "$OUT/urls.txt"
} > "$OUT/config.yml"

for r in $(seq 1 "$REPEATS"); do
  rm -f "$DB" "$DB-wal" "$DB-shm"
  stats > /dev/null
  for cycle in 1 2; do
    /usr/bin/time -v -o "$OUT/r$r-c$cycle.time" java $JAVA_OPTS -Dnewsdesk.log.level=WARN -jar "$JAR" \
      poll --config "$OUT/config.yml" > "$OUT/r$r-c$cycle.out" 2>&1 || true
    stats > "$OUT/r$r-c$cycle.stats"
    echo "  repeat $r cycle $cycle: $(grep '^polled' "$OUT/r$r-c$cycle.out" || tail -3 "$OUT/r$r-c$cycle.out")" \
         "| process wall $(grep 'Elapsed (wall' "$OUT/r$r-c$cycle.time" | awk '{print $NF}')" \
         "| server $(cat "$OUT/r$r-c$cycle.stats")"
  done
done

"$PY" - "$OUT" "$REPEATS" "$FEEDS" "$HOSTS" "$DELAY_MS" "$CONCURRENCY" "$PER_HOST" <<'PY'
import json, re, statistics, sys
out, reps, feeds, hosts, delay, conc, per_host = sys.argv[1], *map(int, sys.argv[2:4]), int(sys.argv[4]), \
    float(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
eff = min(conc, hosts * per_host)
bound = 1.5 * feeds * delay / 1000 / eff
def wall(s):
    return sum(float(p) * 60 ** i for i, p in enumerate(reversed(s.split(":"))))
def med(xs, fmt="{:.2f}"):
    return (fmt + " [" + fmt + "-" + fmt + "]").format(statistics.median(xs), min(xs), max(xs))
rows = {1: [], 2: []}
for r in range(1, reps + 1):
    for c in (1, 2):
        o = open(f"{out}/r{r}-c{c}.out").read()
        m = re.search(r"polled (\d+) sources in ([\d.]+) s: (\d+) fetched, (\d+) not modified, (\d+) failed;"
                      r".*?; (\d+) body bytes", o)
        if not m:
            sys.exit(f"repeat {r} cycle {c}: no summary line in {out}/r{r}-c{c}.out")
        cpu = re.search(r"; ([\d.]+) CPU-s", o)
        st = json.load(open(f"{out}/r{r}-c{c}.stats"))
        t = open(f"{out}/r{r}-c{c}.time").read()
        rows[c].append(dict(n=int(m[1]), s=float(m[2]), cpu=float(cpu[1]) if cpu else float("nan"), fetched=int(m[3]), nm=int(m[4]), failed=int(m[5]),
                            bytes=int(m[6]), sbytes=st["body_bytes"], sreq=st["requests"],
                            inflight=st["max_in_flight"], span=st["span_s"],
                            wall=wall(re.search(r"Elapsed \(wall clock\) time .*: (\S+)", t)[1]),
                            rss=int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)[1]) / 1024))
def col(c, k):
    return [x[k] for x in rows[c]]
print(f"effective concurrency min({conc}, {hosts} x {per_host}) = {eff}; "
      f"first-cycle bound 1.5 x {feeds} x {delay / 1000:g} s / {eff} = {bound:.2f} s")
for c, name in ((1, "first cycle "), (2, "second cycle")):
    print(f"{name}: poll s {med(col(c, 's'))} (CPU-s of the whole process during the cycle {med(col(c, 'cpu'))}); fetched {med(col(c, 'fetched'), '{:.0f}')}; "
          f"not modified {med(col(c, 'nm'), '{:.0f}')}; failed {med(col(c, 'failed'), '{:.0f}')}; "
          f"body bytes {med(col(c, 'bytes'), '{:.0f}')} (server: {med(col(c, 'sbytes'), '{:.0f}')}, "
          f"requests {med(col(c, 'sreq'), '{:.0f}')}, max in flight {med(col(c, 'inflight'), '{:.0f}')}, first request to last response s {med(col(c, 'span'))}); "
          f"process wall s {med(col(c, 'wall'))}; max RSS MB {med(col(c, 'rss'), '{:.0f}')}")
s1, s2 = statistics.median(col(1, "s")), statistics.median(col(2, "s"))
print(f"first cycle {s1:.2f} s vs bound {bound:.2f} s: {'MET' if s1 <= bound else 'MISSED'}")
ok2 = s2 < 2 and all(x["nm"] == feeds and x["bytes"] == 0 and x["sbytes"] == 0 for x in rows[2])
print(f"second cycle {s2:.2f} s (< 2 s), {feeds} not modified, 0 body bytes (newsdesk and server): "
      f"{'MET' if ok2 else 'MISSED'}")
PY
