#!/usr/bin/env bash
# Benchmark of the office's letters inbox (/kungkai/kantor/surat) with 10,000 requests waiting in
# the village: p50/p99 at 16 connections, each one a distinct logged-in operator session (budget:
# p99 <= 150 ms, design.md §9). Payara Micro runs the built WAR in demo mode on the embedded database
# with the production JVM settings; the 10,000 requests are made at first start by the demo content
# (PORTAL_DEMO_LETTER_REQUESTS, demo mode only), spread over the last 90 days, oldest first in the
# inbox like real ones.
#
# Usage: src/bench/letters-inbox.sh [path/to/portal.war]      (default: target/portal.war)
# Settings (environment): REQUESTS=10000  SESSIONS=16  DURATION=15s  WARMUP_RUNS=6  PORT=18183
#   LOCK=/tmp/portal-build.lock (held during the start up to its first page and during each wrk run;
#   Payara never inherits it)
set -euo pipefail

REQUESTS=${REQUESTS:-10000}
SESSIONS=${SESSIONS:-16}
DURATION=${DURATION:-15s}
WARMUP_RUNS=${WARMUP_RUNS:-6}
PORT=${PORT:-18183}
LOCK=${LOCK-/tmp/portal-build.lock}
PASSWORD=demo-desa-2026
SLUG=kungkai
PAYARA_VERSION=6.2025.10
PAYARA_MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
INBOX=$BASE/$SLUG/kantor/surat
JAVA_OPTS=${JAVA_OPTS:-"$(sed -n 's/^JAVA_OPTS=//p' "$ROOT/deploy/portal-desa.env.example")"}
PREBOOT=$ROOT/deploy/payara/preboot.asadmin

die() { echo "letters-inbox.sh: $*" >&2; exit 1; }
http_code() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$@" || true; }

[[ -f $WAR ]] || die "no WAR at $WAR (build it first)"
[[ -f $PAYARA_MICRO_JAR ]] || die "no Payara Micro jar at $PAYARA_MICRO_JAR (run mvn verify once)"
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
[[ $(http_code "$BASE/") == 000 ]] || die "something already answers on port $PORT"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/letters-bench.XXXXXX")
SERVER_PID=
cleanup() {
    local rc=$?
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
cp "$WAR" "$WORK/portal.war"

if [[ -n $LOCK ]]; then exec 9>>"$LOCK"; fi
hold_lock() { if [[ -n $LOCK ]]; then flock 9; fi; }
release_lock() { if [[ -n $LOCK ]]; then flock -u 9; fi; }

mkdir -p "$WORK/data"
LOG=$WORK/payara.log
hold_lock
START=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd "$WORK/data" && PORTAL_DEMO_LETTER_REQUESTS=$REQUESTS exec java $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
    --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT" \
    --prebootcommandfile "$PREBOOT" 9>&-) >>"$LOG" 2>&1 &
SERVER_PID=$!
until [[ $(http_code "$BASE/$SLUG/") == 200 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; die "Payara exited"; }
    (($(date +%s) - START < 400)) || { tail -n 40 "$LOG" >&2; die "no first page after 400 s"; }
    sleep 0.5
done
release_lock
echo "First page after $(($(date +%s) - START)) s; $(grep -o 'Demo letter requests: [0-9]* in [0-9]* ms' "$LOG" || echo 'no bulk line in the log')"

login() {
    local email=$1 jar view_state
    jar=$(mktemp -p "$WORK" jar.XXXXXX)
    view_state=$(curl -s -c "$jar" -b "$jar" "$BASE/$SLUG/masuk" \
        | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
    [[ -n $view_state ]] || die "no login form"
    curl -s -o /dev/null -c "$jar" -b "$jar" \
        --data-urlencode "login=login" --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=x" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/$SLUG/masuk"
    awk 'BEGIN { sep = "" } (!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

COOKIES=$WORK/cookies.txt
: >"$COOKIES"
for i in $(seq 1 "$SESSIONS"); do
    cookie=$(login "operator@$SLUG.test")
    body=$(curl -s -H "Cookie: $cookie" "$INBOX")
    grep -q 'BENCH-' <<<"$body" || die "session $i: the inbox shows no bench request"
    echo "$cookie" >>"$COOKIES"
done
TOTAL=$(curl -s -H "Cookie: $(head -n 1 "$COOKIES")" "$BASE/$SLUG/kantor" | grep -o 'waiting-count">[^<]*' | sed 's/.*>//')
echo "Inbox of the operator: ${TOTAL:-?}"

LUA=$WORK/sessions.lua
cat >"$LUA" <<'LUA'
local cookies = {}
for line in io.lines(os.getenv("COOKIE_FILE")) do cookies[#cookies + 1] = line end
local counter = 0
function setup(thread)
    counter = counter + 1
    thread:set("cookie", cookies[((counter - 1) % #cookies) + 1])
end
function init(args)
    wrk.headers["Cookie"] = cookie
end
LUA

run() {
    hold_lock
    COOKIE_FILE=$COOKIES wrk -t"$SESSIONS" -c"$SESSIONS" -d"$1" --latency -s "$LUA" "$INBOX" 9>&-
    release_lock
}
for i in $(seq 1 "$WARMUP_RUNS"); do
    echo "warm-up $i: $(run 10s | grep 'Requests/sec')"
done
echo "== inbox with $REQUESTS requests, $SESSIONS sessions, $DURATION"
OUT=$(run "$DURATION")
echo "$OUT"
P50=$(awk '$1 == "50%" { print $2; exit }' <<<"$OUT")
P99=$(awk '$1 == "99%" { print $2; exit }' <<<"$OUT")
RPS=$(awk '/Requests\/sec/ { print $2 }' <<<"$OUT")
echo
echo "RESULT letters inbox: $RPS req/s, p50 $P50, p99 $P99 at $SESSIONS connections (budget p99 150ms)"
