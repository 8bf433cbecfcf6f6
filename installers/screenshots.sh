#!/bin/sh
# Takes the README/AppStream screenshots (resources/screenshots/*.png) from the real main
# window under a private Xvfb: builds tests/ui/screenshots/take_screenshots when needed, runs
# it with the Fusion style and DejaVu fonts on a 1280x900 screen, then shrinks the PNGs with
# optipng when it is installed. Re-runnable; the same registry and downloads every time.
#
#   installers/screenshots.sh [--build-dir DIR] [--out DIR]
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/dev"
out="$root/resources/screenshots"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        *) echo "usage: $0 [--build-dir DIR] [--out DIR]" >&2; exit 2 ;;
    esac
done

for tool in Xvfb cmake; do
    command -v "$tool" >/dev/null 2>&1 || { echo "screenshots.sh: $tool is missing (installers/deps-debian.sh)" >&2; exit 1; }
done
if ! fc-list 2>/dev/null | grep -q DejaVuSans; then
    echo "screenshots.sh: the DejaVu fonts are missing (apt install fonts-dejavu-core)" >&2
    exit 1
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    (cd "$root" && cmake --preset dev)
fi
cmake --build "$build" --target take_screenshots
exe="$build/tests/ui/screenshots/take_screenshots"

scratch=$(mktemp -d)
pt_xvfb_pid=""
cleanup() {
    [ -n "$pt_xvfb_pid" ] && kill "$pt_xvfb_pid" 2>/dev/null && wait "$pt_xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$root/tests/support/xvfb.sh"
pt_start_xvfb "$scratch" 1280x900x24 -dpi 96 || exit 1

mkdir -p "$out"
# A clean desktop: English, Fusion, no user configuration or theme leaking in.
env -u QT_STYLE_OVERRIDE -u QT_SCALE_FACTOR \
    QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME= \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
    XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    "$exe" --out "$out"

if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o5 -strip all "$out"/*.png
fi
ls -l "$out"/*.png
