#!/usr/bin/env bash
# Runs the Klimanett stats benchmark in one go and prints side-by-side ratios (see bench/README in RESULTS.md).
#   bench/run.sh            (DURATION=20 seconds per measurement after WARMUP=60 seconds of the same requests;
#                            PG port from KLIMANETT_PG_PORT, default 55432)
# Needs: the project's PostgreSQL (scripts/postgres.sh), java, python3, openssl, wrk, pgbench (installed via apt
# when missing and root). Data sets are generated on first use into klimanett_bench and klimanett_bench_small.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PG_PORT="${KLIMANETT_PG_PORT:-55432}"
APP_PORT="${BENCH_APP_PORT:-18080}"
DURATION="${DURATION:-20}"
# the JVM compiles the request path while it runs, and on two busy cores its compiler threads compete with the
# load: a GET reached its steady throughput only after ~20 s (6.2k req/s in the first 10 s, 13k from 20 s on),
# the stats request after ~60 s (1.3k -> 3.3k req/s). Every endpoint is driven this long before it is measured.
WARMUP="${WARMUP:-60}"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)

log() { printf '[bench] %s\n' "$*" >&2; }

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { log "install: ${missing[*]}"; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  fi
}

ensure_db() { # name
  "${PSQL[@]}" -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1 \
    || "${PSQL[@]}" -d postgres -c "CREATE DATABASE $1"
}

APP_PID=
start_app() { # db
  log "starting the service on $1"
  # a long socket timeout for the first start only matters: the aggregate migrations rewrite millions of rows
  KLIMANETT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$1" KLIMANETT_JWT_PUBLIC_KEY="$KEYS/public.pem" \
    KLIMANETT_JWT_PRIVATE_KEY="$KEYS/private.pem" PORT="$APP_PORT" KLIMANETT_MANAGEMENT_PORT="$((APP_PORT + 1))" KLIMANETT_DB_SOCKET_TIMEOUT=900 \
    java @backend/src/main/jvm/jvm.options -jar backend/target/quarkus-app/quarkus-run.jar >"$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { log "the service did not start: $OUT/app-$1.log"; exit 1; }
    sleep 1
  done
  log "the service was not ready in time"; exit 1
}
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
trap stop_app EXIT

ensure_data() { # db flag
  ensure_db "$1"
  if ! "${PSQL[@]}" -d "$1" -tc "SELECT count(*) FROM network" 2>/dev/null | grep -qv '^ *0$'; then
    start_app "$1"; stop_app   # the service's migrations create the schema
    python3 bench/generate.py --db "$1" --port "$PG_PORT" $2
  fi
}

# wrk: "p50_ms p99_ms rps"
wrk_run() { # path_template first last
  FIRST=$2 LAST=$3 PATH_TEMPLATE="$1" wrk -t2 -c16 -d"${DURATION}s" --latency -s bench/wrk-random-path.lua \
    "http://127.0.0.1:$APP_PORT" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
p = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if non2xx: sys.exit("wrk saw %s error responses" % non2xx.group(1))
print("%.2f %.2f %s" % (ms(p["50"]), ms(p["99"]), rps))'
}

# pgbench with per-transaction logs: "p50_ms p99_ms tps"
pgbench_run() { # db args...
  local db=$1; shift
  rm -f "$OUT"/pgbench_log.*
  (cd "$OUT" && pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c16 -j2 -T"$DURATION" -l --log-prefix=pgbench_log "$@" "$db") \
    > "$OUT/pgbench-last.txt" 2>&1
  python3 - "$OUT" <<'PY'
import glob, re, sys
lat = sorted(int(line.split()[2]) for f in glob.glob(sys.argv[1] + "/pgbench_log.*") for line in open(f))
tps = re.search(r"tps = ([\d.]+)", open(sys.argv[1] + "/pgbench-last.txt").read()).group(1)
pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print("%.2f %.2f %s" % (pick(0.50), pick(0.99), tps))
PY
}

ensure_tools
if [ ! -f backend/target/quarkus-app/quarkus-run.jar ]; then
  log "building the service"; ./mvnw -B -o -q -pl backend package -DskipTests
fi
KEYS="$(scripts/keys.sh "$OUT/keys")"
ensure_data klimanett_bench_small --small
ensure_data klimanett_bench ""
ensure_db klimanett_bench_pgbench
"${PSQL[@]}" -d klimanett_bench_pgbench -tc "SELECT 1 FROM pg_tables WHERE tablename = 'pgbench_accounts'" | grep -q 1 \
  || pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -s 10 -q klimanett_bench_pgbench >/dev/null 2>&1

