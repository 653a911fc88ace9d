#!/usr/bin/env bash
# Fails when src/adapters/libvirt/rpc/generated/ is not exactly what the generator writes from
# scripts/libvirt-protocol/*.x: regenerates into a temporary folder and compares byte for byte.
# Run by `npm test`; `npm run generate:libvirt` fixes a difference (after checking it is wanted).
set -euo pipefail
cd "$(dirname "$0")/.."
committed=src/adapters/libvirt/rpc/generated
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
node scripts/runTs.mjs scripts/generate-libvirt-protocol.ts "$fresh" >/dev/null
if ! diff -r "$committed" "$fresh" >"$fresh.diff" 2>&1; then
  echo "$committed differs from what scripts/generate-libvirt-protocol.ts writes from scripts/libvirt-protocol/:" >&2
  head -n 40 "$fresh.diff" >&2
  rm -f "$fresh.diff"
  echo 'Regenerate with: npm run generate:libvirt' >&2
  exit 1
fi
rm -f "$fresh.diff"
echo "generated code: $committed matches its inputs"
