#!/usr/bin/env bash
# The project's test command (`npm test`). On a fresh Debian 12 machine it installs what the
# tests need (Debian packages, npm packages), starts the libvirt daemon, builds, checks types
# and layer rules, and runs every test project: unit, integration (real libvirt + QEMU) and e2e.
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
npx vitest run "$@"