STATS='/api/v1/networks/%s/stats?from=2013&to=2024'
declare -A R
for set in small full; do
  if [ $set = small ]; then db=klimanett_bench_small; first=2; last=30; else db=klimanett_bench; first=11; last=300; fi
  start_app $db
  log "$set: warming up"; DURATION=$WARMUP wrk_run "$STATS" $first $last >/dev/null
  log "$set: stats endpoint, wrk 16 connections"; R[api_$set]=$(wrk_run "$STATS" $first $last)
  log "$set: same SQL, pgbench 16 clients"; R[sql_$set]=$(pgbench_run $db -f "$ROOT/bench/stats.sql" -D first_regional=$first -D last_regional=$last)
  if [ $set = full ]; then
    log "full: single-resource GET vs pgbench -S"
    DURATION=$WARMUP wrk_run '/api/v1/networks/%s' $first $last >/dev/null
    R[get]=$(wrk_run '/api/v1/networks/%s' $first $last)
    R[select]=$(pgbench_run klimanett_bench_pgbench -S)
    log "full: approval and import through the API"
    "${PSQL[@]}" -d $db -c "DELETE FROM org_year_emissions WHERE year = 2025; DELETE FROM org_year_report WHERE year = 2025;
                            DELETE FROM network_year_figures WHERE year = 2025;
                            DELETE FROM report WHERE year = 2025"
    R[workflow]=$(python3 bench/workflow.py "http://127.0.0.1:$APP_PORT" "$(python3 bench/token.py "$KEYS/private.pem")" 2>&1 \
                  || echo "workflow measurement failed")
  fi
  stop_app
done

python3 - "${R[api_small]}" "${R[sql_small]}" "${R[api_full]}" "${R[sql_full]}" "${R[get]}" "${R[select]}" "${R[workflow]}" <<'PY' | tee "$OUT/results.txt"
import re, sys
api_s, sql_s, api_f, sql_f, get, sel = [list(map(float, a.split())) for a in sys.argv[1:7]]
wf = sys.argv[7]
print("Klimanett stats benchmark (16 connections / clients, same machine, same data)")
print("%-44s %10s %10s %10s" % ("", "p50 ms", "p99 ms", "req/s"))
for name, r in [("stats API, small data set (wrk)", api_s), ("stats SQL, small data set (pgbench)", sql_s),
                ("stats API, full data set (wrk)", api_f), ("stats SQL, full data set (pgbench)", sql_f),
                ("GET /networks/{id} (wrk)", get), ("pgbench -S (select-only)", sel)]:
    print("%-44s %10.2f %10.2f %10.0f" % (name, r[0], r[1], r[2]))
print()
print("ratio API / SQL, full: p50 %.2fx  p99 %.2fx  throughput %.0f %%" % (api_f[0] / sql_f[0], api_f[1] / sql_f[1], 100 * api_f[2] / sql_f[2]))
print("growth small -> full, API: p50 %.2fx  p99 %.2fx" % (api_f[0] / api_s[0], api_f[1] / api_s[1]))
print("growth small -> full, SQL: p50 %.2fx  p99 %.2fx" % (sql_f[0] / sql_s[0], sql_f[1] / sql_s[1]))
print("single-resource GET throughput / pgbench -S: %.0f %%" % (100 * get[2] / sel[2]))
print(wf)
m95, mlps = re.search(r"p95=([\d.]+)", wf), re.search(r"import_lines_per_s (\d+)", wf)
p95 = float(m95.group(1)) if m95 else float("nan"); lps = float(mlps.group(1)) if mlps else float("nan")
print()
print("targets: stats p99 <= 25 ms: %.1f ms %s | growth <= 1.5x: %.2fx %s | GET >= 35 %% of pgbench -S: %.0f %% %s |"
      " approval p95 <= 100 ms: %.0f ms %s | import >= 20000 lines/s: %.0f %s" % (
      api_f[1], "met" if api_f[1] <= 25 else "MISSED", api_f[1] / api_s[1], "met" if api_f[1] / api_s[1] <= 1.5 else "MISSED",
      100 * get[2] / sel[2], "met" if get[2] / sel[2] >= 0.35 else "MISSED", p95, "met" if p95 <= 100 else "MISSED",
      lps, "met" if lps >= 20000 else "MISSED"))
PY
