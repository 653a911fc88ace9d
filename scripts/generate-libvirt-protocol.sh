#!/usr/bin/env bash
# Regenerates src/adapters/libvirt/rpc/generated/ from libvirt 9.0's XDR protocol definitions.
# The .x files come from Debian's `libvirt` source package (fetched into a scratch folder, not
# committed). Needs a deb-src line for bookworm main; added to apt's sources when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${LIBVIRT_SRC_SCRATCH:-/tmp/libvirt-protocol-src}"
src="$scratch/libvirt-9.0.0"
if [ ! -f "$src/src/remote/remote_protocol.x" ]; then
  if ! grep -rqs '^deb-src .*bookworm main\|^Types: .*deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo 'deb-src http://deb.debian.org/debian bookworm main' > /etc/apt/sources.list.d/bookworm-src.list
    apt-get update -qq
  fi
  mkdir -p "$scratch"
  (cd "$scratch" && apt-get source --download-only -qq libvirt=9.0.0-4+deb12u2 >/dev/null 2>&1 ||
    (cd "$scratch" && apt-get source --download-only -qq libvirt >/dev/null))
  tar -C "$scratch" -xf "$scratch"/libvirt_9.0.0.orig.tar.xz \
    libvirt-9.0.0/src/remote/remote_protocol.x libvirt-9.0.0/src/rpc/virnetprotocol.x \
    libvirt-9.0.0/src/rpc/virkeepaliveprotocol.x
fi
bundle=/tmp/generate-libvirt-protocol.$$.mjs
trap 'rm -f "$bundle"' EXIT
npx esbuild --bundle --platform=node --format=esm --log-level=warning \
  --outfile="$bundle" scripts/generate-libvirt-protocol.ts
node "$bundle" "$src" src/adapters/libvirt/rpc/generated
