#!/usr/bin/env bash
# Phasic Traces: run the IPFS daemon (Kubo) as a login service, in one line:
#
#   bash installers/install_ipfs_service.sh            # check Kubo, init the repo, register
#   bash installers/install_ipfs_service.sh --download # also fetch Kubo from dist.ipfs.tech
#   bash installers/install_ipfs_service.sh --uninstall
#
# Steps (each skipped when already done, so it is safe to re-run):
#   1. find Kubo (`ipfs`): --ipfs-bin, PATH, ~/.local/bin; with --download fetch the official
#      tarball from dist.ipfs.tech into ~/.local/bin after a SHA-512 check. Never sudo.
#   2. `ipfs init` when $IPFS_PATH (default ~/.ipfs) has no config.
#   3. register the login service: `phasic-traces-cli service install` when the CLI is
#      installed (all OSes); otherwise, on Linux, write the systemd user unit itself — the
#      same bytes as core/daemon/loginservice.cpp (tst_loginservice compares --print-unit with
#      the golden file tests/data/daemon/golden/systemd.phasic-traces-ipfs.service).
set -euo pipefail

UNIT_NAME=phasic-traces-ipfs.service
DIST=https://dist.ipfs.tech
me=$(basename "$0")

usage() {
    cat <<EOF
Usage: $me [options]

Installs the IPFS daemon (Kubo) as a login service for Phasic Traces: a systemd user unit
on Linux (or via phasic-traces-cli on macOS and Windows).

Options:
  --ipfs-bin PATH      the Kubo executable (default: \`ipfs\` from PATH or ~/.local/bin)
  --ipfs-path DIR      the IPFS repository (default: \$IPFS_PATH or ~/.ipfs)
  --daemon-arg ARG     extra argument for \`ipfs daemon\` (repeatable), e.g. --enable-gc
  --download           if Kubo is missing, download it from $DIST (SHA-512 checked)
                       into ~/.local/bin (no sudo)
  --kubo-version VER   version for --download (default: the newest on $DIST)
  --uninstall          remove the login service (keeps Kubo and the repository)
  --print-unit         print the systemd unit that would be written, and exit
  -h, --help           this text

Exit codes: 0 ok, 1 failure, 2 usage, 3 Kubo not found, 5 no service manager available.
EOF
}

say() { printf '%s: %s\n' "$me" "$*"; }
die() {
    local code=$1
    shift
    printf '%s: %s\n' "$me" "$*" >&2
    exit "$code"
}

ipfs_bin=""
ipfs_path=${IPFS_PATH:-$HOME/.ipfs}
daemon_args=()
download=0
kubo_version=""
action=install

while [ $# -gt 0 ]; do
    case $1 in
    --ipfs-bin) [ $# -ge 2 ] || die 2 "--ipfs-bin needs a path"; ipfs_bin=$2; shift 2 ;;
    --ipfs-bin=*) ipfs_bin=${1#*=}; shift ;;
    --ipfs-path) [ $# -ge 2 ] || die 2 "--ipfs-path needs a directory"; ipfs_path=$2; shift 2 ;;
    --ipfs-path=*) ipfs_path=${1#*=}; shift ;;
    --daemon-arg) [ $# -ge 2 ] || die 2 "--daemon-arg needs a value"; daemon_args+=("$2"); shift 2 ;;
    --daemon-arg=*) daemon_args+=("${1#*=}"); shift ;;
    --download) download=1; shift ;;
    --kubo-version) [ $# -ge 2 ] || die 2 "--kubo-version needs a value"; kubo_version=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    --print-unit) action=print-unit; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die 2 "unknown option '$1' (see --help)" ;;
    esac
done

# ---- the unit (keep in sync with systemdUnitText() in core/daemon/loginservice.cpp) -------

# One ExecStart word: systemd splits at whitespace, resolves C escapes inside quotes, expands
# %-specifiers (%% is %) and, in arguments but not in the executable, $VARIABLES ($$ is $)
# — systemd.service(5), "Command lines". $2=exe marks the executable.
sd_word() {
    local LC_ALL=C # byte-wise: any non-ASCII byte makes the word "unsafe" (quoted)
    local w=$1 e
    e=${w//%/%%}
    [ "${2:-}" = exe ] || e=${e//\$/\$\$}
    if [[ $w =~ ^[A-Za-z0-9/._+=:,@-]+$ ]]; then
        printf '%s' "$e"
        return
    fi
    e=${e//\\/\\\\}
    e=${e//\"/\\\"}
    printf '"%s"' "$e"
}

# Environment= value: quotes and C escapes as above, %-specifiers, but no $ expansion.
sd_env_value() {
    local LC_ALL=C
    local e=$1
    e=${e//\\/\\\\}
    e=${e//\"/\\\"}
    e=${e//%/%%}
    printf '%s' "$e"
}

check_text() { # refuse what a unit file cannot hold
    case $2 in
    *$'\n'* | *$'\r'*) die 2 "$1 \"$2\" contains a line break; a login service definition cannot hold it safely. Move or rename it to a path without line breaks." ;;
    esac
    if [[ $2 == *[[:cntrl:]]* ]]; then die 2 "$1 contains a control character; refusing to write it into a unit file"; fi
}

print_unit() {
    local exec a
    exec=$(sd_word "$ipfs_bin" exe)
    for a in daemon --migrate=true ${daemon_args[@]+"${daemon_args[@]}"}; do
        exec="$exec $(sd_word "$a")"
    done
    cat <<'EOF'
# Phasic Traces: the IPFS daemon (Kubo) as a systemd user service.
# Written by `phasic-traces-cli service install` or installers/install_ipfs_service.sh;
# remove it with `phasic-traces-cli service uninstall`.
[Unit]
Description=IPFS daemon (Kubo) for Phasic Traces
Documentation=https://docs.ipfs.tech/

[Service]
Type=notify
TimeoutStartSec=infinity
EOF
    printf 'Environment="IPFS_PATH=%s"\n' "$(sd_env_value "$ipfs_path")"
    printf 'ExecStart=%s\n' "$exec"
    cat <<'EOF'
Restart=on-failure
RestartSec=10s
KillSignal=SIGINT
TimeoutStopSec=60s

[Install]
WantedBy=default.target
EOF
}

validate() {
    [ -n "$ipfs_bin" ] || die 3 "no ipfs executable given"
    case $ipfs_bin in /*) ;; *) die 2 "ipfs executable \"$ipfs_bin\" is not an absolute path" ;; esac
    case $ipfs_path in /*) ;; *) die 2 "IPFS_PATH \"$ipfs_path\" is not an absolute path" ;; esac
    check_text "ipfs executable" "$ipfs_bin"
    check_text "IPFS_PATH" "$ipfs_path"
    local a
    for a in ${daemon_args[@]+"${daemon_args[@]}"}; do check_text "daemon argument" "$a"; done
}

if [ "$action" = print-unit ]; then
    validate
    print_unit
    exit 0
fi

# ---- 1. Kubo ------------------------------------------------------------------------------

os=$(uname -s)

kubo_advice() {
    local id=""
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && printf '%s %s' "${ID:-}" "${ID_LIKE:-}")
    fi
    echo "Kubo (the \`ipfs\` command) is not installed. Ways to get it:"
    case "$os:$id" in
    Darwin:*) echo "  - Homebrew: brew install ipfs" ;;
    Linux:*debian* | Linux:*ubuntu*)
        echo "  - Debian/Ubuntu have no Kubo package (there is none in Debian 12's apt)."
        if command -v snap >/dev/null 2>&1; then
            echo "  - snap is available here: snap install ipfs"
        fi
        ;;
    esac
    echo "  - rerun this script with --download: it fetches the official tarball from"
    echo "    $DIST/kubo/, checks its SHA-512 and installs ipfs into ~/.local/bin (no sudo)"
    echo "  - by hand: https://docs.ipfs.tech/install/command-line/"
    echo "Then run this script again (or pass --ipfs-bin PATH)."
}

download_kubo() {
    command -v curl >/dev/null 2>&1 || die 1 "--download needs curl (apt-get install curl)"
    command -v sha512sum >/dev/null 2>&1 || die 1 "--download needs sha512sum (coreutils)"
    local arch goos
    case $(uname -m) in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64 ;;
    armv7l | armv6l) arch=arm ;;
    riscv64) arch=riscv64 ;;
    *) die 1 "no Kubo build for CPU $(uname -m) on $DIST; see https://docs.ipfs.tech/install/" ;;
    esac
    case $os in
    Linux) goos=linux ;;
    Darwin) goos=darwin ;;
    FreeBSD) goos=freebsd ;;
    *) die 1 "--download supports Linux, macOS and FreeBSD; on $os see https://docs.ipfs.tech/install/" ;;
    esac
    if [ -z "$kubo_version" ]; then
        # The newest release: the last line of the versions list that is not a pre-release.
        kubo_version=$(curl -fsSL "$DIST/kubo/versions" | grep -v -- '-rc' | tail -n 1) ||
            die 1 "could not read $DIST/kubo/versions"
    fi
    case $kubo_version in v*) ;; *) kubo_version=v$kubo_version ;; esac
    [[ $kubo_version =~ ^v[0-9]+\.[0-9]+\.[0-9]+(-rc[0-9]+)?$ ]] ||
        die 1 "unexpected Kubo version \"$kubo_version\""
    local file="kubo_${kubo_version}_${goos}-${arch}.tar.gz"
    local url="$DIST/kubo/$kubo_version/$file"
    local tmp
    tmp=$(mktemp -d)
    # shellcheck disable=SC2064 # expand now: $tmp is local
    trap "rm -rf '$tmp'" EXIT
    say "downloading $url"
    curl -fSL --retry 3 -o "$tmp/$file" "$url" || die 1 "download of $url failed"
    curl -fsSL -o "$tmp/$file.sha512" "$url.sha512" || die 1 "could not fetch $url.sha512"
    # The .sha512 file names the tarball; check against our own file name to be sure.
    local want got
    want=$(awk '{print $1; exit}' "$tmp/$file.sha512")
    got=$(sha512sum "$tmp/$file" | awk '{print $1}')
    [[ $want =~ ^[0-9a-f]{128}$ ]] || die 1 "$url.sha512 does not hold a SHA-512 digest"
    [ "$want" = "$got" ] || die 1 "SHA-512 of $file does not match $url.sha512 (got $got); not installed"
    say "SHA-512 verified"
    tar -xzf "$tmp/$file" -C "$tmp" kubo/ipfs || die 1 "$file has no kubo/ipfs"
    mkdir -p "$HOME/.local/bin"
    install -m 0755 "$tmp/kubo/ipfs" "$HOME/.local/bin/ipfs.new"
    mv -f "$HOME/.local/bin/ipfs.new" "$HOME/.local/bin/ipfs"
    ipfs_bin=$HOME/.local/bin/ipfs
    say "installed Kubo $kubo_version as $ipfs_bin"
    case ":$PATH:" in
    *":$HOME/.local/bin:"*) ;;
    *) say "note: ~/.local/bin is not in your PATH; add it to use \`ipfs\` in a shell" ;;
    esac
}

find_kubo() {
    if [ -n "$ipfs_bin" ]; then
        case $ipfs_bin in
        */*) ;;
        *) ipfs_bin=$(command -v "$ipfs_bin") || die 3 "--ipfs-bin $ipfs_bin: not found in PATH" ;;
        esac
        [ -x "$ipfs_bin" ] || die 3 "--ipfs-bin $ipfs_bin: not an executable file"
    elif command -v ipfs >/dev/null 2>&1; then
        ipfs_bin=$(command -v ipfs)
    elif [ -x "$HOME/.local/bin/ipfs" ]; then
        ipfs_bin=$HOME/.local/bin/ipfs
    elif [ "$download" = 1 ]; then
        download_kubo
    else
        kubo_advice >&2
        exit 3
    fi
    # An absolute path: the service starts without a login shell's PATH.
    case $ipfs_bin in /*) ;; *) ipfs_bin=$(cd "$(dirname "$ipfs_bin")" && pwd)/$(basename "$ipfs_bin") ;; esac
    say "Kubo: $ipfs_bin ($("$ipfs_bin" version 2>/dev/null || echo 'version unknown'))"
}

# ---- 3. the login service -----------------------------------------------------------------

find_cli() {
    if [ -n "${PHASIC_TRACES_CLI:-}" ]; then
        cli=$PHASIC_TRACES_CLI
    else
        cli=$(command -v phasic-traces-cli 2>/dev/null || true)
    fi
}

unit_dir() {
    local xdg=${XDG_CONFIG_HOME:-}
    case $xdg in /*) ;; *) xdg=$HOME/.config ;; esac # a relative value is invalid (XDG spec)
    printf '%s/systemd/user' "$xdg"
}

require_user_systemd() { # $1: what happens otherwise
    command -v systemctl >/dev/null 2>&1 ||
        die 5 "systemctl not found: this system does not use systemd; $1. Run the IPFS daemon from the Phasic Traces app instead."
    local state
    state=$(systemctl --user is-system-running 2>/dev/null || true)
    local hint=""
    [ -n "${XDG_RUNTIME_DIR:-}" ] || hint="; XDG_RUNTIME_DIR is not set"
    case $state in
    running | degraded | starting | initializing) ;;
    *) die 5 "No systemd user instance is running in this session (\`systemctl --user is-system-running\` said \"${state:-nothing}\"$hint); $1. On a desktop login this works; on a server enable lingering with \`loginctl enable-linger \$USER\` and log in again. Until then, run the IPFS daemon from the app." ;;
    esac
}

install_unit_directly() {
    [ "$os" = Linux ] ||
        die 1 "on $os the service is registered by phasic-traces-cli (not found): install Phasic Traces, then run: phasic-traces-cli service install"
    validate
    require_user_systemd "the unit was not installed"
    local dir unit
    dir=$(unit_dir)
    unit=$dir/$UNIT_NAME
    mkdir -p "$dir"
    print_unit >"$unit.tmp.$$"
    if [ -f "$unit" ] && cmp -s "$unit" "$unit.tmp.$$"; then
        rm -f "$unit.tmp.$$"
        say "unit unchanged: $unit"
    else
        mv -f "$unit.tmp.$$" "$unit"
        say "wrote $unit"
    fi
    systemctl --user daemon-reload
    systemctl --user enable "$UNIT_NAME"
    systemctl --user --no-block restart "$UNIT_NAME"
    say "started; check with: systemctl --user status $UNIT_NAME"
}

uninstall_unit_directly() {
    [ "$os" = Linux ] ||
        die 1 "on $os the service is removed by phasic-traces-cli (not found): phasic-traces-cli service uninstall"
    require_user_systemd "nothing was changed"
    local unit
    unit=$(unit_dir)/$UNIT_NAME
    systemctl --user disable --now "$UNIT_NAME" 2>/dev/null || true
    rm -f "$unit"
    systemctl --user daemon-reload
    systemctl --user reset-failed "$UNIT_NAME" 2>/dev/null || true
    say "removed the login service (Kubo and $ipfs_path are left in place)"
}

cli=""
find_cli

if [ "$action" = uninstall ]; then
    if [ -n "$cli" ]; then
        exec "$cli" service uninstall
    fi
    uninstall_unit_directly
    exit 0
fi

find_kubo

# ---- 2. the repository --------------------------------------------------------------------
check_text "IPFS_PATH" "$ipfs_path"
if [ -f "$ipfs_path/config" ]; then
    say "IPFS repository: $ipfs_path (exists)"
else
    say "initialising an IPFS repository in $ipfs_path"
    IPFS_PATH=$ipfs_path "$ipfs_bin" init
fi

if [ -n "$cli" ]; then
    cli_args=(--ipfs-bin "$ipfs_bin" service install --ipfs-path "$ipfs_path")
    for a in ${daemon_args[@]+"${daemon_args[@]}"}; do cli_args+=(--daemon-arg "$a"); done
    exec "$cli" "${cli_args[@]}"
fi
install_unit_directly
