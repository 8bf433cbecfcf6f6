#!/bin/sh
# Installs the independent UnixFS importer used by tst_importer_crosscheck (pinned by
# package-lock.json). Run once; the test skips when node_modules is absent.
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
