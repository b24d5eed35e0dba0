#!/usr/bin/env bash
# Starts (idempotently) a PostgreSQL cluster that belongs to this project and
# creates the named databases in it. Used by bin/start and bin/test so that
# neither depends on how a machine's system cluster happens to be configured.
#
#   scripts/postgres.sh ensure DB [DB ...]   start the cluster, create DBs, print the JDBC URL base
#   scripts/postgres.sh stop
#   scripts/postgres.sh {freeze|thaw|restart}  used by the fault tests
#
# Environment: KLIMANETT_PG_PORT (default 55432), KLIMANETT_PG_DIR (default .data/postgres).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${KLIMANETT_PG_PORT:-55432}"
DATA_DIR="${KLIMANETT_PG_DIR:-$ROOT/.data/postgres}"
LOG_FILE="$DATA_DIR.log"

log() { echo "[postgres] $*" >&2; }

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  return 1
}

install_postgres() {
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL server binaries not found. Install PostgreSQL (e.g. 'sudo apt-get install postgresql') or set KLIMANETT_DB_URL."
    exit 1
  fi
  log "installing Debian's PostgreSQL packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2 || apt-get install -y -qq postgresql >&2
}

# initdb and postgres refuse to run as root: as root, the cluster belongs to the
# unprivileged 'postgres' user (created here if the packages did not create it).
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

prepare_owner() {
  [ "$(id -u)" = 0 ] || return 0
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  # the cluster directory must be reachable by that user; fall back to /var/tmp when the checkout is not
  if ! runuser -u postgres -- test -x "$(dirname "$DATA_DIR")" 2>/dev/null; then
    mkdir -p "$(dirname "$DATA_DIR")"
    if ! runuser -u postgres -- test -x "$(dirname "$DATA_DIR")" 2>/dev/null; then
      DATA_DIR="/var/tmp/klimanett-$(echo "$ROOT" | md5sum | cut -c1-8)/postgres"
      LOG_FILE="$DATA_DIR.log"
    fi
  fi
  mkdir -p "$(dirname "$DATA_DIR")"
  chown postgres "$(dirname "$DATA_DIR")"
}

pg() { as_owner "$BIN/$1" "${@:2}"; }

is_running() { pg pg_ctl -D "$DATA_DIR" status >/dev/null 2>&1; }

port_in_use() { (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The port our cluster really listens on: the configured one unless something else held it when the
# cluster started (another checkout's cluster, say), then the next free one, remembered beside the data.
use_recorded_port() {
  if [ -f "$DATA_DIR.port" ] && is_running; then PORT="$(cat "$DATA_DIR.port")"; fi
}

choose_free_port() {
  local candidate="$PORT"
  while port_in_use "$candidate"; do
    candidate=$((candidate + 1))
    [ "$candidate" -gt $((PORT + 50)) ] && { log "no free port near $PORT"; exit 1; }
  done
  [ "$candidate" != "$PORT" ] && log "port $PORT is taken by something else; using $candidate"
  PORT="$candidate"
  echo "$PORT" > "$DATA_DIR.port"
}

start_cluster() {
  BIN="$(find_bindir)" || { install_postgres; BIN="$(find_bindir)"; }
  prepare_owner
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    log "initialising cluster in $DATA_DIR"
    mkdir -p "$DATA_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA_DIR"
    chmod 700 "$DATA_DIR"
    pg initdb -D "$DATA_DIR" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if is_running; then
    use_recorded_port
  else
    choose_free_port
    log "starting on 127.0.0.1:$PORT"
    touch "$LOG_FILE"; [ "$(id -u)" = 0 ] && chown postgres "$LOG_FILE"
    pg pg_ctl -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$DATA_DIR' -c max_connections=200 -c fsync=on" >/dev/null
  fi
}

psql_cmd() { pg psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

ensure_db() {
  local db="$1"
  if [ "$(psql_cmd -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
    log "creating database $db"
    psql_cmd -d postgres -c "CREATE DATABASE \"$db\""
  fi
}

postmaster_pid() { head -1 "$DATA_DIR/postmaster.pid"; }

cmd="${1:-ensure}"; shift || true
case "$cmd" in
  ensure)
    start_cluster
    for db in "$@"; do ensure_db "$db"; done
    echo "jdbc:postgresql://127.0.0.1:$PORT/"
    ;;
  stop)
    BIN="$(find_bindir)"; prepare_owner
    is_running && pg pg_ctl -D "$DATA_DIR" -m fast -w stop >/dev/null || true
    ;;
  restart)
    BIN="$(find_bindir)"; prepare_owner
    pg pg_ctl -D "$DATA_DIR" -m immediate -w stop >/dev/null || true
    start_cluster
    ;;
  freeze) BIN="$(find_bindir)"; prepare_owner; kill -STOP "$(postmaster_pid)"; pkill -STOP -P "$(postmaster_pid)" || true ;;
  thaw)   BIN="$(find_bindir)"; prepare_owner; pkill -CONT -P "$(postmaster_pid)" || true; kill -CONT "$(postmaster_pid)" ;;
  psql)   BIN="$(find_bindir)"; prepare_owner; use_recorded_port; psql_cmd "$@" ;;
  *) echo "usage: $0 ensure DB...|stop|restart|freeze|thaw|psql ARGS" >&2; exit 2 ;;
esac
