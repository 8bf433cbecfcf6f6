#!/bin/sh
# Runs a test on a private D-Bus session bus, with a real notification server or without:
#   with-notifications.sh dunst <command> [args...]   dunst (on a private Xvfb display) owns
#                                                    org.freedesktop.Notifications
#   with-notifications.sh none <command> [args...]    a session bus with no server (and no
#                                                    display, so D-Bus cannot start one)
#   with-notifications.sh nobus <command> [args...]   no session bus at all
# Exports PT_NOTIFY_SERVER=dunst|none|nobus for the test. Exit 77 (skipped) when a tool is
# missing (apt install dbus xvfb dunst).
set -u
mode=${1:-}
[ $# -ge 2 ] || { echo "usage: $0 dunst|none|nobus command [args...]" >&2; exit 2; }
shift

if [ "$mode" = nobus ]; then
    exec env PT_NOTIFY_SERVER=nobus DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus "$@"
fi
for tool in dbus-run-session $([ "$mode" = dunst ] && echo Xvfb dunst dunstctl); do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-notifications.sh: $tool is not installed; skipping" >&2
        exit 77
    fi
done
if [ -z "${PT_NOTIFY_INNER:-}" ]; then
    exec env PT_NOTIFY_INNER=1 dbus-run-session -- "$0" "$mode" "$@"
fi

# Inside the private bus from here on.
if [ "$mode" = none ]; then
    exec env -u DISPLAY -u WAYLAND_DISPLAY PT_NOTIFY_SERVER=none "$@"
fi

scratch=$(mktemp -d)
pt_xvfb_pid=""
dunst_pid=""
cleanup() {
    [ -n "$dunst_pid" ] && kill "$dunst_pid" 2>/dev/null && wait "$dunst_pid" 2>/dev/null
    [ -n "$pt_xvfb_pid" ] && kill "$pt_xvfb_pid" 2>/dev/null && wait "$pt_xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$(dirname "$0")/../../support/xvfb.sh"
pt_start_xvfb "$scratch" 1024x768x24 || exit 1
# An empty config: dunst's defaults, whatever the machine's ~/.config/dunst says.
: >"$scratch/dunstrc"
dunst -config "$scratch/dunstrc" >"$scratch/dunst.log" 2>&1 &
dunst_pid=$!
# Waits for the bus name itself (dunstctl would ask D-Bus to start another dunst meanwhile).
pt_wait_until dunst "$dunst_pid" "$scratch/dunst.log" sh -c 'dbus-send --session --print-reply \
    --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.Notifications | grep -q true' || exit 1
PT_NOTIFY_SERVER=dunst "$@"
