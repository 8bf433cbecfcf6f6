#!/usr/bin/env bash
# One command for every benchmark: builds what is missing (dev preset), runs each side by side
# with its reference tool in the same run, and prints one table with the machine and its load.
#   tests/bench/run.sh [--no-build]
# Environment: PT_BUILD_DIR (build/dev), BENCH_IMPORT_MIB (256), BENCH_FETCH_MIB (256),
#   BENCH_REGISTRY_ENTRIES (100000), BENCH_GUI_ENTRIES (10000).
# Benchmarks are only meaningful on a quiet machine: the load before and after is printed.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$src"
build="${PT_BUILD_DIR:-build/dev}"
import_mib="${BENCH_IMPORT_MIB:-256}"
fetch_mib="${BENCH_FETCH_MIB:-256}"
reg_entries="${BENCH_REGISTRY_ENTRIES:-100000}"
gui_entries="${BENCH_GUI_ENTRIES:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" != "--no-build" ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake --preset dev >/dev/null
  targets=(bench_import bench_fetch bench_registry)
  # Optional targets (the GUI and its filter benchmark) are built when the project has them.
  for t in phasic-traces bench_ui_filter; do
    if cmake --build "$build" --target help 2>/dev/null | grep -q "^$t:"; then targets+=("$t"); fi
  done
  cmake --build "$build" -j "${PT_JOBS:-$(nproc)}" --target "${targets[@]}" >"$work/build.log" 2>&1 ||
    { tail -n 30 "$work/build.log"; echo "bench: build failed" >&2; exit 1; }
fi

bin="$build/tests/bench"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || uname -m)"
cores="$(nproc)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name, log, command...
  local name="$1" log="$2"
  shift 2
  if [ ! -x "$1" ]; then echo "not built" >"$log"; return 0; fi
  echo "== $name" >&2
  "$@" >"$log" 2>&1 || echo "FAILED (exit $?)" >>"$log"
}

run bench_import "$work/import.log" "$bin/bench_import" "$import_mib" 3
run bench_fetch "$work/fetch.log" "$bin/bench_fetch" "$fetch_mib"
run bench_registry "$work/registry.log" "$bin/bench_registry" "$reg_entries"
run bench_ui_filter "$work/uifilter.log" "$bin/bench_ui_filter"

