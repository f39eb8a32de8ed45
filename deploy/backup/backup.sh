#!/usr/bin/env bash
# Portal Desa backup: a consistent database dump plus an archive of the uploaded media.
#
# Usage: backup.sh [--env FILE] [--keep N] [BACKUP_DIR]
#   BACKUP_DIR  where to write (default /var/backups/portal-desa)
#   --env FILE  settings to read PORTAL_DB_* and PORTAL_MEDIA_DIR from
#               (default $PORTAL_ENV_FILE or /etc/portal-desa/portal-desa.env)
#   --keep N    keep the newest N backups, delete older ones (default $KEEP or 14)
#
# Writes, per run, with one UTC timestamp:
#   portal-desa-YYYYmmddTHHMMSSZ.sql.gz        mariadb-dump of the database
#   portal-desa-YYYYmmddTHHMMSSZ-media.tar.gz  PORTAL_MEDIA_DIR
# Files appear under their final names only when complete, so a failed run never counts as a
# backup, and never causes a good one to be rotated away. Exits non-zero on any failure.
#
# NOT included: PORTAL_DATA_KEY. Without it the NIK/KK columns of these dumps are unreadable;
# keep a copy of the key apart from the backups (see deploy/README.md).
# Run as root (reads the env file, which is root:portaldesa 0640).
set -euo pipefail
umask 077   # the dumps hold personal data

ENV_FILE=${PORTAL_ENV_FILE:-/etc/portal-desa/portal-desa.env}
KEEP=${KEEP:-14}
BACKUP_DIR=/var/backups/portal-desa

die() { echo "backup: ERROR: $*" >&2; exit 1; }
log() { echo "backup: $*"; }

while [ $# -gt 0 ]; do
  case $1 in
    --env)  [ $# -ge 2 ] || die "--env needs a file"; ENV_FILE=$2; shift 2 ;;
    --keep) [ $# -ge 2 ] || die "--keep needs a number"; KEEP=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) die "unknown option $1 (try --help)" ;;
    *)  BACKUP_DIR=$1; shift ;;
  esac
done
[[ $KEEP =~ ^[1-9][0-9]*$ ]] || die "--keep must be a positive number, got '$KEEP'"
[ -r "$ENV_FILE" ] || die "cannot read $ENV_FILE"
for cmd in mariadb-dump gzip tar flock; do
  command -v "$cmd" >/dev/null || die "$cmd not found (apt-get install mariadb-client gzip tar util-linux)"
done

