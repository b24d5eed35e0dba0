#!/usr/bin/env bash
# The software bills of materials (CycloneDX JSON) of what Klimanett ships, and the licence check over them:
#   backend/target/bom.json   runtime dependencies of the service, written by `./mvnw package` (cyclonedx-maven-plugin)
#   frontend/target/bom.json  the SPA's production npm dependencies (@cyclonedx/cyclonedx-npm, tools/sbom)
# then tools/licences/check.py refuses any component whose licence is not on the EUPL-1.2 allow-list, and
# its own tests prove that it refuses an incompatible fixture. Run by bin/test; docs/OPERATIONS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

[ -f backend/target/bom.json ] || { echo "backend/target/bom.json missing: run ./mvnw package first" >&2; exit 1; }
[ -d frontend/node_modules ] || { echo "frontend/node_modules missing: run npm install in frontend first" >&2; exit 1; }
mkdir -p frontend/target
# npm install, not npm ci: keeps an installed tree (seconds instead of minutes) and installs from the lock
(cd tools/sbom && npm install --no-audit --no-fund --loglevel=error && npm run --silent spa)

python3 tools/licences/check.py backend/target/bom.json frontend/target/bom.json
python3 -m unittest discover -s tools/licences 2>&1 | tail -n 3
