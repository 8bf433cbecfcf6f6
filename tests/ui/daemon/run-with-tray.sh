#!/bin/sh
# Runs a GUI test on a private Xvfb display, with the `trayer` system tray host unless
# --no-tray (recipe: docs of the test tools; plain Xvfb has no tray). Picks a free display
# (Xvfb -displayfd), exports PT_TRAY=trayer|none for the test, and always cleans up.
#
#   run-with-tray.sh [--no-tray] <command> [args...]
#
# Exit 77 (skipped) when Xvfb or trayer is missing.
set -u

mode=trayer
if [ "${1:-}" = "--no-tray" ]; then
    mode=none
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--no-tray] command [args...]" >&2; exit 2; }

for tool in Xvfb $([ "$mode" = trayer ] && echo trayer); do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-tray.sh: $tool is not installed (apt install xvfb trayer); skipping" >&2
        exit 77
    fi
done

scratch=$(mktemp -d)
pt_xvfb_pid=""
tray_pid=""
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    [ -n "$pt_xvfb_pid" ] && kill "$pt_xvfb_pid" 2>/dev/null
    [ -n "$tray_pid" ] && wait "$tray_pid" 2>/dev/null
    [ -n "$pt_xvfb_pid" ] && wait "$pt_xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/../../support/xvfb.sh"
pt_start_xvfb "$scratch" 1280x800x24 || exit 1

# No session bus: Qt then uses the XEmbed tray (trayer) rather than looking for a
# StatusNotifier host, and libdbus does not autolaunch a bus daemon that would outlive us.
export DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-such-bus"
unset WAYLAND_DISPLAY QT_QPA_PLATFORMTHEME XDG_CURRENT_DESKTOP || true
export QT_QPA_PLATFORM=xcb PT_TRAY="$mode"

if [ "$mode" = trayer ]; then
    trayer --edge top --align right --widthtype request --height 24 --transparent false \
        >"$scratch/trayer.log" 2>&1 &
    tray_pid=$!
    # The test itself waits (bounded) for the tray selection; this only catches a crash.
    sleep 0.2
    if ! kill -0 "$tray_pid" 2>/dev/null; then
        echo "run-with-tray.sh: trayer exited:" >&2
        cat "$scratch/trayer.log" >&2
        exit 1
    fi
fi

rc=0
"$@" || rc=$?
exit $rc
