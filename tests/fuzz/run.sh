#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each, starting from its seed corpus.
# New corpus entries go to a scratch copy (the checked-in seeds stay small); a crash input is
# copied to regressions/<name>/ so it is replayed by every ordinary build from then on.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS [NAME...]]   (NAME: e.g. archive; default: every target)
set -euo pipefail
bin_dir="$1"
seconds="${2:-10}"
shift 2 || shift $#
only=("$@")
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
# UBSan is built in recover mode for the fuzz preset; stop at the first report so undefined
# behaviour counts as a crash (and its input is kept) instead of scrolling past in the log.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
trap 'rm -rf "$work"' EXIT
status=0
ran=0
for target in "$bin_dir"/fuzz_*; do
  if [ ! -f "$target" ] || [ ! -x "$target" ]; then continue; fi  # skip *_autogen folders
  name="$(basename "$target")"
  short="${name#fuzz_}"
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $short "* ]]; then continue; fi
  mkdir -p "$work/$short" "$work/artifacts-$short"
  [ -d "$src/corpus/$short" ] && cp -r "$src/corpus/$short/." "$work/$short/"
  echo "== $name: ${seconds}s"
  if ! "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$work/artifacts-$short/" -print_final_stats=1 "$work/$short" \
       > "$work/$short.log" 2>&1; then
    status=1
    mkdir -p "$src/regressions/$short"
    cp "$work/artifacts-$short/"* "$src/regressions/$short/" 2>/dev/null || true
    tail -n 40 "$work/$short.log"
    echo "!! $name found a crash; input kept in tests/fuzz/regressions/$short/"
  else
    grep -E 'stat::number_of_executed_units|stat::new_units_added' "$work/$short.log" | tr '\n' ' '
    echo
  fi
  ran=$((ran + 1))
done
echo "fuzz: $ran targets, ${seconds}s each, status $status"
[ "$ran" -gt 0 ] || { echo "fuzz: no targets found in $bin_dir" >&2; exit 1; }
exit $status
