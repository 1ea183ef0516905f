#!/usr/bin/env bash
# A longer fuzzing run than CI's (FUZZ_SECONDS, default 300 per target) on the checking build
# (build-asan/, made by scripts/check-sanitizers.sh), from the seeds in fuzz/corpus: prints each
# target's executions, coverage and findings for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-300}"
[ -x build-asan/fuzz/fuzz_csv ] || { echo "build the checking build first: FUZZ_SECONDS=1 bash scripts/check-sanitizers.sh" >&2; exit 2; }
mkdir -p build-asan/findings
for target in csv filter project api; do
  scratch=$(mktemp -d)
  cp -r "fuzz/corpus/$target/." "$scratch/"
  log="build-asan/fuzz_long_$target.log"
  rc=0
  "build-asan/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix=build-asan/findings/ "$scratch" >"$log" 2>&1 || rc=$?
  execs=$(grep -oP 'stat::number_of_executed_units: \K[0-9]+' "$log" || echo "?")
  cov=$(grep -oP '^#[0-9]+\s+DONE\s+cov: \K[0-9]+' "$log" || grep -oP 'cov: \K[0-9]+' "$log" | tail -1 || echo "?")
  corpus=$(ls "$scratch" | wc -l)
  echo "fuzz_$target: ${seconds} s, ${execs} executions, coverage ${cov} edges, corpus ${corpus} inputs, exit ${rc} ($([ "$rc" = 0 ] && echo 'no findings' || echo 'FINDING, see build-asan/findings'))"
  rm -rf "$scratch"
done
