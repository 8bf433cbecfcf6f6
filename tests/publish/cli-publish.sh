#!/bin/sh
# End-to-end checks of `publish --dry-run`, the offline patch and `registry-edit`:
#   cli-publish.sh <phasic-traces-cli> <tests/data/publish>
# The package's root CID must equal what `cid` computes for the built directory, for two
# profiles, and building twice must give the same CID.
set -u
cli=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check <description> <command...>
    desc=$1
    shift
    if "$@"; then echo "ok   - $desc"; else echo "FAIL - $desc"; failures=$((failures + 1)); fi
}
field() { # field <name> <file>: the first "name": "value" of an indented JSON file
    sed -n "s/^ *\"$1\": \"\\([^\"]*\\)\".*/\\1/p" "$2" | head -n 1
}
pub() { # pub <outdir> <profile> [more args]: a dry run with --json into $work/out.json
    out=$1
    profile=$2
    shift 2
    "$cli" --cache-dir "$work/cache" --json publish --dry-run --trace "$data/package/kingman_n5.json" \
        --metadata "$data/package/metadata.json" --id coal_cli --profile "$profile" \
        --out "$out" "$@" >"$work/out.json" 2>"$work/err"
}

for profile in kubo-v0 unixfs-v1-2025; do
    pub "$work/pkg-$profile" "$profile"
    check "$profile: dry run exits 0" [ $? -eq 0 ]
    root=$(field rootCid "$work/out.json")
    cid=$("$cli" --cache-dir "$work/cache" cid --profile "$profile" "$work/pkg-$profile")
    check "$profile: root CID $root equals cid's $cid" [ -n "$root" ] && [ "$root" = "$cid" ]
    pub "$work/again-$profile" "$profile"
    check "$profile: a second build gives the same CID" [ "$(field rootCid "$work/out.json")" = "$root" ]
done

# The registry diff in a dry run, and the offline patch applying with git.
cp "$data/registry/registry-d7430d6.json" "$work/registry.json"
pub "$work/pkg-diff" kubo-v0 --registry-file "$work/registry.json"
check "dry run with a registry shows the diff" grep -q '"diff": "--- a/registry.json' "$work/out.json"
check "dry run left the registry alone" cmp -s "$data/registry/registry-d7430d6.json" "$work/registry.json"
"$cli" --cache-dir "$work/cache" publish --offline --trace "$data/package/kingman_n5.json" \
    --metadata "$data/package/metadata.json" --id coal_cli --registry-file "$work/registry.json" \
    --patch-out "$work/x.patch" >"$work/offline.out" 2>&1
check "offline publish exits 0" [ $? -eq 0 ]
check "offline publish prints the compare URL" \
    grep -q 'https://github.com/munch-group/phasic-traces/compare/master\.\.\..*:phasic-publish/coal_cli?expand=1' "$work/offline.out"
check "offline publish prints the add/pin step" grep -q 'add/pin: run `phasic-traces-cli add' "$work/offline.out"
if command -v git >/dev/null 2>&1; then
    mkdir "$work/repo"
    cp "$data/registry/registry-d7430d6.json" "$work/repo/registry.json"
    (cd "$work/repo" && git init -q && git apply --check "$work/x.patch")
    check "the patch applies (git apply --check)" [ $? -eq 0 ]
fi

# registry-edit: add then remove gives the original bytes; a duplicate id is refused.
cp "$data/registry/registry.json" "$work/reg2.json"
"$cli" registry-edit add-entry --registry-file "$work/reg2.json" --id test_nonascii \
    --entry "$data/entry-v2.json" >"$work/diff" 2>"$work/err"
check "add-entry exits 0" [ $? -eq 0 ]
check "add-entry gives Python's bytes" cmp -s "$work/reg2.json" "$data/registry-v2-added.json"
"$cli" registry-edit add-entry --registry-file "$work/reg2.json" --id test_nonascii \
    --entry "$data/entry-v2.json" >/dev/null 2>"$work/err"
check "a duplicate id exits 2" [ $? -eq 2 ]
check "the refusal names the id" grep -q 'id "test_nonascii" is already registered' "$work/err"
"$cli" registry-edit remove-entry --registry-file "$work/reg2.json" --id test_nonascii >/dev/null 2>&1
check "remove-entry restores the original bytes" cmp -s "$work/reg2.json" "$data/registry/registry.json"

# v2: a (synthetic, minimal) PTDPRMC1 artifact named by its graph hash: header + 1 command,
# 1 mem double, 1 vertex = 56 + 128 + 8 + 8 = 200 bytes.
hash=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
bin="$work/$hash.bin"
{
    printf 'PTDPRMC1\001\000\000\000\002\000\000\000'
    printf '\252\252\252\252\252\252\252\252'
    printf '\001\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000'
    printf '\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'
    head -c 144 /dev/zero
} >"$bin"
cp "$data/registry/registry.json" "$work/reg3.json"
"$cli" --json publish --dry-run --artifact "$bin" --metadata "$data/package/metadata.json" \
    --id coal_v2 --registry-file "$work/reg3.json" >"$work/v2.json" 2>"$work/err"
check "v2 dry run exits 0" [ $? -eq 0 ]
check "v2 diff adds the compute with its graph hash" grep -qF '+    \"coal_v2\": {' "$work/v2.json"
check "v2 entry has the artifact size" grep -q '"size_bytes": 200' "$work/v2.json"
mkdir "$work/short"
head -c 199 "$bin" >"$work/short/$hash.bin"
"$cli" publish --dry-run --artifact "$work/short/$hash.bin" --metadata "$data/package/metadata.json" \
    --id coal_v2 >/dev/null 2>"$work/err"
check "a truncated artifact is refused (exit 2)" [ $? -eq 2 ]
check "the refusal gives the size formula" grep -q '56 + 128' "$work/err"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
