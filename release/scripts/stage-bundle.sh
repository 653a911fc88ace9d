#!/usr/bin/env bash
# Builds the single-file CPI (npm run bundle) and stages it as the source of the libvirt_cpi
# package, where `bosh create-release` picks it up.
set -euo pipefail
release_dir=$(cd "$(dirname "$0")/.." && pwd)
repo_dir=$(cd "${release_dir}/.." && pwd)
(cd "$repo_dir" && npm run --silent bundle)
mkdir -p "${release_dir}/src/libvirt_cpi"
install -m 0644 "${repo_dir}/dist/cpi.cjs" "${release_dir}/src/libvirt_cpi/cpi.cjs"
echo "stage-bundle: src/libvirt_cpi/cpi.cjs ($(stat -c %s "${release_dir}/src/libvirt_cpi/cpi.cjs") bytes)"
