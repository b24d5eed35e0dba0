#!/usr/bin/env bash
# Backs up a Klimanett database with pg_dump (custom format), restores it into a new database with
# pg_restore, and proves the restore complete by comparing the row count of every table.
#
#   scripts/backup-restore.sh SOURCE_DB [TARGET_DB] [BACKUP_FILE]
#
#   SOURCE_DB    database to back up (it may be in use: see below)
#   TARGET_DB    database to restore into; must not exist (default SOURCE_DB_restore_<timestamp>, at most 63 characters)
#   BACKUP_FILE  where the dump goes (default .data/backups/SOURCE_DB-<timestamp>.dump)
#
# Connection: the usual libpq variables PGHOST (default 127.0.0.1), PGPORT (default $KLIMANETT_PG_PORT or
# 5432), PGUSER (default postgres), PGPASSWORD. Needs the PostgreSQL client programs (pg_dump, pg_restore,
# psql) of the server's major version or newer.
#
# The source may take writes while this runs: the counts are taken inside the very snapshot pg_dump dumps
# (a REPEATABLE READ transaction exports its snapshot, pg_dump --snapshot uses it), so the comparison is
# exact either way. The target is created empty and owned by PGUSER; the dump is kept.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE="${1:?usage: $0 SOURCE_DB [TARGET_DB] [BACKUP_FILE]}"
STAMP="$(date +%Y%m%d-%H%M%S)"
TARGET="${2:-${SOURCE}_restore_${STAMP//-/_}}"
# PostgreSQL silently truncates names to 63 bytes; a truncated name could collide with an existing database
[ "${#TARGET}" -le 63 ] || { echo "[backup-restore] target name longer than 63 characters: $TARGET (give TARGET_DB)" >&2; exit 1; }
FILE="${3:-$ROOT/.data/backups/$SOURCE-$STAMP.dump}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-${KLIMANETT_PG_PORT:-5432}}" PGUSER="${PGUSER:-postgres}"

say() { echo "[backup-restore] $*" >&2; }

# Client programs: prefer the newest installed PostgreSQL's own (Debian's /usr/bin wrappers pick a version
# by cluster configuration, which a project-owned cluster does not have).
BIN=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [ -x "$dir/pg_dump" ] && { BIN="$dir/"; break; }
done
for tool in pg_dump pg_restore psql; do
  command -v "$BIN$tool" >/dev/null || { say "$tool not found (apt-get install postgresql-client)"; exit 1; }
done

q() { "${BIN}psql" -X -v ON_ERROR_STOP=1 -qAt "$@"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Exact row count of every ordinary table, one "schema.table<TAB>count" line each, sorted.
COUNT_SQL="SELECT format('%s.%s', n.nspname, c.relname) || chr(9) ||
  (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
  ORDER BY 1;"

[ "$(q -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$SOURCE'")" = 1 ] \
  || { say "source database $SOURCE does not exist on $PGHOST:$PGPORT"; exit 1; }
[ "$(q -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$TARGET'")" = 0 ] \
  || { say "target database $TARGET exists already; choose another name (nothing is overwritten)"; exit 1; }
mkdir -p "$(dirname "$FILE")"

WORK="$(mktemp -d)"
SNAP_PID=""
cleanup() {
  [ -n "$SNAP_PID" ] && kill "$SNAP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# 1. A session that holds a REPEATABLE READ snapshot open while pg_dump runs, and counts in it.
mkfifo "$WORK/in" "$WORK/out"
q -d "$SOURCE" <"$WORK/in" >"$WORK/out" &
SNAP_PID=$!
exec 3>"$WORK/in" 4<"$WORK/out"
echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SELECT pg_export_snapshot();" >&3
read -r -t 30 SNAPSHOT <&4 || { say "could not export a snapshot"; exit 1; }
echo "$COUNT_SQL SELECT '--end--';" >&3
: >"$WORK/source.counts"
while read -r -t 300 line <&4; do
  [ "$line" = "--end--" ] && break
  echo "$line" >>"$WORK/source.counts"
done

# 2. Backup of exactly that snapshot.
start=$(date +%s.%N)
"${BIN}pg_dump" -d "$SOURCE" -Fc --snapshot="$SNAPSHOT" -f "$FILE"
echo "COMMIT;" >&3
exec 3>&- 4<&-
wait "$SNAP_PID" || true
SNAP_PID=""
dumped=$(date +%s.%N)
say "backup: $FILE ($(du -h "$FILE" | cut -f1)) in $(secs "$start" "$dumped") s"

# 3. Restore into a new, empty database.
q -d postgres -c "CREATE DATABASE \"$TARGET\""
"${BIN}pg_restore" -d "$TARGET" --no-owner --exit-on-error "$FILE"
restored=$(date +%s.%N)
say "restore into $TARGET in $(secs "$dumped" "$restored") s"

# 4. Compare.
q -d "$TARGET" -c "$COUNT_SQL" >"$WORK/target.counts"
tables=$(wc -l <"$WORK/source.counts")
rows=$(awk -F'\t' '{s += $2} END {print s + 0}' "$WORK/source.counts")
if diff -u "$WORK/source.counts" "$WORK/target.counts" >"$WORK/diff"; then
  awk -F'\t' '{ printf "  %-40s %10d\n", $1, $2 }' "$WORK/source.counts" >&2
  say "OK: $tables tables, $rows rows; every table's row count in $TARGET equals $SOURCE's at the backup's snapshot"
else
  cat "$WORK/diff" >&2
  say "FAILED: row counts differ (above)"
  exit 1
fi