# GUI startup with a generated v1 registry of $gui_entries entries, on the offscreen platform.
gui="$build/app/phasic-traces"
gui_ms="not built"
gui_rss="not built"
if [ -x "$gui" ]; then
  if QT_QPA_PLATFORM=offscreen "$gui" --help 2>/dev/null | grep -q -- --measure-startup; then
    reg="$work/registry-${gui_entries}.json"
    awk -v n="$gui_entries" 'BEGIN {
      printf "{\n  \"version\": \"1.0.0\",\n  \"updated\": \"2025-10-21\",\n  \"traces\": {\n"
      for (i = 0; i < n; i++) {
        printf "    \"bench_trace_%06d\": {\n      \"cid\": \"QmVkwhG6dmPR3Mt9DwMLuD3ShAShMGArs3MMoPEkEG7VLK\",\n", i
        printf "      \"description\": \"Generated trace %d for the startup benchmark\",\n", i
        printf "      \"metadata\": {\"model_type\": \"coalescent\", \"domain\": \"population-genetics\", \"param_length\": 1, \"vertices\": %d, \"description\": \"Generated trace %d\", \"parameters\": [{\"name\": \"theta\", \"description\": \"Scaled mutation rate\", \"domain\": \"[0, inf)\"}], \"created\": \"2025-10-21\", \"author\": \"Bench <bench@example.org>\", \"tags\": [\"coalescent\", \"bench\", \"t%d\"], \"license\": \"MIT\"},\n", 2 + i % 40, i, i % 100
        printf "      \"files\": {\"trace.json.gz\": {\"cid\": \"QmVkwhG6dmPR3Mt9DwMLuD3ShAShMGArs3MMoPEkEG7VLK\", \"size_bytes\": 703}},\n"
        printf "      \"checksum\": \"sha256:76984a2c7ad3e5dc655b5d6092f934e829845ff09ce8c47bee8e0d842bd29683\",\n      \"license\": \"MIT\"\n    }%s\n", (i + 1 < n ? "," : "")
      }
      printf "  },\n  \"collections\": {},\n  \"pinning_services\": {}\n}\n"
    }' >"$reg"
    echo "== phasic-traces --measure-startup" >&2
    timer=()
    [ -x /usr/bin/time ] && timer=(/usr/bin/time -f 'maxrss_kib %M wall_s %e' -o "$work/gui.time")
    if QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "${timer[@]}" "$gui" --measure-startup \
         --no-daemon --registry "file://$reg" --cache-dir "$work/gui-cache" >"$work/gui.log" 2>&1; then
      # The app prints "first painted window: N ms since process start" and, once the index is
      # built, "registry table painted: N ms since process start".
      first="$(awk '/^first painted window:/ {print $4; exit}' "$work/gui.log")"
      table="$(awk '/^registry table painted:/ {print $4; exit}' "$work/gui.log")"
      gui_ms="${first:-?} ms window, ${table:-?} ms table"
      if [ -f "$work/gui.time" ]; then
        gui_rss="$(awk '/maxrss_kib/ {printf "%.0f MiB", $2 / 1024}' "$work/gui.time")"
      else
        gui_rss="$(grep -oiE 'rss[^0-9]*[0-9]+(\.[0-9]+)? ?[KMG]i?B' "$work/gui.log" | head -n1)"
      fi
    else
      gui_ms="failed (see below)"
      gui_rss="-"
    fi
  else
    gui_ms="not built (no --measure-startup yet)"
    gui_rss="not built"
  fi
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

field() { grep -m1 -oE "$2" "$1" 2>/dev/null | head -n1 || true; }
num() { grep -oE '[0-9]+(\.[0-9]+)?' <<<"$1" | head -n1 || true; }
status() {
  if grep -q '^not built' "$1" 2>/dev/null; then echo "not built"
  elif grep -q FAILED "$1" 2>/dev/null; then echo "FAILED"
  fi
}

