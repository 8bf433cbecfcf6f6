#!/usr/bin/env bash
# Installs what building, running and testing Phasic Traces needs on Debian 12 / Ubuntu 24.04.
# Safe to re-run: does nothing when every package is already there.
#   installers/deps-debian.sh          build + run + test dependencies
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libarchive-dev libssl-dev zlib1g-dev libeigen3-dev
  clang libclang-rt-dev
  xvfb xauth dbus gnome-keyring trayer dunst
  dpkg-dev file appstream desktop-file-utils
  fonts-dejavu-core adwaita-icon-theme optipng
)
# Node.js for the npm test helpers: Debian's nodejs + npm only when no node/npm is installed
# at all. A Node.js from another source (e.g. NodeSource's nodejs package, which ships npm
# itself) conflicts with Debian's npm package, and is fine as it is.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps-debian: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps-debian: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
