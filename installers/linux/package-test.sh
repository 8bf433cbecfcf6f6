#!/usr/bin/env bash
# Builds the .deb from an existing build tree (no second compile), installs it on this machine,
# checks the installed programs and files, then removes the package again.
#   installers/linux/package-test.sh [BUILD_DIR=build/dev]
# Called by `installers/dev.sh test`. Needs root or sudo (dpkg), Xvfb, desktop-file-utils and
# appstream (installers/deps-debian.sh installs them).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
build="${1:-build/dev}"
app_id="io.github.munch_group.PhasicTraces"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
work="$(mktemp -d)"
xvfb_pid=""
installed=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if [ -n "$installed" ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive dpkg -r phasic-traces >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }

# 1. The package, from the build tree as it is (the install rules strip the binaries).
cmake --build "$build" --target pt_manpages pt_icons >/dev/null
(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/pkg/*.deb)"
echo "package-test: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'
dpkg-deb --contents "$deb" | awk '{print $6}' >"$work/contents"
for f in ./usr/bin/phasic-traces-cli ./usr/share/man/man1/phasic-traces-cli.1.gz \
         ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
         ./usr/share/mime/packages/phasic-traces-mime.xml \
         ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         ./usr/share/icons/hicolor/48x48/apps/$app_id.png; do
  grep -qx "$f" "$work/contents" || fail "$f is not in the package"
done
gui=0
grep -qx ./usr/bin/phasic-traces "$work/contents" && gui=1

# 2. Installed the way a user would (apt resolves the dependencies).
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install $deb"; }
installed=1

# 3. The installed programs, by their installed paths, with a throwaway home.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
  XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
version="$(/usr/bin/phasic-traces-cli --version)" || fail "phasic-traces-cli --version"
echo "package-test: $version"
[[ "$version" == "phasic-traces-cli "[0-9]* ]] || fail "unexpected version line: $version"
/usr/bin/phasic-traces-cli cid /usr/share/metainfo/$app_id.metainfo.xml >/dev/null ||
  fail "phasic-traces-cli cid"
zcat /usr/share/man/man1/phasic-traces-cli.1.gz | grep -q '^\.SH COMMANDS' || fail "man page"

if [ "$gui" = 1 ]; then
  display=":$((90 + RANDOM % 500))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  if DISPLAY="$display" QT_QPA_PLATFORM=xcb /usr/bin/phasic-traces --help 2>/dev/null |
       grep -q -- --measure-startup; then
    DISPLAY="$display" QT_QPA_PLATFORM=xcb timeout 120 /usr/bin/phasic-traces --measure-startup \
      >"$work/gui.log" 2>&1 || { cat "$work/gui.log"; fail "phasic-traces --measure-startup"; }
    echo "package-test: GUI started under Xvfb: $(head -n1 "$work/gui.log")"
  else
    # No --measure-startup yet: the app must come up and still be running after 5 s.
    rc=0
    DISPLAY="$display" QT_QPA_PLATFORM=xcb timeout -s TERM 5 /usr/bin/phasic-traces \
      >"$work/gui.log" 2>&1 || rc=$?
    [ "$rc" = 124 ] || { cat "$work/gui.log"; fail "phasic-traces exited with $rc before 5 s"; }
    echo "package-test: GUI started under Xvfb and ran 5 s (no --measure-startup yet)"
  fi
  if grep -qiE 'could not (load|find|connect)|cannot load|failed to load' "$work/gui.log"; then
    cat "$work/gui.log"
    fail "the GUI logged a loading problem"
  fi
  desktop-file-validate /usr/share/applications/$app_id.desktop || fail "desktop-file-validate"
  appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml >"$work/as.log" 2>&1 ||
    { cat "$work/as.log"; fail "appstreamcli validate"; }
fi
echo "package-test: OK ($(basename "$deb") installed, checked, removed)"