# Read one KEY=value from the env file without executing it as shell code: the JDBC URL holds
# '&', which a shell would treat as "run in background". Surrounding quotes are removed.
env_get() {
  local line value
  line=$(grep -E "^[[:space:]]*$1=" "$ENV_FILE" | tail -n 1) || true
  value=${line#*=}
  value=${value#"${value%%[![:space:]]*}"}   # trim leading blanks
  value=${value%"${value##*[![:space:]]}"}   # trim trailing blanks
  if [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]]; then value=${BASH_REMATCH[1]}; fi
  printf '%s' "$value"
}

DB_URL=$(env_get PORTAL_DB_URL)
DB_USER=$(env_get PORTAL_DB_USER)
DB_PASSWORD=$(env_get PORTAL_DB_PASSWORD)
MEDIA_DIR=$(env_get PORTAL_MEDIA_DIR)
[ -n "$DB_URL" ]    || die "PORTAL_DB_URL is not set in $ENV_FILE"
[ -n "$DB_USER" ]   || die "PORTAL_DB_USER is not set in $ENV_FILE"
[ -n "$MEDIA_DIR" ] || die "PORTAL_MEDIA_DIR is not set in $ENV_FILE (uploads would be missing from the backup)"
[ -d "$MEDIA_DIR" ] || die "PORTAL_MEDIA_DIR $MEDIA_DIR is not a directory"

# jdbc:mysql://HOST[:PORT]/DATABASE[?params]  (jdbc:mariadb:// too)
if [[ $DB_URL =~ ^jdbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([^?/]+) ]]; then
  DB_HOST=${BASH_REMATCH[2]}
  DB_PORT=${BASH_REMATCH[4]:-3306}
  DB_NAME=${BASH_REMATCH[5]}
else
  die "cannot parse PORTAL_DB_URL '$DB_URL' (expected jdbc:mysql://host:port/database?...)"
fi

mkdir -p "$BACKUP_DIR"
# One backup at a time: a slow run must not overlap the next cron start.
exec 9>"$BACKUP_DIR/.backup.lock"
flock -n 9 || die "another backup is running in $BACKUP_DIR"
rm -f "$BACKUP_DIR"/*.partial   # leftovers of an interrupted run (we hold the lock)

# Credentials go in a private option file, not on the command line where `ps` shows them.
CNF=$(mktemp)
trap 'rm -f "$CNF" "$BACKUP_DIR"/*.partial' EXIT
esc() { local s=${1//\\/\\\\}; printf '%s' "${s//\"/\\\"}"; }
cat >"$CNF" <<EOF
[client]
host="$(esc "$DB_HOST")"
port=$DB_PORT
user="$(esc "$DB_USER")"
password="$(esc "$DB_PASSWORD")"
EOF

# Lower priority: the portal keeps serving while the backup runs.
NICE=()
command -v nice >/dev/null && NICE+=(nice -n 10)
command -v ionice >/dev/null && NICE+=(ionice -c 2 -n 7)

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SQL="$BACKUP_DIR/portal-desa-$STAMP.sql.gz"
MEDIA="$BACKUP_DIR/portal-desa-$STAMP-media.tar.gz"
if [ -e "$SQL" ] || [ -e "$MEDIA" ]; then die "$SQL already exists"; fi

log "dumping database $DB_NAME from $DB_HOST:$DB_PORT"
# --single-transaction: consistent InnoDB snapshot without locking the running portal.
# --routines: stored procedures/functions too (triggers are included by default).
# --hex-blob: binary columns (encrypted NIK/KK) survive any character-set conversion.
# pipefail makes a failing mariadb-dump fail the pipeline, not just gzip's status.
if ! "${NICE[@]}" mariadb-dump --defaults-extra-file="$CNF" \
       --single-transaction --routines --hex-blob --default-character-set=utf8mb4 \
       "$DB_NAME" | "${NICE[@]}" gzip -6 >"$SQL.partial"; then
  die "mariadb-dump of $DB_NAME failed (see the message above)"
fi
# A dump cut short (disk full, killed) lacks the closing line: do not call it a backup.
gzip -dc "$SQL.partial" | tail -n 1 | grep -q '^-- Dump completed' \
  || die "dump is incomplete: $SQL.partial"

log "archiving media $MEDIA_DIR"
# Uploads may arrive while tar runs: GNU tar exits 1 for "file changed as we read it", which is
# fine for write-once media files; 2 and above are real errors.
tar_rc=0
"${NICE[@]}" tar -C "$(dirname "$MEDIA_DIR")" --warning=no-file-changed --warning=no-file-removed \
  -czf "$MEDIA.partial" "$(basename "$MEDIA_DIR")" || tar_rc=$?
[ "$tar_rc" -le 1 ] || die "tar of $MEDIA_DIR failed (exit $tar_rc)"

mv "$SQL.partial" "$SQL"
mv "$MEDIA.partial" "$MEDIA"
log "wrote $SQL ($(du -h "$SQL" | cut -f1)) and $MEDIA ($(du -h "$MEDIA" | cut -f1))"

# Retention: keep the newest $KEEP backups. Names sort by time (UTC stamp, fixed width).
mapfile -t dumps < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name 'portal-desa-*.sql.gz' -printf '%f\n' | sort)
excess=$(( ${#dumps[@]} - KEEP ))
for (( i = 0; i < excess; i++ )); do
  old=${dumps[i]%.sql.gz}
  rm -f -- "$BACKUP_DIR/$old.sql.gz" "$BACKUP_DIR/$old-media.tar.gz"
  log "removed old backup $old"
done
# A media archive whose dump is gone (deleted by hand) is no usable backup on its own.
for media in "$BACKUP_DIR"/portal-desa-*-media.tar.gz; do
  [ -e "$media" ] || continue
  [ -e "${media%-media.tar.gz}.sql.gz" ] || { rm -f -- "$media"; log "removed orphan $media"; }
done
