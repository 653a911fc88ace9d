#!/usr/bin/env bash
# `npm run demo`: from a fresh clone on Debian 12 (as root), sets up the host, builds, and runs
# the lifecycle a BOSH director drives through the built `cpi` executable against libvirt, with a
# bootable test stemcell in both formats. Prints each step, its time and what the guest reported,
# and removes everything it created. Idempotent: a second run reuses packages, build and stemcells.
# Options go to the lifecycle: `npm run demo -- --format openstack` runs one format only.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s%N)
phase() {
  local name=$1 t0 t1
  shift
  t0=$(date +%s%N)
  "$@"
  t1=$(date +%s%N)
  printf '  %-44s %6.1f s\n' "$name" "$(( (t1 - t0) / 1000000 ))e-3"
}
install_npm_packages() {
  # only when missing: a present node_modules may be shared with other checkouts
  if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/esbuild ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
echo "setting up the host"
phase 'Debian packages (scripts/host-packages.sh)' bash scripts/host-packages.sh
phase 'npm packages' install_npm_packages
phase 'libvirt daemon + default network' bash scripts/libvirt-up.sh
phase 'build (npm run build)' npm run --silent build
status=0
node scripts/runTs.mjs scripts/demo/lifecycleDemo.ts "$@" || status=$?
printf 'demo finished in %.1f s (exit %d)\n' "$(( ($(date +%s%N) - started) / 1000000 ))e-3" "$status"
exit "$status"
