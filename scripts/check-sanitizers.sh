#!/usr/bin/env bash
# The engine and its test suites built with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/), then run: any finding fails (CI runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build-asan/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-asan "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g1" -DALMANAC_ENGINE_ONLY=ON -DALMANAC_SANITIZE=ON
fi
cmake --build build-asan --parallel "$(nproc)"
cd build-asan
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/../scripts/lsan-suppressions.txt"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
