#!/usr/bin/env bash
# Load benchmark of Portal Desa on Payara Micro, among 1,000 and among all 83,762 villages in ONE
# run: public pages, the directory search, the platform console, back-office and resident pages with
# distinct sessions, start and restart times, memory, and nginx serving the same page bytes as a
# static file (the ceiling this machine allows).
#
# Usage: src/bench/home-page.sh [path/to/portal.war]      (default: target/portal.war)
#
# Payara runs with the production settings: JAVA_OPTS and MALLOC_ARENA_MAX of
# deploy/portal-desa.env.example and the pre-boot commands of deploy/payara/preboot.asadmin.
#
# Settings (environment):
#   VILLAGE_COUNTS="1000 83762"  extra villages onboarded from the official list at first start
#                        (demo mode, PORTAL_DEMO_EXTRA_VILLAGES; the bulk onboarding path); one
#                        full round of measurements per count, each on a fresh database
#   VILLAGES=N           shorthand for VILLAGE_COUNTS=N (one round)
#   DURATION=10s         length of each measured wrk run
#   WARMUP_RUN=10s       length of one warm-up run; warm-up repeats until two consecutive runs agree
#                        within WARMUP_TOLERANCE percent in requests/s (at most WARMUP_MAX runs)
#   WARMUP_TOLERANCE=10  WARMUP_MAX=18  WARMUP_MIN=6 (home page)  WARMUP_MIN_OTHER=3 (other pages)
#   PORT=18181           HTTP port of Payara Micro (must be free); nginx uses PORT+1
#   CONNECTIONS="16 64"  one measured run of the village home page per open-connection count
#   SESSIONS=16          distinct logged-in sessions (and connections) for back-office and resident pages
#   SLUG=kungkai         village whose pages are measured (/$SLUG/)
#   ARTICLES=500 PRODUCTS=300 DESTINATIONS=50  the website's bulk content in kungkai (0: the samples)
#   LOCK=/tmp/portal-build.lock  held (flock) during each wrk run and each start up to its first page,
#                        so builds of others sharing the machine do not disturb a measurement;
#                        LOCK= disables it
#   PAYARA_MICRO_JAR     Payara Micro jar to use (default: the one in the local Maven repository)
#   JAVA_OPTS            JVM options (default: those of deploy/portal-desa.env.example)
#
# What each round measures and how:
#   - seconds from JVM start to the first 200 of the home page: first start (empty database: loads
#     the official list and the demo data with its sample content; a server of its own, stopped
#     after it: the benchmark's bulk content below loads before the first page and would be
#     counted), then to the log line saying the extra villages are
#     online (onboarded in the background, as a region's villages are from the console), and a
#     restart on the same data; Payara starts through deploy/systemd/portal-java as the systemd
#     unit starts it, so the restart maps the class archive the first start wrote when it stopped;
#   - warm-up: the JIT needs minutes on 2 cores (the same build measured 3,100 req/s after 30 s of
#     load and 13,000 after two minutes), so 10 s runs of the home page at 64 connections repeat,
#     at least WARMUP_MIN times, until two consecutive ones agree within 10 %; every other measured
#     page is warmed the same way (at least WARMUP_MIN_OTHER runs) just before it is measured;
#   - the village home page at each of CONNECTIONS (anonymous: served from the page cache);
#   - nginx serving the same bytes of the home page as a static file, at 64 connections: the
#     ceiling of HTTP on this machine, and the ratio portal/nginx;
#   - the directory page / at 64 connections, and the directory search /?q=<name> at 16: a query
#     string is never cached, so every request searches (a wrk script cycles through village names
#     of the official list);
#   - the platform console's village list (/platform/desa, one page of all 83,762 villages, counted
#     and sorted in the database) logged in as the platform admin: 20 sequential requests, p50 and max;
#   - the back-office start page (/$SLUG/kantor) and the profile page (/$SLUG/akun/profil) with
#     SESSIONS distinct village-admin sessions, and the resident's own page (/$SLUG/akun) with
#     SESSIONS distinct resident sessions, each page warmed up like the home page first: each
#     session logs in once through the login form, and wrk runs
#     one thread per session with one connection each, every thread sending its own cookie (one
#     cookie shared by all connections would measure lock contention on one session, not users);
#   - the village website (issue 7) of $SLUG holding ARTICLES articles, PRODUCTS products and
#     DESTINATIONS destinations (demo mode, PORTAL_DEMO_ARTICLES/_PRODUCTS/_DESTINATIONS): the news
#     list, an article, the Atom feed, the product list, a product, the destination list, a
#     destination, the village's search asked the same words again (site-search: its answer is kept
#     per village revision) and asked new words each time (site-search-new: every request searches and
#     renders) and a picture's 640 px variant, each at 64 connections after its own warm-up; a page
#     whose feature is not deployed (404) is reported as missing, not measured;
#   - the first-visit weight of the home page, a news article and a product in headless Chromium at
#     390x844 with an empty cache (src/bench/FirstVisitWeight.java: every resource, compressed bytes
#     as sent, headers included; budget 150 KB);
#   - Payara's resident memory after the load, and the home page's gzip weight and <script> count.
#
# wrk runs on the same machine as the server and competes with it for CPU, so the numbers
# compare builds on one machine; they are not the capacity of a dedicated server.
set -euo pipefail

