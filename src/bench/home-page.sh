#!/usr/bin/env bash
# Load benchmark of one village's home page (and the platform's village directory) on Payara Micro
# with many villages onboarded.
#
# Usage: src/bench/home-page.sh [path/to/portal.war]      (default: target/portal.war)
#
# Settings (environment):
#   VILLAGES=1000        extra villages onboarded from the official list at first start (demo mode)
#   DURATION=20s         length of each measured wrk run
#   WARMUP=20s           unmeasured load before the runs, so the JIT has compiled the request path
#   PORT=18181           HTTP port of Payara Micro (must be free)
#   CONNECTIONS="16 64"  one measured run per open-connection count
#   SLUG=kungkai         village whose home page is measured (/$SLUG/)
#   PAYARA_MICRO_JAR     Payara Micro jar to use (default: the one in the local Maven repository)
#   JAVA_OPTS            JVM options (default: those of deploy/portal-desa.env.example)
#
# Reports: seconds from JVM start to the first 200 of the home page (first start on an empty
# database, and a restart on the same data), requests/s, p50, p99 and
# 4xx/5xx count per connection count, Payara's resident memory after the load, and the gzip
# weight of the page plus its stylesheet with the number of <script> tags.
#
# wrk runs on the same machine as the server and competes with it for CPU, so the numbers
# compare builds on one machine; they are not the capacity of a dedicated server.
set -euo pipefail

