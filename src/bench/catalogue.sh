#!/usr/bin/env bash
# Load benchmark of the catalogue's public pages (products and tourism) on Payara Micro: the demo
# village Kungkai holding PRODUCTS products and DESTINATIONS destinations (with photos from the
# media pipeline) among VILLAGES further villages of the official list, on the embedded database.
#
# Usage: src/bench/catalogue.sh [path/to/portal.war]      (default: target/portal.war)
#
# Settings (environment): VILLAGES=1000 PRODUCTS=300 DESTINATIONS=50 DURATION=10s CONNECTIONS=64
#   PORT=18181 WARMUP_RUN=10s WARMUP_MAX=6 LOCK=/tmp/portal-build.lock (held, on a descriptor Payara
#   never inherits, during the start up to the first page and during each wrk run; LOCK= disables it)
#   PAYARA_MICRO_JAR JAVA_OPTS (default: deploy/portal-desa.env.example)
#   BENCH_CLASSPATH: Selenium's classpath for the page weights (default: written once by Maven's
#   dependency:build-classpath into target/bench-classpath.txt)
#
# PORTAL_DEMO_PRODUCTS and PORTAL_DEMO_DESTINATIONS (read by the catalogue's demo content as
# portal.demo.products/destinations) grow Kungkai's demo catalogue to that size, every item with a
# photo through the media pipeline.
#
# Measured at CONNECTIONS after a warm-up that settles (10 s runs of the product list until two agree
# within 10 %): the product list (/produk, kept rendered for anonymous visitors), its second page and
# a search within it (query strings are never kept: rendered from the catalogue in memory), a
# product, the destination list, a destination, the village search finding products, the JSON API's
# product list, and a product photo's 640 px variant. Every answer must be 200 (wrk's non-2xx count
# and socket errors are printed). wrk runs on the same machine and competes for its two cores.
# Then the first-visit weight of the product list, a product, the destination list and a destination
# in headless Chromium at 390x844 (src/bench/PageWeight.java: bytes on the wire, every resource).
set -euo pipefail

VILLAGES=${VILLAGES:-1000}
PRODUCTS=${PRODUCTS:-300}
DESTINATIONS=${DESTINATIONS:-50}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18181}
WARMUP_RUN=${WARMUP_RUN:-10s}
WARMUP_MAX=${WARMUP_MAX:-6}
LOCK=${LOCK-/tmp/portal-build.lock}
PAYARA_VERSION=6.2025.10
PAYARA_MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
V=$BASE/kungkai

