#!/bin/sh
# End-to-end check of `phasic-traces-cli login/logout` against a real keyring. Run through
# with-keyring.sh (tests/core/CMakeLists.txt):  cli-login.sh <phasic-traces-cli> <tst_secrets>
# tst_secrets --child-read is an independent reader: it proves the token is in the keyring.
set -u
cli=$1
reader=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check <description> <command...>
    desc=$1
    shift
    if "$@"; then echo "ok   - $desc"; else echo "FAIL - $desc"; failures=$((failures + 1)); fi
}
run() { # run <stdin-file> <args...>: sets rc, out, err
    in=$1
    shift
    "$cli" --cache-dir "$work/cache" "$@" <"$in" >"$work/out" 2>"$work/err"
    rc=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}
token=ghp_CliLoginTestToken0123456789abcdefABCD
printf '%s\n' "$token" >"$work/token"
: >"$work/empty"

if [ "${PT_KEYRING:-}" = none ]; then
    run "$work/token" login github --token-stdin
    check "no secret service: exit 5" [ "$rc" -eq 5 ]
    check "no secret service: clear message" \
        sh -c 'grep -q "No secret service is running (org.freedesktop.secrets)" "$1"' - "$work/err"
    check "token not echoed" sh -c '! grep -q "$1" "$2"' - "$token" "$work/err"
    exit $failures
fi
[ "${PT_KEYRING:-}" = real ] || { echo "run me through with-keyring.sh" >&2; exit 1; }

# A settings file with one PSA pinning service, so --status lists it too.
mkdir -p "$work/cache/config"
printf '[General]\nsettings_version=1\n[publish]\npinning_services\\1\\name=lab\npinning_services\\1\\kind=psa\npinning_services\\1\\endpoint=https://pin.example.org/psa\npinning_services\\size=1\n' \
    >"$work/cache/config/phasic-traces.ini"

run "$work/empty" --json login --status
check "status before: exit 0" [ "$rc" -eq 0 ]
check "status lists psa:lab" sh -c 'grep -q "\"service\": \"psa:lab\"" "$1"' - "$work/out"
check "status before: nothing stored" sh -c '! grep -q "\"stored\": true" "$1"' - "$work/out"

run "$work/token" login github --token-stdin
check "login: exit 0" [ "$rc" -eq 0 ]
check "login: token not echoed" sh -c '! grep -q "$1" "$2" "$3"' - "$token" "$work/out" "$work/err"
check "independent reader finds the token" [ "$("$reader" --child-read github default)" = "$token" ]

run "$work/token" login psa lab --token-stdin --account ci
check "login psa: exit 0" [ "$rc" -eq 0 ]
check "psa token under psa:lab/ci" [ "$("$reader" --child-read psa:lab ci)" = "$token" ]

run "$work/empty" --json login --status
check "status after: github stored" \
    sh -c 'tr -d " \n" <"$1" | grep -q "\"keychain_service\":\"phasic-traces/github\",\"service\":\"github\",\"stored\":true"' - "$work/out"
check "status: values not shown" sh -c '! grep -q "$1" "$2"' - "$token" "$work/out"

run "$work/empty" login github --token "$token"
check "--token VALUE refused with exit 2" [ "$rc" -eq 2 ]
check "refusal explains process list" sh -c 'grep -q "process list" "$1"' - "$work/err"
check "refusal does not echo the token" sh -c '! grep -q "$1" "$2"' - "$token" "$work/err"
run "$work/empty" login github "$token"
check "token as argument refused" [ "$rc" -eq 2 ]
run "$work/empty" login github
check "no terminal and no --token-stdin: exit 2" [ "$rc" -eq 2 ]

run "$work/empty" logout github
check "logout: exit 0" [ "$rc" -eq 0 ]
"$reader" --child-read github default >/dev/null 2>&1
check "after logout the keyring has no entry" [ $? -eq 1 ]
run "$work/empty" --json logout github
check "second logout: exit 3 (nothing stored)" [ "$rc" -eq 3 ]
check "second logout json" sh -c 'grep -q "\"removed\": false" "$1"' - "$work/out"
run "$work/empty" logout psa lab --account ci
check "logout psa: exit 0" [ "$rc" -eq 0 ]

# The token was written to no file (settings, cache, $HOME): only the keyring had it.
check "token in no file" sh -c '! grep -rqs "$1" "$2/cache" "$HOME"' - "$token" "$work"
exit $failures
