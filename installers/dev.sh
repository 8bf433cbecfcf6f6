#!/usr/bin/env bash
# One entry point for people and CI. Each subcommand installs what it needs first.
#   installers/dev.sh run      install deps, build (Release) and start the desktop app
#   installers/dev.sh test     install deps + test helpers, build, run the whole suite
#   installers/dev.sh fuzz [SECONDS]   build the libFuzzer targets (clang) and run each
#   installers/dev.sh asan     build the whole suite with ASan + UBSan (build/asan) and run it
#   installers/dev.sh package  build the .deb from build/dev, install it, check it, remove it
#   installers/dev.sh bench    build and run every benchmark, print one table (tests/bench/run.sh)
#   installers/dev.sh soak [ROUNDS]    the fault soak (tests/soak/soak.sh), 50 rounds by default
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="${PT_JOBS:-$(nproc)}"

cmd="${1:-}"
shift || true
case "$cmd" in
  run)
    installers/deps-debian.sh
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$jobs"
    exec build/release/app/phasic-traces "$@"
    ;;
  test)
    installers/deps-debian.sh
    # npm test helpers (the js-ipfs node, the JS UnixFS importer for cross-checks): every
    # tests/**/setup.sh installs its own and is a no-op when already up to date.
    while IFS= read -r setup; do
      "$setup"
    done < <(find tests -name setup.sh -not -path '*/node_modules/*' | sort)
    cmake --preset dev >/dev/null
    cmake --build --preset dev -j "$jobs"
    ctest --preset dev -j "$jobs" --timeout 900
    installers/linux/package-test.sh build/dev
    installers/dev.sh fuzz "${PT_FUZZ_SECONDS:-10}"
    ;;
  fuzz)
    installers/deps-debian.sh
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$jobs"
    tests/fuzz/run.sh build/fuzz/tests/fuzz "${1:-10}"
    ;;
  asan)
    installers/deps-debian.sh
    # The same npm test helpers as `test`, so the sanitized run covers the same tests.
    while IFS= read -r setup; do
      "$setup"
    done < <(find tests -name setup.sh -not -path '*/node_modules/*' | sort)
    # A cold ASan build is ~35 min on 2 cores; with ccache warm it is mostly linking.
    launcher=()
    if command -v ccache >/dev/null; then
      launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset asan "${launcher[@]}" >/dev/null
    # PT_ASAN_TARGETS: build only these (e.g. a CI subset; pass the matching ctest -R/-L).
    if [ -n "${PT_ASAN_TARGETS:-}" ]; then
      # shellcheck disable=SC2086 # a list of target names
      cmake --build --preset asan -j "$jobs" --target ${PT_ASAN_TARGETS}
    else
      cmake --build --preset asan -j "$jobs"
    fi
    # The asan test preset sets ASAN_OPTIONS/UBSAN_OPTIONS: any finding, leaks included (the
    # whole suite ran clean with detect_leaks=1, no suppressions needed), aborts the test.
    ctest --preset asan -j "$jobs" "$@"
    ;;
  package)
    installers/deps-debian.sh
    cmake --preset dev >/dev/null
    cmake --build --preset dev -j "$jobs"
    installers/linux/package-test.sh build/dev
    ;;
  bench)
    installers/deps-debian.sh
    tests/bench/run.sh "$@"
    ;;
  soak)
    installers/deps-debian.sh
    tests/soak/soak.sh "$@"
    ;;
  *)
    echo "usage: installers/dev.sh run|test|fuzz [seconds]|asan|package|bench|soak [rounds]" >&2
    exit 2
    ;;
esac