VILLAGES=${VILLAGES:-1000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
PORT=${PORT:-18181}
CONNECTIONS=${CONNECTIONS:-"16 64"}
SLUG=${SLUG:-kungkai}
PAYARA_VERSION=6.2025.10
PAYARA_MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
# The stylesheet public.xhtml links on every public page.
CSS_PATH=/themes/default/theme.css
START_TIMEOUT=300

# The default WAR is the project's build output, wherever the script is called from.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
HOME_URL=$BASE/$SLUG/

die() { echo "home-page.sh: $*" >&2; exit 1; }

[[ -f $WAR ]] || die "no WAR at $WAR (build it first)"
[[ $VILLAGES =~ ^[0-9]+$ ]] || die "VILLAGES must be a number, got '$VILLAGES'"

# Everything the run creates lives here and goes away on exit, so nothing is left in the project.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
SERVER_PID=
LOG=$WORK/payara.log

cleanup() {
    local rc=$?
    # Stop Payara politely first (it closes H2 cleanly), then for good if it hangs.
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
# Ctrl-C or a kill still goes through the EXIT trap, so the server never outlives the script.
trap 'exit 130' INT
trap 'exit 143' TERM

# Another build may replace target/portal.war at any moment: benchmark a private copy.
cp "$WAR" "$WORK/portal.war"

# wrk is the load generator; install it only when missing, refreshing the package lists only
# when apt does not know it yet.
if ! command -v wrk >/dev/null 2>&1; then
    SUDO=
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    if ! apt-cache show wrk >/dev/null 2>&1; then
        $SUDO apt-get update -qq
    fi
    # env (not a VAR=value prefix) so the setting survives sudo's cleaned environment.
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# Payara Micro is normally in the local Maven repository after a build; otherwise fetch it
# (from inside $WORK, so Maven never looks at the project).
if [[ ! -f $PAYARA_MICRO_JAR ]]; then
    echo "Fetching Payara Micro $PAYARA_VERSION ..."
    (cd "$WORK" && mvn -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
        -DoutputDirectory="$WORK")
    PAYARA_MICRO_JAR=$WORK/payara-micro-$PAYARA_VERSION.jar
fi
[[ -f $PAYARA_MICRO_JAR ]] || die "no Payara Micro jar at $PAYARA_MICRO_JAR"

http_code() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$1" || true; }

# Anything already answering on the port would be benchmarked instead of this WAR.
[[ $(http_code "$BASE/") == 000 ]] || die "something already answers on port $PORT; choose another PORT"

echo "== Portal Desa home page benchmark"
echo "WAR:          $WAR ($(stat -c %s "$WAR") bytes)"
echo "Payara Micro: $PAYARA_MICRO_JAR"
echo "Machine:      $(nproc) CPUs, $(java -version 2>&1 | head -n 1)"
echo "Settings:     VILLAGES=$VILLAGES DURATION=$DURATION CONNECTIONS='$CONNECTIONS' SLUG=$SLUG PORT=$PORT"

# JVM options as in deploy/portal-desa.env.example, so the figures describe the production setup.
JAVA_OPTS=${JAVA_OPTS:-"-Xms512m -Xmx1g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"}

# A fresh working directory means a fresh embedded H2 database in ./data, so the app starts in
# demo mode and onboards the extra villages (PORTAL_DEMO_EXTRA_VILLAGES is read through
# MicroProfile Config as portal.demo.extra.villages). exec makes $! the JVM itself, whose
# /proc entry gives the memory figure.
start_server() {
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    (cd "$WORK" && PORTAL_DEMO_EXTRA_VILLAGES=$VILLAGES exec java $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
        --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT") >>"$LOG" 2>&1 &
    SERVER_PID=$!
}

stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

# Seconds since $1 until the measured page itself answers 200 (not just an open port).
seconds_to_first_page() {
    local since=$1 code
    while :; do
        code=$(http_code "$HOME_URL")
        [[ $code == 200 ]] && break
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "Payara exited before $HOME_URL answered. Log tail:" >&2
            tail -n 40 "$LOG" >&2
            exit 1
        fi
        if awk -v s="$since" -v n="$(date +%s.%N)" -v t="$START_TIMEOUT" 'BEGIN { exit !(n - s > t) }'; then
            echo "$HOME_URL not 200 after ${START_TIMEOUT}s (last status $code). Log tail:" >&2
            tail -n 40 "$LOG" >&2
            exit 1
        fi
        sleep 0.2
    done
    awk -v s="$since" -v r="$(date +%s.%N)" 'BEGIN { printf "%.1f", r - s }'
}

# First start: empty database, so it also loads the official list, the demo data and the extra
# villages. A restart finds them in place, as a production restart would.
START=$(date +%s.%N)
start_server
STARTUP=$(seconds_to_first_page "$START")
echo
echo "First start to first page: ${STARTUP} s (loads the official list, demo data, $VILLAGES villages)"
# The app logs how long onboarding took; show it when present (absent with VILLAGES=0).
grep -o 'Onboarded [0-9]* extra villages in [0-9]* ms' "$LOG" | sed 's/^/App log:             /' || true

# The directory page lists and searches all villages, so it must also survive the big list.
dir_code=$(http_code "$BASE/?q=")
[[ $dir_code == 200 ]] || { tail -n 40 "$LOG" >&2; die "directory page $BASE/?q= answered $dir_code"; }
echo "Directory page /?q=: 200"
# With more villages than it lists, the directory must say so instead of silently cutting the list.
if (( VILLAGES > 200 )); then
    # Read the whole page first: grep -q stops early, and pipefail would count curl's broken pipe.
    directory_html=$(curl -s "$BASE/?q=")
    [[ $directory_html == *'id="more"'* ]] || die "directory page does not say that it lists only part"
fi

# wrk prints latencies with their own unit (us, ms, s); convert to ms so the table compares.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n }'
}

# Warm-up lets the JIT compile the request path and fills caches before anything is measured;
# 5 s was measured to leave the first run at a third of the settled throughput.
echo
echo "Warm-up: $WARMUP at 64 connections"
wrk -t2 -c64 -d"$WARMUP" "$HOME_URL" >/dev/null

ROWS=()
# One measured wrk run: $1 = label, $2 = connections, $3 = URL.
measure() {
    local label=$1 c=$2 url=$3 out rps p50 p99 bad sock
    out=$WORK/wrk-$label-$c.txt
    echo
    echo "== wrk -t2 -c$c -d$DURATION --latency $url"
    wrk -t2 -c"$c" -d"$DURATION" --latency "$url" | tee "$out"
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    # The first "50%"/"99%" lines are the --latency distribution (wrk prints no others).
    p50=$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$out")")
    # wrk counts responses with status >= 400 on this line and omits it when there are none.
    bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
    # Socket errors (connect/read/write/timeout) are failures too, and also omitted when zero.
    sock=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")
    ROWS+=("$(printf '%-10s %11s %12s %9s %9s %8s %13s' "$label" "$c" "${rps:-?}" "$p50" "$p99" "${bad:-0}" "${sock:-0}")")
}
for c in $CONNECTIONS; do
    measure home "$c" "$HOME_URL"
done
# The platform's front page lists up to 200 of the villages: measured once, at the most connections.
measure directory "${CONNECTIONS##* }" "$BASE/"

# Resident memory of the JVM after the load: heap actually touched plus metaspace, code cache, threads.
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
RSS_MIB=$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')

# A restart on the same data: the start a deployment or a crash recovery costs.
stop_server
START=$(date +%s.%N)
start_server
RESTART=$(seconds_to_first_page "$START")
echo "Restart to first page: ${RESTART} s"

# Page weight as a phone on a slow link pays for it: gzip bytes of the HTML and its stylesheet
# (size_download counts the bytes on the wire, before curl decompresses them).
gz_size() { curl -s --compressed -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$1"; }
raw_size() { curl -s -H 'Accept-Encoding: identity' -o /dev/null -w '%{size_download}' "$1"; }
[[ $(http_code "$BASE$CSS_PATH") == 200 ]] || die "stylesheet $BASE$CSS_PATH did not answer 200"
html_gz=$(gz_size "$HOME_URL")
css_gz=$(gz_size "$BASE$CSS_PATH")
html_raw=$(raw_size "$HOME_URL")
css_raw=$(raw_size "$BASE$CSS_PATH")
scripts=$(curl -s "$HOME_URL" | grep -oi '<script' | wc -l || true)

echo
echo "== Summary (VILLAGES=$VILLAGES, DURATION=$DURATION, $(nproc) CPUs shared by wrk and Payara)"
echo "First start to first page: ${STARTUP} s; restart to first page: ${RESTART} s"
printf '%-10s %11s %12s %9s %9s %8s %13s\n' page connections requests/s p50_ms p99_ms 4xx/5xx socket_errors
printf '%s\n' "${ROWS[@]}"
echo "Payara RSS after load: ${RSS_MIB} MiB"
echo "Home page weight (gzip): $((html_gz + css_gz)) bytes = HTML $html_gz + CSS $css_gz" \
    "(uncompressed: HTML $html_raw + CSS $css_raw)"
echo "<script> tags in home page: $scripts"