VILLAGE_COUNTS=${VILLAGE_COUNTS:-${VILLAGES:-"1000 83762"}}
DURATION=${DURATION:-10s}
WARMUP_RUN=${WARMUP_RUN:-10s}
WARMUP_TOLERANCE=${WARMUP_TOLERANCE:-10}
WARMUP_MAX=${WARMUP_MAX:-18}
# At least this many warm-up runs of the home page (the first page warmed): its JIT compilation
# comes in steps, and two runs on a plateau between steps agreed within 10 % at a third of the
# final rate. Every later page gets at least WARMUP_MIN_OTHER runs.
WARMUP_MIN=${WARMUP_MIN:-6}
WARMUP_MIN_OTHER=${WARMUP_MIN_OTHER:-3}
PORT=${PORT:-18181}
NGINX_PORT=$((PORT + 1))
CONNECTIONS=${CONNECTIONS:-"16 64"}
SESSIONS=${SESSIONS:-16}
SLUG=${SLUG:-kungkai}
ARTICLES=${ARTICLES:-500}
PRODUCTS=${PRODUCTS:-300}
DESTINATIONS=${DESTINATIONS:-50}
LOCK=${LOCK-/tmp/portal-build.lock}
PASSWORD=demo-desa-2026
# The stylesheet public.xhtml links on every public page.
CSS_PATH=/themes/default/theme.css
START_TIMEOUT=300

# Payara Micro's version and jar, ROOT, JAVA_OPTS, PREBOOT and the helpers (die, http_code, the lock,
# login, ...) are the benchmarks' common ones.
BENCH_NAME=home-page.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
HOME_URL=$BASE/$SLUG/

[[ -f $WAR ]] || die "no WAR at $WAR (build it first)"
for n in $VILLAGE_COUNTS; do
    [[ $n =~ ^[0-9]+$ ]] || die "VILLAGE_COUNTS must be numbers, got '$n'"
done

# Everything the run creates lives here and goes away on exit, so nothing is left in the project.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
SERVER_PID=
NGINX_PID=
DATA=

