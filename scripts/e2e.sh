#!/usr/bin/env bash
# End-to-end tests: the packaged backend with demo data on a fresh database, serving the built SPA,
# driven by playwright-core in Debian's Chromium (frontend/e2e). Expects `./mvnw package` and
# `npm run build` to have run (bin/test does both).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
E2E_PORT="${KLIMANETT_E2E_PORT:-18181}"
DB=klimanett_e2e
LOG="$ROOT/backend/target/e2e-backend.log"

# a fresh database each run, so the flows always find the demo data as the loader leaves it
PG_URL="$(scripts/postgres.sh ensure postgres)"   # jdbc:postgresql://127.0.0.1:PORT/
scripts/postgres.sh psql -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
scripts/postgres.sh ensure "$DB" >/dev/null
keys="$(scripts/keys.sh)"

KLIMANETT_DB_URL="${PG_URL}$DB" KLIMANETT_DB_USER=postgres KLIMANETT_DB_PASSWORD="" \
KLIMANETT_JWT_PRIVATE_KEY="file:$keys/private.pem" KLIMANETT_JWT_PUBLIC_KEY="file:$keys/public.pem" \
KLIMANETT_SPA_DIR="$ROOT/frontend/dist" QUARKUS_PROFILE=demo PORT="$E2E_PORT" KLIMANETT_MANAGEMENT_PORT="$((E2E_PORT + 1))" \
  java @backend/src/main/jvm/jvm.options -jar backend/target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
BACKEND=$!
trap 'kill $BACKEND 2>/dev/null; wait $BACKEND 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$E2E_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 $BACKEND 2>/dev/null; then echo "backend died; log:" >&2; tail -50 "$LOG" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$E2E_PORT/q/health/ready" >/dev/null || { echo "backend not ready in 180 s" >&2; tail -50 "$LOG" >&2; exit 1; }

cd frontend
# KLIMANETT_E2E_SUITES narrows the run to some files (e.g. "public login"); empty runs them all
BASE_URL="http://127.0.0.1:$E2E_PORT" E2E_REQUIRE_BACKEND=1 npm run e2e --silent -- ${KLIMANETT_E2E_SUITES:-}
