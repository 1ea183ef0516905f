#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz/) and runs each for FUZZ_SECONDS (default 60) from the
# seeds in fuzz/corpus/<target>; new inputs go to a scratch copy, never into the repository.
# Any crash, sanitizer finding, timeout or leak fails the run; the offending input is kept in
# build-fuzz/findings/ to be added to the corpus once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g1" -DALMANAC_FUZZ=ON
fi
cmake --build build-fuzz --parallel "$(nproc)"
mkdir -p build-fuzz/findings
status=0
for target in csv filter project; do
  scratch=$(mktemp -d)
  cp -r "fuzz/corpus/$target/." "$scratch/"
  echo "fuzz_$target: ${seconds} s"
  if ! ASAN_OPTIONS="detect_leaks=1" "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=build-fuzz/findings/ \
       "$scratch" 2>"build-fuzz/fuzz_$target.log"; then
    echo "fuzz_$target found a problem:"; tail -40 "build-fuzz/fuzz_$target.log"; status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "build-fuzz/fuzz_$target.log" | tail -3 || true
  rm -rf "$scratch"
done
exit $status