cleanup() {
    local rc=$?
    stop_process "$SERVER_PID"
    if [[ -n $NGINX_PID ]]; then
        kill "$NGINX_PID" 2>/dev/null || true
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

# wrk is the load generator and nginx the ceiling; install them only when missing, refreshing the
# package lists only when apt does not know them yet.
install_missing() {
    local cmd=$1 pkg=$2 sudo=
    command -v "$cmd" >/dev/null 2>&1 || [[ -x /usr/sbin/$cmd ]] && return 0
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    if ! apt-cache show "$pkg" >/dev/null 2>&1; then
        $sudo apt-get update -qq
    fi
    # env (not a VAR=value prefix) so the setting survives sudo's cleaned environment.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
}
install_missing wrk wrk
install_missing nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# Payara Micro is normally in the local Maven repository after a build; otherwise fetch it
# (from inside $WORK, so Maven never looks at the project).
if [[ ! -f $PAYARA_MICRO_JAR ]]; then
    echo "Fetching Payara Micro $PAYARA_VERSION ..."
    (cd "$WORK" && mvn -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
        -DoutputDirectory="$WORK")
    PAYARA_MICRO_JAR=$WORK/payara-micro-$PAYARA_VERSION.jar
fi
[[ -f $PAYARA_MICRO_JAR ]] || die "no Payara Micro jar at $PAYARA_MICRO_JAR"

# Anything already answering on the ports would be benchmarked instead of this WAR.
[[ $(http_code "$BASE/") == 000 ]] || die "something already answers on port $PORT; choose another PORT"
[[ $(http_code "http://127.0.0.1:$NGINX_PORT/") == 000 ]] || die "port $NGINX_PORT (nginx) is in use"

echo "== Portal Desa benchmark"
echo "WAR:          $WAR ($(stat -c %s "$WAR") bytes)"
echo "Payara Micro: $PAYARA_MICRO_JAR"
echo "Machine:      $(nproc) CPUs, $(java -version 2>&1 | head -n 1), $("$NGINX" -v 2>&1)"
echo "Settings:     VILLAGE_COUNTS='$VILLAGE_COUNTS' DURATION=$DURATION CONNECTIONS='$CONNECTIONS'" \
    "SESSIONS=$SESSIONS SLUG=$SLUG PORT=$PORT"

# JVM options and malloc arenas as in deploy/portal-desa.env.example, and Payara's pre-boot commands
# as baked into the production jar, so the figures describe the production setup.
# (JAVA_OPTS and PREBOOT: lib.sh.)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-"$(sed -n 's/^MALLOC_ARENA_MAX=//p' "$ROOT/deploy/portal-desa.env.example")"}

# Village names of the official list for the search script: every 40th village, quoted for Lua.
NAMES_LUA=$WORK/names.lua
unzip -p "$WORK/portal.war" WEB-INF/classes/wilayah/wilayah.csv | tr -d '\r' \
    | awk -F, 'NR > 1 && $1 ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ && $2 ~ /^[A-Za-z ]+$/ && NR % 40 == 0 {
        n = $2; gsub(/ /, "+", n); printf "\"%s\",\n", n }' >"$WORK/names.txt"
{
    echo 'local names = {'
    cat "$WORK/names.txt"
    echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", "/?q=" .. names[(i % #names) + 1]) end'
} >"$NAMES_LUA"
[[ -s $WORK/names.txt ]] || die "no village names read from the official list in the WAR"

# One cookie per wrk thread: each thread (one connection each) sends its own session's cookie.
SESSION_LUA=$WORK/sessions.lua
write_sessions_lua "$SESSION_LUA"

