#!/bin/sh
# Runs a command in a private D-Bus session bus, with a fresh, unlocked gnome-keyring providing
# org.freedesktop.secrets (recipe in tools/README.md), so secret-store tests hit a REAL backend
# and never the developer's own keyring.
#
#   with-keyring.sh [--no-keyring | --no-bus | --locked] <command> [args...]
#
#   (default)     private session bus + gnome-keyring-daemon --components=secrets, unlocked
#   --no-keyring  private session bus, no secret service on it
#   --no-bus      no session bus at all (DBUS_SESSION_BUS_ADDRESS points nowhere)
#   --locked      gnome-keyring running but never unlocked (no login keyring) and no display
#                 for its unlock prompt
#
# The command sees PT_KEYRING=real|none|nobus|locked so a test can check it runs where it
# thinks.
set -eu

mode=real
case "${1:-}" in
--no-keyring) mode=none; shift ;;
--no-bus) mode=nobus; shift ;;
--locked) mode=locked; shift ;;
esac
[ $# -ge 1 ] || { echo "usage: $0 [--no-keyring|--no-bus|--locked] command [args...]" >&2; exit 2; }

# A desktop hint from the caller's session would make QtKeychain pick KWallet; we test the
# freedesktop secret service.
unset XDG_CURRENT_DESKTOP KDE_SESSION_VERSION KDE_FULL_SESSION DESKTOP_SESSION \
    GNOME_DESKTOP_SESSION_ID || true

if [ "$mode" = nobus ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    rc=0
    env HOME="$scratch" XDG_RUNTIME_DIR="$scratch" DISPLAY= \
        DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-such-bus" PT_KEYRING=nobus "$@" || rc=$?
    exit $rc
fi

if [ -z "${PT_WITH_KEYRING_INNER:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "$0: dbus-run-session missing (package dbus)" >&2; exit 1; }
    # Re-enter ourselves inside a private session bus; it is torn down when we exit.
    if [ "$mode" = real ]; then
        exec env PT_WITH_KEYRING_INNER=1 dbus-run-session -- "$0" "$@"
    fi
    if [ "$mode" = locked ]; then
        # No display: the unlock prompt (gcr-prompter) fails at once instead of waiting for a
        # click nobody can give.
        exec env -u DISPLAY -u WAYLAND_DISPLAY PT_WITH_KEYRING_INNER=1 \
            dbus-run-session -- "$0" --locked "$@"
    fi
    # No secret service: the standard session bus config would let D-Bus *activate*
    # gnome-keyring on the first call (its org.freedesktop.secrets.service file), so use a bus
    # with no service directories at all.
    conf=$(mktemp)
    trap 'rm -f "$conf"' EXIT
    cat >"$conf" <<'XML'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
XML
    rc=0
    env PT_WITH_KEYRING_INNER=1 dbus-run-session --config-file="$conf" -- "$0" --no-keyring "$@" || rc=$?
    exit $rc
fi

scratch=$(mktemp -d)
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p -m700 "$XDG_RUNTIME_DIR"
keyring_pid=
cleanup() {
    if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

if [ "$mode" = real ] || [ "$mode" = locked ]; then
    command -v gnome-keyring-daemon >/dev/null || { echo "$0: gnome-keyring-daemon missing (package gnome-keyring)" >&2; exit 1; }
    if [ "$mode" = real ]; then
        printf %s test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    else
        gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    fi
    # The daemon forks and claims org.freedesktop.secrets a moment later; a test starting
    # earlier would make the bus *activate* a second, locked daemon. Wait for the name.
    bus() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus "org.freedesktop.DBus.$1" string:org.freedesktop.secrets
    }
    i=0
    until bus NameHasOwner | grep -q true; do
        i=$((i + 1))
        if [ $i -gt 100 ]; then
            echo "$0: gnome-keyring-daemon did not provide org.freedesktop.secrets within 10 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    # Its pid, to stop it ourselves when done (it also exits when the bus goes away).
    keyring_pid=$(bus GetConnectionUnixProcessID | awk '{print $NF}')
fi

rc=0
PT_KEYRING=$mode "$@" || rc=$?
exit $rc
