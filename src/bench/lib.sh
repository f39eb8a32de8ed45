#!/usr/bin/env bash
# What the benchmarks under src/bench share: sourced (never run) by home-page.sh, letters-inbox.sh,
# participation.sh and service-metrics.sh after their settings:
#   BENCH_NAME=participation.sh; source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It sets ROOT (the project), PAYARA_VERSION and PAYARA_MICRO_JAR (the local Maven repository's),
# PREBOOT and JAVA_OPTS (production's, from deploy/portal-desa.env.example, unless
# set), and defines the helpers below. The caller's settings it reads: LOCK, BASE, WORK, PASSWORD.

PAYARA_VERSION=6.2025.10
PAYARA_MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
# The default WAR is the project's build output, wherever the script is called from.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PREBOOT=$ROOT/deploy/payara/preboot.asadmin
JAVA_OPTS=${JAVA_OPTS:-"$(sed -n 's/^JAVA_OPTS=//p' "$ROOT/deploy/portal-desa.env.example")"}

die() { echo "${BENCH_NAME:-bench}: $*" >&2; exit 1; }

# The HTTP status of a request; 000 when nothing answers.
http_code() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$@" || true; }

# The usual checks before a run: the WAR ($1), Payara Micro, wrk, and nothing on the port of $BASE.
check_ready() {
    local war=$1
    [[ -f $war ]] || die "no WAR at $war (build it first)"
    [[ -f $PAYARA_MICRO_JAR ]] || die "no Payara Micro jar at $PAYARA_MICRO_JAR (run mvn verify once)"
    command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
    [[ $(http_code "$BASE/") == 000 ]] || die "something already answers on port ${BASE##*:}"
}

# Stops a process politely (Payara closes H2 cleanly), then for good if it hangs: its children too,
# since deploy/systemd/portal-java's writing run is a shell waiting for the JVM, which SIGKILL to the
# shell alone would leave running (on the port, and on the shared cores).
stop_process() {
    local pid=$1
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        pkill -KILL -P "$pid" 2>/dev/null || true
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}

# The shared build lock ($LOCK; LOCK= disables it) on descriptor 9: held during starts and wrk
# runs, released in between; Payara, MariaDB and wrk never inherit it (9>&-).
open_lock() { if [[ -n $LOCK ]]; then exec 9>>"$LOCK"; fi; }
hold_lock() { if [[ -n $LOCK ]]; then flock 9; fi; }
release_lock() { if [[ -n $LOCK ]]; then flock -u 9; fi; }

# wrk under the lock.
wrk_run() {
    hold_lock
    wrk "$@" 9>&-
    release_lock
}

# Waits for a 200 at $1 from the server $SERVER_PID started at $2 (epoch seconds), at most $3 s.
wait_for_page() {
    local url=$1 start=$2 limit=$3
    until [[ $(http_code "$url") == 200 ]]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; die "Payara exited"; }
        (($(date +%s) - start < limit)) || { tail -n 40 "$LOG" >&2; die "no first page after $limit s"; }
        sleep 0.5
    done
}

# Logs in through the login form of $1 (a path prefix: /kungkai, or empty for the platform) as $2
# with $PASSWORD and prints the Cookie header value of the logged-in session.
login() {
    local prefix=$1 email=$2 jar view_state
    jar=$(mktemp -p "$WORK" jar.XXXXXX)
    view_state=$(curl -s -c "$jar" -b "$jar" "$BASE$prefix/masuk" \
        | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
    [[ -n $view_state ]] || die "no login form at $BASE$prefix/masuk"
    curl -s -o /dev/null -c "$jar" -b "$jar" \
        --data-urlencode "login=login" --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=x" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE$prefix/masuk"
    # curl's jar marks HttpOnly cookies with a #HttpOnly_ prefix on the domain column.
    awk 'BEGIN { sep = "" } (!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

# Writes the wrk script giving each thread one session of the file named by $COOKIE_FILE (one Cookie
# header value a line) to $1.
write_sessions_lua() {
    cat >"$1" <<'LUA'
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
}

# From wrk --latency output ($1): sets P50, P99 and RPS.
read_latency() {
    P50=$(awk '$1 == "50%" { print $2; exit }' <<<"$1")
    P99=$(awk '$1 == "99%" { print $2; exit }' <<<"$1")
    RPS=$(awk '/Requests\/sec/ { print $2 }' <<<"$1")
}