# A fresh working directory means a fresh embedded H2 database in ./data, so the app starts in
# demo mode and onboards the extra villages (PORTAL_DEMO_EXTRA_VILLAGES is read through
# MicroProfile Config as portal.demo.extra.villages). $2: "samples" for the demo as it ships (no
# benchmark bulk in $SLUG).
start_server() {
    local villages=$1 articles=$ARTICLES products=$PRODUCTS destinations=$DESTINATIONS
    if [[ ${2:-} == samples ]]; then
        articles=0 products=0 destinations=0
    fi
    # Through the systemd unit's launcher, as in production: the first start of a round writes the
    # class archive when it stops, later starts map it (one archive per round: a first start never
    # finds one). The launcher's dump run is a shell waiting for the JVM (see jvm_pid).
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    (cd "$DATA" && PORTAL_DEMO_EXTRA_VILLAGES=$villages PORTAL_DEMO_ARTICLES=$articles \
        PORTAL_DEMO_PRODUCTS=$products PORTAL_DEMO_DESTINATIONS=$destinations \
        PORTAL_CLASS_ARCHIVE_DIR=$WORK/class-archive-$villages \
        exec sh "$ROOT/deploy/systemd/portal-java" $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
        --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT" \
        --prebootcommandfile "$PREBOOT" 9>&-) >>"$LOG" 2>&1 &
    SERVER_PID=$!
}

# The JVM: the launcher execs it when it maps an archive, and waits for it when it writes one.
jvm_pid() {
    pgrep -P "$SERVER_PID" java || echo "$SERVER_PID"
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

# Seconds since $1 until the log says the extra villages are online (they are onboarded in the
# background after the first start); immediately when there are none to onboard.
seconds_to_all_online() {
    local since=$1
    if ((VILLAGES > 0)); then
        while ! grep -qE 'Onboarded [0-9]+ extra villages|Could not onboard the extra villages' "$LOG"; do
            kill -0 "$SERVER_PID" 2>/dev/null || die "Payara exited while onboarding the extra villages"
            if awk -v s="$since" -v n="$(date +%s.%N)" -v t="$START_TIMEOUT" 'BEGIN { exit !(n - s > t) }'; then
                die "the extra villages were not online after ${START_TIMEOUT}s"
            fi
            sleep 0.2
        done
        grep -q 'Could not onboard the extra villages' "$LOG" && die "onboarding the extra villages failed (see $LOG)"
    fi
    awk -v s="$since" -v r="$(date +%s.%N)" 'BEGIN { printf "%.1f", r - s }'
}

# wrk prints latencies with their own unit (us, ms, s); convert to ms so the table compares.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n }'
}

# The shared build lock (when there is one) is held on descriptor 9 while anything is measured:
# each wrk run and each start up to its first page, so that nobody's build runs meanwhile. Payara
# itself never inherits the descriptor (9>&-): it would hold the lock for as long as it runs.
open_lock

rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }

