#!/usr/bin/env bash
# Installs the js-ipfs test node (tests/ipfs-node/node_modules) from the pinned lock file.
# Idempotent: a stamp holding the lock file's sha256 marks a finished install, so a second
# run is a no-op and an interrupted or outdated install is redone from scratch by `npm ci`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

stamp="node_modules/.pt-lock-sha256"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/jsipfs ]; then
  echo "tests/ipfs-node: node_modules up to date"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "tests/ipfs-node: npm not found; install nodejs and npm (tests needing an IPFS node will be skipped)" >&2
  exit 1
fi

start=$(date +%s)
echo "tests/ipfs-node: npm ci (about 3 minutes, ~200 MB)"
# --omit=optional: the only optional packages in the lock are the electron/wrtc chain (unused
# by the node, and one of them points at a GitHub tarball that newer npm rejects as "Missing:
# headless@ from lock file"; electron would also try to download a binary at install time).
npm ci --no-audit --no-fund --omit=optional
echo "$want" >"$stamp"
echo "tests/ipfs-node: installed in $(( $(date +%s) - start )) s"
