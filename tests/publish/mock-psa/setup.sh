#!/usr/bin/env bash
# Installs mock-ipfs-pinning-service (an independent implementation of the IPFS Pinning Service
# API, used by tst_psaclient) into tests/publish/mock-psa/node_modules from the pinned lock file.
# Idempotent: a stamp holding the lock file's sha256 marks a finished install.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

stamp="node_modules/.pt-lock-sha256"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/mock-ipfs-pinning-service ]; then
  echo "tests/publish/mock-psa: node_modules up to date"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "tests/publish/mock-psa: npm not found; install nodejs and npm (the mock PSA tests will be skipped)" >&2
  exit 1
fi

start=$(date +%s)
echo "tests/publish/mock-psa: npm ci (mock-ipfs-pinning-service 0.4.2, a few seconds)"
npm ci --no-audit --no-fund
echo "$want" >"$stamp"
echo "tests/publish/mock-psa: installed in $(( $(date +%s) - start )) s"