# Warm-up until two consecutive runs agree within the tolerance: of the home page at 64 connections,
# or of the page given as further wrk arguments (the logged-in pages, each of which the JIT meets
# for the first time after the home page's warm-up).
warm_up() {
    local previous=0 current out=$WORK/warmup.txt n minimum=$WARMUP_MIN_OTHER
    local args=("$@")
    if [[ ${#args[@]} -eq 0 ]]; then
        args=(-t2 -c64 "$HOME_URL")
        minimum=$WARMUP_MIN
    fi
    for n in $(seq 1 "$WARMUP_MAX"); do
        wrk_run -d"$WARMUP_RUN" "${args[@]}" >"$out"
        current=$(rps_of "$out")
        echo "Warm-up run $n: $current req/s"
        if ((n >= minimum)) && awk -v a="$previous" -v b="$current" -v t="$WARMUP_TOLERANCE" \
            'BEGIN { exit !(a > 0 && (a > b ? a - b : b - a) <= t / 100 * (a > b ? a : b)) }'; then
            WARMED="after $n runs of $WARMUP_RUN"
            return
        fi
        previous=$current
    done
    WARMED="NOT settled after $WARMUP_MAX runs"
}

ROWS=()
# One measured wrk run: $1 = label, $2 = connections, $3 = URL, further arguments go to wrk.
measure() {
    local label=$1 c=$2 url=$3 out rps p50 p99 bad sock threads=2
    shift 3
    [[ $c -lt 2 ]] && threads=1
    out=$WORK/wrk-$label-$c.txt
    if [[ ${1:-} == --threads ]]; then
        threads=$2
        shift 2
    fi
    echo
    echo "== wrk -t$threads -c$c -d$DURATION --latency $* $url"
    wrk_run -t"$threads" -c"$c" -d"$DURATION" --latency "$@" "$url" | tee "$out"
    rps=$(rps_of "$out")
    # The first "50%"/"99%" lines are the --latency distribution (wrk prints no others).
    p50=$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$out")")
    # wrk counts responses with status >= 400 on this line and omits it when there are none.
    bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
    # Socket errors (connect/read/write/timeout) are failures too, and also omitted when zero.
    sock=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")
    ROWS+=("$(printf '%-8s %-14s %11s %12s %9s %9s %8s %13s' "$VILLAGES" "$label" "$c" "${rps:-?}" "$p50" "$p99" "${bad:-0}" "${sock:-0}")")
    LAST_RPS=${rps:-0}
}

# $1 = file to fill with $SESSIONS cookies of $2 (prefix) and $3 (email), checked against page $4.
sessions() {
    local file=$1 prefix=$2 email=$3 check=$4 cookie code i
    : >"$file"
    for i in $(seq 1 "$SESSIONS"); do
        cookie=$(login "$prefix" "$email")
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$check")
        [[ $code == 200 ]] || die "session $i of $email: $check answered $code"
        echo "$cookie" >>"$file"
    done
}

# Sequential timing of one page with one session: p50 and max in ms over $3 requests.
sequential() {
    local label=$1 url=$2 count=$3 cookie=$4 t
    for _ in $(seq 1 "$count"); do
        curl -s -o /dev/null -H "Cookie: $cookie" -w '%{time_total}\n' "$url"
    done >"$WORK/seq.txt"
    t=$(sort -n "$WORK/seq.txt" | awk '{ v[NR] = $1 * 1000 } END { printf "%.1f %.1f", v[int((NR + 1) / 2)], v[NR] }')
    SEQ_ROWS+=("$(printf '%-8s %-28s %8s %8s' "$VILLAGES" "$label" ${t})")
}

# nginx serving a copy of the home page's bytes as a static file: the ceiling of HTTP here.
start_nginx() {
    local dir=$WORK/nginx
    mkdir -p "$dir/root/$SLUG" "$dir/tmp"
    curl -s "$HOME_URL" >"$dir/root/$SLUG/index.html"
    # Started as root, nginx's workers run as nobody: let them through the private work directory.
    chmod o+x "$WORK" "$dir"
    chmod -R a+rX "$dir/root"
    cat >"$dir/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/tmp;
    proxy_temp_path $dir/tmp;
    fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp;
    scgi_temp_path $dir/tmp;
    types { text/html html; }
    default_type text/html;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $dir/root;
        index index.html;
    }
}
NGINX
    "$NGINX" -c "$dir/nginx.conf" -p "$dir" 2>>"$dir/error.log" &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        [[ $(http_code "http://127.0.0.1:$NGINX_PORT/$SLUG/") == 200 ]] && return
        sleep 0.1
    done
    die "nginx did not start: $(tail -n 5 "$dir/error.log")"
}

stop_nginx() {
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
}

# The first address on page $1 of the form .../$2/<slug> (an article, a product, a destination).
first_link() {
    local html
    html=$(curl -s "$1")
    grep -o "href=\"[^\"]*/$2/[a-z0-9-]*\"" <<<"$html" | grep -v '/feed' | head -n 1 | sed 's/^href="//; s/"$//' || true
}

