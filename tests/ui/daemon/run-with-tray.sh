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
xvfb_pid=""
tray_pid=""
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    [ -n "$tray_pid" ] && wait "$tray_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# -displayfd: Xvfb chooses a free display itself and writes its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$scratch/display" \
    2>"$scratch/xvfb.log" &
xvfb_pid=$!
i=0
while [ ! -s "$scratch/display" ]; do
    i=$((i + 1))
    if [ $i -gt 200 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "run-with-tray.sh: Xvfb did not start:" >&2
        cat "$scratch/xvfb.log" >&2
        exit 1
    fi
    sleep 0.05
done
DISPLAY=":$(head -n 1 "$scratch/display")"
export DISPLAY

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
