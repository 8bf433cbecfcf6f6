#!/usr/bin/env bash
# Fault soak of phasic-traces-cli: ROUNDS downloads (`fetch` and `get`) through a fault-injecting
# trustless gateway and the js-ipfs node (when installed by tests/ipfs-node/setup.sh), most of
# them killed with SIGKILL at a random point, then the whole cache is verified. Prints rounds,
# faults injected, faults detected and corrupt files found (which must be 0).
#   tests/soak/soak.sh [ROUNDS=50] [driver options: --seed S --no-node]
# Builds soak_driver and phasic-traces-cli in PT_BUILD_DIR (build/dev) when needed.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$src"
build="${PT_BUILD_DIR:-build/dev}"
rounds="${1:-50}"
shift || true
[ -f "$build/CMakeCache.txt" ] || cmake --preset dev >/dev/null
cmake --build "$build" -j "${PT_JOBS:-$(nproc)}" --target soak_driver phasic-traces-cli >/dev/null
echo "soak: machine $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$build/tests/soak/soak_driver" --rounds "$rounds" \
  --cli "$build/app/phasic-traces-cli" "$@"
