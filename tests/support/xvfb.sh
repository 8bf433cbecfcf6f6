# Sourced (POSIX sh) by the scripts that need a private X server and helpers started on it:
# tests/ui/daemon/run-with-tray.sh, tests/ui/shell/with-notifications.sh,
# installers/screenshots.sh.

# pt_wait_until NAME PID LOG COMMAND...: runs COMMAND every 50 ms until it succeeds, for 10 s
# at most and only while PID lives; else prints "NAME did not start:" and LOG, and returns 1.
pt_wait_until() {
    _name=$1 _pid=$2 _log=$3
    shift 3
    _i=0
    until "$@" >/dev/null 2>&1; do
        _i=$((_i + 1))
        if [ "$_i" -gt 200 ] || ! kill -0 "$_pid" 2>/dev/null; then
            echo "$_name did not start:" >&2
            cat "$_log" >&2
            return 1
        fi
        sleep 0.05
    done
}

# pt_start_xvfb DIR GEOMETRY [Xvfb options...]: starts Xvfb on a display it picks itself
# (-displayfd: it writes the number once it accepts clients), sets pt_xvfb_pid, exports
# DISPLAY. Returns 1, with Xvfb's log on stderr, when it does not start.
pt_start_xvfb() {
    _dir=$1 _geometry=$2
    shift 2
    Xvfb -displayfd 3 -screen 0 "$_geometry" -nolisten tcp "$@" 3>"$_dir/display" \
        2>"$_dir/xvfb.log" &
    pt_xvfb_pid=$!
    pt_wait_until Xvfb "$pt_xvfb_pid" "$_dir/xvfb.log" test -s "$_dir/display" || return 1
    DISPLAY=":$(head -n 1 "$_dir/display")"
    export DISPLAY
}