# The village website's pages, each warmed up and measured at 64 connections.
measure_site() {
    local v=$BASE/$SLUG article product destination picture html url label
    article=$(first_link "$v/berita" berita)
    product=$(first_link "$v/produk" produk)
    destination=$(first_link "$v/wisata" wisata)
    # A picture's 640 px variant: the article's, else the first on the news list (bulk articles have none).
    html=$(curl -s "$BASE$article"; curl -s "$v/berita")
    picture=$(grep -o '/[^" ]*/public/media/[0-9]*/640\.jpg[^" ]*' <<<"$html" | head -n 1 | sed 's/&amp;/\&/g' || true)
    SITE_PAGES=("news-list $v/berita" "article $BASE$article" "feed $v/berita/feed.xml"
        "products $v/produk" "product $BASE$product" "destinations $v/wisata"
        "destination $BASE$destination" "site-search $v/cari?q=desa" "picture-640 $BASE$picture")
    WEIGHT_URLS=("$HOME_URL" "$BASE$article" "$BASE$product")
    for entry in "${SITE_PAGES[@]}"; do
        label=${entry%% *}
        url=${entry#* }
        if [[ $url == "$BASE" ]] || [[ $(http_code "$url") != 200 ]]; then
            ROWS+=("$(printf '%-8s %-14s %11s   missing: %s answered %s' "$VILLAGES" "$label" 64 "$url" "$(http_code "$url")")")
            continue
        fi
        echo "Warm-up of $url"
        warm_up -t2 -c64 "$url"
        measure "$label" 64 "$url"
    done
    # Words nobody asked before (a random number after "desa"): the search runs and renders each time.
    local new_words=$WORK/new-words.lua
    printf '%s\n' 'request = function()' \
        "  return wrk.format(\"GET\", \"/$SLUG/cari?q=desa+\" .. math.random(1, 1000000000))" 'end' >"$new_words"
    echo "Warm-up of the search with new words"
    warm_up -t2 -c64 -s "$new_words" "$v/cari"
    measure site-search-new 64 "$v/cari" -s "$new_words"
}

# First-visit weights in headless Chromium; the test classpath has Selenium (from a build).
first_visit_weights() {
    local cp=$WORK/classpath.txt
    if [[ ! -s $cp ]]; then
        (cd "$ROOT" && mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" 9>&-) \
            || { echo "no test classpath: first-visit weights skipped"; return; }
    fi
    hold_lock
    java -cp "$(cat "$cp")" "$ROOT/src/bench/FirstVisitWeight.java" "${WEIGHT_URLS[@]}" 9>&- 2>"$WORK/weight.err" \
        | tee -a "$WORK/weights.txt" || echo "first-visit weights failed: $(tail -n 3 "$WORK/weight.err")"
    release_lock
    while read -r line; do SUMMARY+=("    first visit at 390x844 (Chromium, empty cache): $line"); done <"$WORK/weights.txt"
    : >"$WORK/weights.txt"
}

SUMMARY=()
SEQ_ROWS=()
for VILLAGES in $VILLAGE_COUNTS; do
    # First start as a new installation's demo: empty database, the demo's sample content; timed to
    # the first page and to all extra villages online, then stopped (its data is not used again).
    DATA=$WORK/first-$VILLAGES
    mkdir -p "$DATA"
    LOG=$WORK/payara-first-$VILLAGES.log
    hold_lock
    START=$(date +%s.%N)
    start_server "$VILLAGES" samples
    STARTUP=$(seconds_to_first_page "$START")
    echo "First start to first page: ${STARTUP} s (loads the official list and the demo data)"
    # The extra villages go online in the background, as a region's do from the console.
    ALL_ONLINE=$(seconds_to_all_online "$START")
    ONBOARD_LOG=$(grep -o 'Onboarded [0-9]* extra villages in [0-9]* ms' "$LOG" || true)
    release_lock
    echo "All $VILLAGES extra villages online ${ALL_ONLINE} s after the start; app log: ${ONBOARD_LOG:-(none)}"
    stop_server

    # The measured server: another empty database, with the benchmark's bulk content in $SLUG, which
    # the demo loads before the first page (so this start is longer, and not the start figure).
    DATA=$WORK/data-$VILLAGES
    mkdir -p "$DATA"
    LOG=$WORK/payara-$VILLAGES.log
    hold_lock
    START=$(date +%s.%N)
    start_server "$VILLAGES"
    BULK_START=$(seconds_to_first_page "$START")
    seconds_to_all_online "$START" >/dev/null
    release_lock
    echo "Start with the benchmark content ($ARTICLES articles, $PRODUCTS products, $DESTINATIONS destinations in $SLUG): ${BULK_START} s to the first page"

    # The directory page lists and searches all villages, so it must also survive the big list.
    dir_code=$(http_code "$BASE/?q=")
    [[ $dir_code == 200 ]] || { tail -n 40 "$LOG" >&2; die "directory page $BASE/?q= answered $dir_code"; }
    # With more villages than it lists, the directory must say so instead of silently cutting the list.
    if ((VILLAGES > 200)); then
        # Read the whole page first: grep -q stops early, and pipefail would count curl's broken pipe.
        directory_html=$(curl -s "$BASE/?q=")
        [[ $directory_html == *'id="more"'* ]] || die "directory page does not say that it lists only part"
    fi

    echo
    echo "Warm-up: runs of $WARMUP_RUN at 64 connections until two agree within $WARMUP_TOLERANCE %"
    warm_up
    echo "Warm: $WARMED"

    for c in $CONNECTIONS; do
        measure home "$c" "$HOME_URL"
    done
    PORTAL_RPS=$LAST_RPS
    start_nginx
    measure nginx-static 64 "http://127.0.0.1:$NGINX_PORT/$SLUG/"
    NGINX_RPS=$LAST_RPS
    stop_nginx
    echo "Warm-up of the directory and its search"
    warm_up -t2 -c64 "$BASE/"
    measure directory 64 "$BASE/"
    warm_up -t2 -c16 -s "$NAMES_LUA" "$BASE/"
    measure search-q 16 "$BASE/" -s "$NAMES_LUA"

    measure_site

    # Logged-in pages: distinct sessions, one per wrk thread and connection.
    sessions "$WORK/admins.txt" "/$SLUG" "admin@$SLUG.test" "/$SLUG/kantor"
    sessions "$WORK/residents.txt" "/$SLUG" "warga@$SLUG.test" "/$SLUG/akun"
    export COOKIE_FILE=$WORK/admins.txt
    logged_in() {
        local label=$1 url=$2
        echo "Warm-up of $url with $SESSIONS sessions"
        warm_up -t"$SESSIONS" -c"$SESSIONS" -s "$SESSION_LUA" "$url"
        echo "Warm: $WARMED"
        measure "$label" "$SESSIONS" "$url" --threads "$SESSIONS" -s "$SESSION_LUA"
    }
    logged_in office-start "$BASE/$SLUG/kantor"
    logged_in office-profile "$BASE/$SLUG/akun/profil"
    COOKIE_FILE=$WORK/residents.txt
    logged_in resident-own "$BASE/$SLUG/akun"

    # The platform console's list of the official list (83,762 rows), logged in as the platform admin.
    platform_cookie=$(login "" admin@portaldesa.test)
    [[ $(http_code -H "Cookie: $platform_cookie" "$BASE/platform/desa") == 200 ]] || die "console did not answer 200"
    sequential "console /platform/desa" "$BASE/platform/desa" 20 "$platform_cookie"

    # Resident memory of the JVM after the load: heap actually touched plus metaspace, code cache, threads.
    rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$(jvm_pid)/status")
    RSS_MIB=$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')

    # A restart on the same data: the start a deployment or a crash recovery costs.
    stop_server
    hold_lock
    START=$(date +%s.%N)
    start_server "$VILLAGES"
    RESTART=$(seconds_to_first_page "$START")
    release_lock
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
    first_visit_weights
    stop_server

    RATIO=$(awk -v p="$PORTAL_RPS" -v n="$NGINX_RPS" 'BEGIN { printf "%.2f", (n > 0 ? p / n : 0) }')
    SUMMARY+=("$VILLAGES villages: first start ${STARTUP} s to the first page (all extra villages online after ${ALL_ONLINE} s), restart ${RESTART} s (start with the benchmark content ${BULK_START} s), RSS after load ${RSS_MIB} MiB, warm-up $WARMED; ${ONBOARD_LOG:-no extra villages}")
    SUMMARY+=("    home at 64 connections / nginx static = $PORTAL_RPS / $NGINX_RPS req/s (ratio $RATIO); page weight (gzip) $((html_gz + css_gz)) bytes = HTML $html_gz + CSS $css_gz (raw $html_raw + $css_raw), <script> tags: $scripts")
done

echo
echo "== Summary ($(nproc) CPUs shared by wrk, nginx and Payara; DURATION=$DURATION)"
printf '%s\n' "${SUMMARY[@]}"
echo
printf '%-8s %-14s %11s %12s %9s %9s %8s %13s\n' villages page connections requests/s p50_ms p99_ms 4xx/5xx socket_errors
printf '%s\n' "${ROWS[@]}"
echo
printf '%-8s %-28s %8s %8s\n' villages "sequential page" p50_ms max_ms
printf '%s\n' "${SEQ_ROWS[@]}"
