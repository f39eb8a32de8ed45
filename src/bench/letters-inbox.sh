#!/usr/bin/env bash
# Benchmark of the office's letters inbox (/kungkai/kantor/surat) with 10,000 requests waiting in
# the village: p50/p99 at 16 connections, each one a distinct logged-in operator session (budget:
# p99 <= 150 ms, design.md §9). Payara Micro runs the built WAR in demo mode on the embedded database
# with the production JVM settings; the 10,000 requests are made at first start by the demo content
# (PORTAL_DEMO_LETTER_REQUESTS, demo mode only), spread over the last 90 days, oldest first in the
# inbox like real ones.
#
# Usage: src/bench/letters-inbox.sh [path/to/portal.war]      (default: target/portal.war)
# Settings (environment): REQUESTS=10000  SESSIONS=16  DURATION=15s  RUNS=3  PORT=18183
#   WARMUP_MIN=6 WARMUP_MAX=20 WARMUP_TOLERANCE=5: 10 s warm-up runs, at least WARMUP_MIN, until two
#   consecutive ones agree within WARMUP_TOLERANCE percent in requests/s (the JIT on 2 cores was
#   still gaining 10 % after six runs); then RUNS measured runs, each reported, and their median p99
#   LOCK=/tmp/portal-build.lock (held during the start up to its first page and during each wrk run;
#   Payara never inherits it)
set -euo pipefail

REQUESTS=${REQUESTS:-10000}
SESSIONS=${SESSIONS:-16}
DURATION=${DURATION:-15s}
RUNS=${RUNS:-3}
WARMUP_MIN=${WARMUP_MIN:-6}
WARMUP_MAX=${WARMUP_MAX:-20}
WARMUP_TOLERANCE=${WARMUP_TOLERANCE:-5}
PORT=${PORT:-18183}
LOCK=${LOCK-/tmp/portal-build.lock}
PASSWORD=demo-desa-2026
SLUG=kungkai
BENCH_NAME=letters-inbox.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
INBOX=$BASE/$SLUG/kantor/surat

check_ready "$WAR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/letters-bench.XXXXXX")
SERVER_PID=
cleanup() {
    local rc=$?
    stop_process "$SERVER_PID"
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
cp "$WAR" "$WORK/portal.war"

open_lock

mkdir -p "$WORK/data"
LOG=$WORK/payara.log
hold_lock
START=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd "$WORK/data" && PORTAL_DEMO_LETTER_REQUESTS=$REQUESTS exec java $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
    --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT" \
    --prebootcommandfile "$PREBOOT" 9>&-) >>"$LOG" 2>&1 &
SERVER_PID=$!
wait_for_page "$BASE/$SLUG/" "$START" 400
release_lock
echo "First page after $(($(date +%s) - START)) s; $(grep -o 'Demo letter requests: [0-9]* in [0-9]* ms' "$LOG" || echo 'no bulk line in the log')"

COOKIES=$WORK/cookies.txt
: >"$COOKIES"
for i in $(seq 1 "$SESSIONS"); do
    cookie=$(login "/$SLUG" "operator@$SLUG.test")
    body=$(curl -s -H "Cookie: $cookie" "$INBOX")
    grep -q 'BENCH-' <<<"$body" || die "session $i: the inbox shows no bench request"
    echo "$cookie" >>"$COOKIES"
done
TOTAL=$(curl -s -H "Cookie: $(head -n 1 "$COOKIES")" "$BASE/$SLUG/kantor" | grep -o 'waiting-count">[^<]*' | sed 's/.*>//')
echo "Inbox of the operator: ${TOTAL:-?}"

LUA=$WORK/sessions.lua
write_sessions_lua "$LUA"

run() {
    hold_lock
    COOKIE_FILE=$COOKIES wrk -t"$SESSIONS" -c"$SESSIONS" -d"$1" --latency -s "$LUA" "$INBOX" 9>&-
    release_lock
}
previous=0
for i in $(seq 1 "$WARMUP_MAX"); do
    read_latency "$(run 10s)"
    echo "warm-up $i: $RPS req/s"
    if ((i >= WARMUP_MIN)) && awk -v a="$previous" -v b="$RPS" -v t="$WARMUP_TOLERANCE" \
        'BEGIN { exit !(a > 0 && (a > b ? a - b : b - a) <= t / 100 * (a > b ? a : b)) }'; then
        break
    fi
    previous=$RPS
done
P99S=()
for i in $(seq 1 "$RUNS"); do
    echo "== inbox with $REQUESTS requests, $SESSIONS sessions, $DURATION, run $i of $RUNS"
    OUT=$(run "$DURATION")
    echo "$OUT"
    read_latency "$OUT"
    echo "RUN $i: $RPS req/s, p50 $P50, p99 $P99"
    P99S+=("$P99")
done
# wrk writes each latency in its own unit (us, ms, s).
MEDIAN=$(printf '%s\n' "${P99S[@]}" \
    | awk '{ n = $1 + 0; if ($1 ~ /us$/) n /= 1000; else if ($1 !~ /ms$/ && $1 ~ /s$/) n *= 1000; print n }' \
    | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo
echo "RESULT letters inbox: p99 of the $RUNS runs ${P99S[*]}, median ${MEDIAN}ms at $SESSIONS connections (budget p99 150ms)"
