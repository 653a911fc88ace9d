#!/usr/bin/env bash
# The project's test command (`npm test`). On a fresh Debian 12 machine it installs what the
# tests need (Debian packages, npm packages), starts the libvirt daemon, builds, checks types,
# layer rules, lint rules and formatting (Biome), checks that the generated libvirt protocol
# matches its inputs, and runs every test project: unit, integration (real libvirt + QEMU), e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/host-packages.sh
if [ "${CI:-}" = "true" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/libvirt-up.sh
npm run --silent build
npm run --silent typecheck
npm run --silent layers
npm run --silent lint
bash scripts/check-generated.sh
mkdir -p .work
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.work/vitest-report.json "$@" || status=$?
# One plain closing line that any reader of the log understands, whatever the runner printed.
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(".work/vitest-report.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit "$status"
