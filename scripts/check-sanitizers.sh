#!/usr/bin/env bash
# The checking build (build-asan/): the engine and its test suites compiled by clang under
# AddressSanitizer and UndefinedBehaviorSanitizer (the CLI, the server, the workbench, the LibTorch
# recipes and their suites too), then run; then each libFuzzer target for
# FUZZ_SECONDS (default 60) from its seeds in fuzz/corpus/<target> (new inputs go to a scratch
# copy, never into the repository). Any finding, crash, leak or timeout fails; a fuzzer's
# offending input is kept in build-asan/findings/. CI runs this beside the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
# A fixed seed and a fixed number of runs make the CI part reproducible (the same inputs on any
# machine), so a red CI always points at the change; bench/fuzz_long.sh explores further.
runs="${FUZZ_RUNS:-150000}"
seed="${FUZZ_SEED:-1}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build-asan/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-asan "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g1" -DALMANAC_FUZZ=ON
fi
cmake --build build-asan --parallel "$(nproc)"

# intercept_tls_get_addr=0: the runtimes of clang up to 16 (and gcc up to 13) mistake some of
# glibc's dynamic TLS blocks for the pre-2.25 layout and read past them; LeakSanitizer's tracer
# then dies with signal 11 at exit (here: every CLI process that had trained cnnqr with LibTorch).
# Leaks are still checked; those blocks are just not scanned as roots.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:intercept_tls_get_addr=0"
export LSAN_OPTIONS="suppressions=$(pwd)/scripts/lsan-suppressions.txt"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
(cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)")

mkdir -p build-asan/findings
status=0
for target in csv filter project api; do
  scratch=$(mktemp -d)
  cp -r "fuzz/corpus/$target/." "$scratch/"
  log="build-asan/fuzz_$target.log"
  if ! "build-asan/fuzz/fuzz_$target" -seed="$seed" -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix=build-asan/findings/ "$scratch" >"$log" 2>&1; then
    echo "fuzz_$target found a problem:"; tail -40 "$log"; status=1
  fi
  echo "fuzz_$target (seed $seed, up to $runs runs or ${seconds} s): $(grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -1)"
  rm -rf "$scratch"
done
exit $status
