#!/usr/bin/env bash
# Portal Desa restore and restore check.
#
# Usage: restore.sh [--into DATABASE] [--keep] [--yes] [--my-cnf FILE] [--env FILE] DUMP|DIR
#   DUMP           a portal-desa-*.sql.gz from backup.sh (or a plain .sql);
#                  a directory means the newest portal-desa-*.sql.gz in it
#   --into DB      database to restore into (default portal_desa_restore_check, a scratch
#                  database: the check never touches production unless told `--into portal_desa`)
#   --keep         keep the scratch database after a passing check (default: drop it, it holds
#                  personal data)
#   --yes          do not ask before replacing a database other than the scratch one
#   --my-cnf FILE  MariaDB client option file (host/user/password) for a server that is not
#                  reachable as root over the local socket
#   --env FILE     env file, only read to learn the production database name
#                  (default $PORTAL_ENV_FILE or /etc/portal-desa/portal-desa.env)
#
# Steps: drop and re-create the target database, load the dump, then the restore check:
# print the row counts of village, account and flyway_schema_history and require that the
# latest flyway_schema_history row has success = 1. Exits non-zero on any failure.
# Run as root: creating databases needs more than the app user's rights.
set -euo pipefail
umask 077

SCRATCH_DB=portal_desa_restore_check
TARGET_DB=$SCRATCH_DB
KEEP_DB=false
ASSUME_YES=false
MY_CNF=
ENV_FILE=${PORTAL_ENV_FILE:-/etc/portal-desa/portal-desa.env}
DUMP=

die() { echo "restore: ERROR: $*" >&2; exit 1; }
log() { echo "restore: $*"; }

while [ $# -gt 0 ]; do
  case $1 in
    --into)   [ $# -ge 2 ] || die "--into needs a database name"; TARGET_DB=$2; shift 2 ;;
    --keep)   KEEP_DB=true; shift ;;
    --yes)    ASSUME_YES=true; shift ;;
    --my-cnf) [ $# -ge 2 ] || die "--my-cnf needs a file"; MY_CNF=$2; shift 2 ;;
    --env)    [ $# -ge 2 ] || die "--env needs a file"; ENV_FILE=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) die "unknown option $1 (try --help)" ;;
    *)  [ -z "$DUMP" ] || die "only one dump, please"; DUMP=$1; shift ;;
  esac
done
[ -n "$DUMP" ] || die "which dump? (try --help)"
# The name is used unquoted in SQL below: allow plain identifiers only.
[[ $TARGET_DB =~ ^[A-Za-z0-9_]{1,64}$ ]] || die "invalid database name '$TARGET_DB'"
command -v mariadb >/dev/null || die "mariadb client not found (apt-get install mariadb-client)"

if [ -d "$DUMP" ]; then
  latest=$(find "$DUMP" -maxdepth 1 -type f -name 'portal-desa-*.sql.gz' -printf '%f\n' | sort | tail -n 1)
  [ -n "$latest" ] || die "no portal-desa-*.sql.gz in $DUMP"
  DUMP="${DUMP%/}/$latest"
fi
[ -r "$DUMP" ] || die "cannot read $DUMP"

# Print the dump as SQL, whether compressed or not.
dump_sql() {
  case $DUMP in
    *.gz) gzip -dc -- "$DUMP" ;;
    *)    cat -- "$DUMP" ;;
  esac
}
# Refuse a truncated dump before dropping anything.
dump_sql | tail -n 1 | grep -q '^-- Dump completed' \
  || die "$DUMP is incomplete or not a mariadb-dump file (no '-- Dump completed' at the end)"

CLIENT=(mariadb)
if [ -n "$MY_CNF" ]; then
  [ -r "$MY_CNF" ] || die "cannot read $MY_CNF"
  CLIENT+=(--defaults-extra-file="$MY_CNF")
fi
CLIENT+=(--default-character-set=utf8mb4)
sql() { "${CLIENT[@]}" --batch --skip-column-names "$@"; }

sql -e 'SELECT 1' >/dev/null || die "cannot connect to the database server (run as root, or give --my-cnf)"

# Production name from the env file (PORTAL_DB_URL .../NAME?...), without running it as shell.
PROD_DB=portal_desa
if [ -r "$ENV_FILE" ]; then
  url=$(grep -E '^[[:space:]]*PORTAL_DB_URL=' "$ENV_FILE" | tail -n 1) || true
  if [[ $url =~ ://[^/]+/([A-Za-z0-9_]+) ]]; then PROD_DB=${BASH_REMATCH[1]}; fi
fi

if [ "$TARGET_DB" != "$SCRATCH_DB" ]; then
  if [ "$TARGET_DB" = "$PROD_DB" ] && command -v systemctl >/dev/null \
     && systemctl is-active --quiet portal-desa 2>/dev/null; then
    die "portal-desa is running on $TARGET_DB: systemctl stop portal-desa first"
  fi
  if ! $ASSUME_YES; then
    [ -t 0 ] || die "refusing to replace database $TARGET_DB without --yes"
    read -r -p "Replace ALL data in database '$TARGET_DB' with $DUMP? Type the database name: " answer
    [ "$answer" = "$TARGET_DB" ] || die "not confirmed"
  fi
fi

# Start from an empty database so no table from a newer schema survives next to the old ones.
# Grants on the database (the app user's) are kept by MariaDB across DROP/CREATE.
log "restoring $DUMP into $TARGET_DB"
sql -e "DROP DATABASE IF EXISTS \`$TARGET_DB\`;
        CREATE DATABASE \`$TARGET_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
dump_sql | "${CLIENT[@]}" "$TARGET_DB" || die "loading the dump into $TARGET_DB failed"

# --- The restore check ------------------------------------------------------------------------
log "restore check on $TARGET_DB"
counts=$(sql "$TARGET_DB" -e "
  SELECT 'village', COUNT(*) FROM village
  UNION ALL SELECT 'account', COUNT(*) FROM account
  UNION ALL SELECT 'flyway_schema_history', COUNT(*) FROM flyway_schema_history;") \
  || die "counting rows failed: the restored schema is not a Portal Desa schema"
printf '  %-24s %s\n' 'table' 'rows'
while IFS=$'\t' read -r table rows; do printf '  %-24s %s\n' "$table" "$rows"; done <<<"$counts"

latest=$(sql "$TARGET_DB" -e "
  SELECT success, IFNULL(version, '(repeatable)'), description
  FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1;") \
  || die "reading flyway_schema_history failed"
[ -n "$latest" ] || die "flyway_schema_history is empty"
IFS=$'\t' read -r success version description <<<"$latest"
log "latest migration: $version $description (success=$success)"
[ "$success" = 1 ] \
  || die "the latest migration had failed when this backup was taken (success=$success); $TARGET_DB is kept for inspection, drop it when done"

if [ "$TARGET_DB" = "$SCRATCH_DB" ] && ! $KEEP_DB; then
  sql -e "DROP DATABASE \`$TARGET_DB\`;"
  log "dropped scratch database $TARGET_DB"
fi
log "OK: $DUMP restores and passes the check"