openssl_line="$(field "$work/import.log" 'openssl dgst -sha256 *: *[0-9.]+')"
openssl_mbs="$(num "${openssl_line#*:}")"
imp_v0="$(field "$work/import.log" 'import kubo-v0[^(]*')"
imp_2025="$(field "$work/import.log" 'import unixfs-v1-2025[^(]*')"
curl_mbs="$(grep -m1 '^curl' "$work/fetch.log" 2>/dev/null | awk '{print $(NF-1)}' || true)"
ours_mbs="$(grep -m1 '^phasic-traces verified fetch' "$work/fetch.log" 2>/dev/null | awk '{print $(NF-1)}' || true)"
fetch_ratio="$(grep -m1 '^ratio' "$work/fetch.log" 2>/dev/null | sed -E 's/^[^)]*\) *([0-9.]+).*/\1/' || true)"
reg_v1="$(awk '/^== v1/ {f=1} f && /^load \(parse/ {print $6; exit}' "$work/registry.log" 2>/dev/null || true)"
reg_v2="$(awk '/^== v2/ {f=1} f && /^load \(parse/ {print $6; exit}' "$work/registry.log" 2>/dev/null || true)"
qjson_v1="$(awk '/^== v1/ {f=1} f && /^reference/ {print $4; exit}' "$work/registry.log" 2>/dev/null || true)"
qjson_v2="$(awk '/^== v2/ {f=1} f && /^reference/ {print $4; exit}' "$work/registry.log" 2>/dev/null || true)"
# Over every search of both formats: the slowest median and the slowest single run.
search_worst="$(awk '/^  search / { for (i = 1; i < NF; i++) { if ($i == "median" && $(i + 1) > m) m = $(i + 1); if ($i == "max" && $(i + 1) > x) x = $(i + 1) } }
  END { if (m != "") printf "%.1f / %.1f", m, x }' "$work/registry.log" 2>/dev/null || true)"
ui_filter="$(status "$work/uifilter.log")"
# Per keystroke through the real browser (search on the pool + model), without the debounce.
[ -n "$ui_filter" ] || ui_filter="$(awk '/^browser path.*keystrokes/ { for (i = 1; i < NF; i++) { if ($i == "median" && !m) m = $(i + 1); if ($i == "p95") p = $(i + 1); if ($i == "max" && !x) x = $(i + 1) } sub(/,$/, "", m); sub(/,$/, "", p); sub(/,$/, "", x); printf "median %s / p95 %s / max %s ms", m, p, x; exit }' "$work/uifilter.log")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f x", a / b; else print "-" }'; }
v0_mbs="$(num "${imp_v0#*:}")"
v2025_mbs="$(num "${imp_2025#*:}")"

echo
echo "Phasic Traces benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $cpu, $cores cores; load average before $load_before, after $load_after"
echo
printf '| %-44s | %-22s | %-22s | %-10s |\n' "figure" "ours" "reference" "ratio"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "$(printf -- '-%.0s' {1..24})" "$(printf -- '-%.0s' {1..24})" "$(printf -- '-%.0s' {1..12})"
row() { printf '| %-44s | %-22s | %-22s | %-10s |\n' "$@"; }
s="$(status "$work/import.log")"
row "CID import kubo-v0, ${import_mib} MiB (MB/s)" "${s:-$v0_mbs}" "openssl ${openssl_mbs:--}" "$(ratio "$v0_mbs" "$openssl_mbs")"
row "CID import unixfs-v1-2025, ${import_mib} MiB (MB/s)" "${s:-$v2025_mbs}" "openssl ${openssl_mbs:--}" "$(ratio "$v2025_mbs" "$openssl_mbs")"
s="$(status "$work/fetch.log")"
row "verified download, ${fetch_mib} MiB (MB/s)" "${s:-$ours_mbs}" "curl ${curl_mbs:--}" "${fetch_ratio:+$fetch_ratio x}"
s="$(status "$work/registry.log")"
row "registry load v1, ${reg_entries} entries (ms)" "${s:-$reg_v1}" "QJsonDocument ${qjson_v1:--}" "$(ratio "$qjson_v1" "$reg_v1")"
row "registry load v2, ${reg_entries} entries (ms)" "${s:-$reg_v2}" "QJsonDocument ${qjson_v2:--}" "$(ratio "$qjson_v2" "$reg_v2")"
row "registry search, slowest median / max (ms)" "${s:-$search_worst}" "goal < 10" ""
row "GUI startup, ${gui_entries}-entry registry" "$gui_ms" "" ""
row "GUI peak RSS" "$gui_rss" "" ""
row "UI filter at 100k, per keystroke" "$ui_filter" "goal < 10 ms" ""
echo
echo "Ratios: import = ours / openssl throughput; download = ours / curl throughput;"
echo "registry = QJsonDocument-only parse time / our parse + index time (higher is better)."
echo "Goals: import >= 1 x, download >= 0.8 x, registry load < 300 ms, search < 10 ms."
for f in import fetch registry uifilter gui; do
  if [ -f "$work/$f.log" ] && grep -qE 'FAILED|failed' "$work/$f.log"; then
    echo "--- $f output:"
    tail -n 20 "$work/$f.log"
  fi
done
if [ -n "${BENCH_VERBOSE:-}" ]; then
  for f in import fetch registry uifilter gui; do
    [ -f "$work/$f.log" ] && { echo "--- $f"; cat "$work/$f.log"; }
  done
fi
