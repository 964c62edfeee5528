#!/usr/bin/env bash
# The impact command as a user runs it: every PhraseBank development sentence (evaluation only) through
# `newsdesk impact` in one call; checks one output line per input line and prints accuracy and lines/s.
#   bench/impact.sh            (needs target/newsdesk.jar: mvn -q -o -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${NEWSDESK_CORPUS:-../shared/corpus}/financial-phrasebank-dev"
jar=target/newsdesk.jar
[ -f "$jar" ] || { echo "impact.sh: $jar missing; run mvn -q -o -DskipTests package" >&2; exit 2; }
[ -d "$corpus" ] || { echo "impact.sh: no corpus at $corpus: skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for level in AllAgree 50Agree; do
    f="$corpus/Sentences_$level.dev.txt"
    iconv -f ISO-8859-1 -t UTF-8 "$f" | sed 's/@[a-z]*$//' > "$tmp/in.txt"
    iconv -f ISO-8859-1 -t UTF-8 "$f" | sed 's/.*@//' > "$tmp/gold.txt"
    start=$(date +%s.%N)
    java -jar "$jar" impact < "$tmp/in.txt" > "$tmp/out.txt"
    end=$(date +%s.%N)
    lines_in=$(wc -l < "$tmp/in.txt")
    lines_out=$(wc -l < "$tmp/out.txt")
    [ "$lines_in" -eq "$lines_out" ] || { echo "impact.sh: $lines_in lines in, $lines_out out" >&2; exit 1; }
    right=$(paste "$tmp/gold.txt" <(cut -f1 "$tmp/out.txt") | awk -F'\t' '$1 == $2' | wc -l)
    awk -v l="$level" -v r="$right" -v n="$lines_in" -v s="$start" -v e="$end" 'BEGIN {
        printf "impact %s: %d lines, accuracy %.4f, %.0f lines/s including JVM start (%.2f s)\n", l, n, r / n, n / (e - s), e - s }'
done
