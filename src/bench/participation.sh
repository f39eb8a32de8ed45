#!/usr/bin/env bash
# Benchmark of e-participation (issue 9), on Payara Micro with the built WAR in demo mode on the
# embedded database and the production JVM settings:
#   1. the public aspiration list of kungkai (/kungkai/aspirasi, anonymous, newest first and "most
#      supported") holding ASPIRATIONS published aspirations and SUPPORTS supports, made at first
#      start by the demo content (PORTAL_DEMO_ASPIRATIONS, PORTAL_DEMO_SUPPORTS; demo mode only):
#      requests/s and p50/p99 at 64 connections (budget p99 <= 100 ms);
#   2. complaint submissions by CLIENTS concurrent clients through Open311 POST requests.json (the
#      demo content's bench key; every request a new guest with its own email address, so each waits
#      for its confirmation like a real one): per second and p99; then NONE LOST: every token a 200
#      answer acknowledged is looked up again (GET tokens/<token>.json reads it from the database by
#      its hash) and must be found.
# The rate limits of submissions and tracking are raised for the run (PORTAL_RATE_*_MAX): every
# request comes from one address here.
#
# Usage: src/bench/participation.sh [path/to/portal.war]      (default: target/portal.war)
# Settings (environment): ASPIRATIONS=2000 SUPPORTS=20000 CONNECTIONS=64 CLIENTS=8 DURATION=15s
#   WARMUP_RUNS=4 PORT=18184 LOCK=/tmp/portal-build.lock (held during the start up to its first page
#   and during each wrk run; Payara never inherits it)
set -euo pipefail

ASPIRATIONS=${ASPIRATIONS:-2000}
SUPPORTS=${SUPPORTS:-20000}
CONNECTIONS=${CONNECTIONS:-64}
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-15s}
WARMUP_RUNS=${WARMUP_RUNS:-4}
PORT=${PORT:-18184}
LOCK=${LOCK-/tmp/portal-build.lock}
SLUG=kungkai
KEY=bench-open311-key-kungkai-not-secret
BENCH_NAME=participation.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
LIST=$BASE/$SLUG/aspirasi

check_ready "$WAR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/participation-bench.XXXXXX")
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
(cd "$WORK/data" && PORTAL_DEMO_ASPIRATIONS=$ASPIRATIONS PORTAL_DEMO_SUPPORTS=$SUPPORTS \
    PORTAL_RATE_SUBMISSION_MAX=100000000 PORTAL_RATE_TRACKING_MAX=100000000 \
    exec java $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
    --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT" \
    --prebootcommandfile "$PREBOOT" 9>&-) >>"$LOG" 2>&1 &
SERVER_PID=$!
wait_for_page "$BASE/$SLUG/" "$START" 400
release_lock
echo "First page after $(($(date +%s) - START)) s; $(grep -o 'Demo aspirations: [0-9]* with [0-9]* supports in [0-9]* ms' "$LOG" || echo 'no bulk line in the log')"
# (not a pipe into grep -q: with pipefail, curl's broken pipe would fail the check)
curl -s "$LIST" >"$WORK/list.html"
grep -q 'Usulan bench' "$WORK/list.html" || die "the list shows no bench aspiration"

measure() {
    local name=$1 url=$2 out
    for i in $(seq 1 "$WARMUP_RUNS"); do
        echo "warm-up $i $name: $(wrk_run -t2 -c"$CONNECTIONS" -d10s "$url" | grep 'Requests/sec')"
    done
    out=$(wrk_run -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
    echo "$out"
    read_latency "$out"
    echo "RESULT $name: $RPS req/s, p50 $P50, p99 $P99 at $CONNECTIONS connections (budget p99 100ms)"
}
echo "== aspiration list, $ASPIRATIONS aspirations, $SUPPORTS supports"
measure "aspiration list (newest)" "$LIST"
measure "aspiration list (most supported, page 3)" "$LIST?hal=3&urut=dukungan"

echo "== complaint submissions, $CLIENTS clients, $DURATION"
TOKENS=$WORK/tokens
mkdir -p "$TOKENS"
LUA=$WORK/submit.lua
cat >"$LUA" <<LUA
local threads = {}
local counter = 0
function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
    table.insert(threads, thread)
end
function init(args)
    n = 0
    out = io.open("$TOKENS/" .. id, "w")
end
function request()
    n = n + 1
    local body = "api_key=$KEY&service_code=INFRASTRUCTURE&address_string=Dusun+II"
        .. "&email=bench-" .. id .. "-" .. n .. "%40contoh.test&first_name=Bench"
        .. "&description=Jalan+berlubang+nomor+" .. id .. "-" .. n
    return wrk.format("POST", "/$SLUG/open311/v2/requests.json",
        {["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"}, body)
end
function response(status, headers, body)
    if status == 200 then
        local token = string.match(body, '"token":"([^"]+)"')
        if token then out:write(token, "\n"); out:flush() end
    end
end
LUA
OUT=$(wrk_run -t"$CLIENTS" -c"$CLIENTS" -d"$DURATION" --latency -s "$LUA" "$BASE")
echo "$OUT"
read_latency "$OUT"
ACKED=$(cat "$TOKENS"/* | wc -l)
FOUND=$(cat "$TOKENS"/* | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    "$BASE/$SLUG/open311/v2/tokens/{}.json" | grep -c '^200$' || true)
echo "RESULT complaint submissions: $RPS per s, p50 $P50, p99 $P99 with $CLIENTS clients;" \
    "acknowledged $ACKED, found again $FOUND, lost $((ACKED - FOUND))"
((ACKED > 0)) || die "no submission was acknowledged"
((ACKED == FOUND)) || die "acknowledged tracking tokens are missing"