die() { echo "catalogue.sh: $*" >&2; exit 1; }
[[ -f $WAR ]] || die "no WAR at $WAR (build it first)"
[[ -f $PAYARA_MICRO_JAR ]] || die "no Payara Micro jar at $PAYARA_MICRO_JAR (run a build first)"
command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-catalogue-bench.XXXXXX")
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
http_code() { curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$@" || true; }
[[ $(http_code "$BASE/") == 000 ]] || die "something already answers on port $PORT"

JAVA_OPTS=${JAVA_OPTS:-"$(sed -n 's/^JAVA_OPTS=//p' "$ROOT/deploy/portal-desa.env.example")"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-"$(sed -n 's/^MALLOC_ARENA_MAX=//p' "$ROOT/deploy/portal-desa.env.example")"}
LOG=$WORK/payara.log
mkdir -p "$WORK/data"
# The shared build lock, on descriptor 9: held during the start (to the first page) and each wrk run.
if [[ -n $LOCK ]]; then
    exec 9>>"$LOCK"
fi
hold_lock() { if [[ -n $LOCK ]]; then flock 9; fi; }
release_lock() { if [[ -n $LOCK ]]; then flock -u 9; fi; }
locked_wrk() {
    hold_lock
    wrk "$@" 9>&-
    release_lock
}
hold_lock
started=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd "$WORK/data" && PORTAL_DEMO_EXTRA_VILLAGES=$VILLAGES PORTAL_DEMO_PRODUCTS=$PRODUCTS \
    PORTAL_DEMO_DESTINATIONS=$DESTINATIONS exec java $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
    --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT" \
    --prebootcommandfile "$ROOT/deploy/payara/preboot.asadmin" 9>&-) >>"$LOG" 2>&1 &
SERVER_PID=$!
until [[ $(http_code "$V/produk") == 200 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; die "Payara exited"; }
    (($(date +%s) - started < 600)) || { tail -n 40 "$LOG" >&2; die "no product list after 600 s"; }
    sleep 1
done
release_lock
while ((VILLAGES > 0)) && ! grep -qE 'Onboarded [0-9]+ extra villages' "$LOG"; do
    (($(date +%s) - started < 900)) || die "the extra villages were not online after 900 s"
    sleep 1
done
echo "== Catalogue benchmark: Kungkai with $PRODUCTS products and $DESTINATIONS destinations among $VILLAGES" \
    "further villages; first page after $(($(date +%s) - started)) s"
echo "Machine: $(nproc) CPUs, $(java -version 2>&1 | head -n 1)"

# One product, one destination and one photo variant of the demo village, read from the pages.
PRODUCT=$(curl -s "$V/produk" | grep -o 'href="[^"]*/produk/[a-z0-9-]*"' | head -n 1 | sed 's/.*\/produk\///; s/"$//')
DESTINATION=$(curl -s "$V/wisata" | grep -o 'href="[^"]*/wisata/[a-z0-9-]*"' | head -n 1 | sed 's/.*\/wisata\///; s/"$//')
# The product's own photo (the first media img of the page is the village's logo in the header).
PHOTO=$(curl -s "$V/produk/$PRODUCT" | grep -o '<img[^>]*class="media-image"[^>]*>' | grep -o 'src="[^"]*/public/media/[^"]*"' \
    | head -n 1 | sed 's/^src="//; s/"$//; s/&amp;/\&/g')
[[ -n $PRODUCT && -n $DESTINATION && -n $PHOTO ]] || die "no product, destination or photo found on the pages"
TOTAL=$(curl -s "$V/api/v1/produk?ukuran=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
echo "Public products: $TOTAL; a product: /produk/$PRODUCT; a destination: /wisata/$DESTINATION; photo: $PHOTO"

measure() {
    local out
    out=$(locked_wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
    local rps p99 non2xx errors
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
    errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$out")
    printf '%-34s %10s req/s  p99 %8s  non-2xx %s  socket errors %s\n' "$2" "$rps" "$p99" "${non2xx:-0}" "${errors:-0}"
}

echo "Warming up (product list at $CONNECTIONS connections, $WARMUP_RUN runs) ..."
previous=0
for i in $(seq 1 "$WARMUP_MAX"); do
    rps=$(locked_wrk -t2 -c"$CONNECTIONS" -d"$WARMUP_RUN" "$V/produk?hal=2" | awk '/Requests\/sec/ { printf "%d", $2 }')
    locked_wrk -t2 -c"$CONNECTIONS" -d5s "$V/produk/$PRODUCT" >/dev/null
    locked_wrk -t2 -c"$CONNECTIONS" -d5s "$V/wisata/$DESTINATION" >/dev/null
    locked_wrk -t2 -c"$CONNECTIONS" -d3s "$V/produk" >/dev/null
    locked_wrk -t2 -c"$CONNECTIONS" -d3s "$V/wisata" >/dev/null
    locked_wrk -t2 -c"$CONNECTIONS" -d3s "$V/cari?q=madu" >/dev/null
    locked_wrk -t2 -c"$CONNECTIONS" -d3s "$V/api/v1/produk" >/dev/null
    echo "  run $i: $rps req/s"
    if ((previous > 0)) && awk -v a="$previous" -v b="$rps" 'BEGIN { d = (a - b) / a; exit !(d < 0.1 && d > -0.1) }'; then
        break
    fi
    previous=$rps
done

echo "== $CONNECTIONS connections, $DURATION each"
measure "$V/produk" "product list /produk"
measure "$V/produk?hal=2" "product list, page 2"
measure "$V/produk?q=kopi" "product list, search 'kopi'"
measure "$V/produk/$PRODUCT" "a product"
measure "$V/wisata" "destination list /wisata"
measure "$V/wisata/$DESTINATION" "a destination"
measure "$V/cari?q=madu" "village search 'madu'"
measure "$V/api/v1/produk" "API /api/v1/produk"
measure "$BASE$PHOTO" "a product photo (640 px variant)"
echo "Payara resident memory: $(($(awk '/VmRSS/ { print $2 }' "/proc/$SERVER_PID/status") / 1024)) MiB"
echo "Product page weight (gzip, HTML + CSS): $(( $(curl -s -H 'Accept-Encoding: gzip' "$V/produk/$PRODUCT" | wc -c) + \
    $(curl -s -H 'Accept-Encoding: gzip' "$BASE$(curl -s "$V/produk/$PRODUCT" | grep -o '/public/catalogue/catalogue.css[^"]*' | head -n 1)" | wc -c) )) bytes"

# First-visit weight in Chromium at 390x844 (a phone), through Selenium from the test classpath.
CLASSPATH_FILE=$ROOT/target/bench-classpath.txt
if [[ -z ${BENCH_CLASSPATH:-} && ! -s $CLASSPATH_FILE ]]; then
    hold_lock
    (cd "$ROOT" && mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$CLASSPATH_FILE" 9>&-) >/dev/null
    release_lock
fi
BENCH_CLASSPATH=${BENCH_CLASSPATH:-$(cat "$CLASSPATH_FILE")}
echo "== First visit at 390x844 in headless Chromium (bytes on the wire, every resource; budget 150 KB)"
hold_lock
java -cp "$BENCH_CLASSPATH" "$ROOT/src/bench/PageWeight.java" "$V/produk" "$V/produk/$PRODUCT" "$V/wisata" \
    "$V/wisata/$DESTINATION" 2> >(grep -v -e CdpVersionFinder -e 'exact match for CDP' >&2) 9>&-
release_lock
