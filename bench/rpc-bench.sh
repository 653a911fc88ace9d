#!/usr/bin/env bash
# Bundles and runs bench/rpc.bench.ts (Node 20 cannot run TypeScript directly).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d /tmp/rpc-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
for f in rpc.bench rpcUploadChild; do
  npx esbuild --bundle --platform=node --format=esm --log-level=warning --outfile="$out/$f.mjs" "bench/$f.ts"
done
node "$out/rpc.bench.mjs" "$out/rpcUploadChild.mjs"
