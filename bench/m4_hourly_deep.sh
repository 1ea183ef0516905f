#!/usr/bin/env bash
# The deep recipes on M4 hourly (414 series, horizon 48, season 24) beside the statistical ones
# and R's forecast package in the same run, scored by ../shared/tools/eval_forecast.py.
#   usage: bench/m4_hourly_deep.sh [R methods, default "snaive ets"; "none" to skip R]
# Wall time is the whole command (reading, training with early stopping, sampling 100 paths).
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/m4-hourly
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
r_methods=${1:-"snaive ets"}

row() { # label, seconds, forecast file
  python3 bench/forecast_row.py "$data/train.csv" "$data/test.csv" "$3" 24 "$1" -- "$2"
}
run() { # label, recipe, extra arguments...
  local label=$1 recipe=$2
  shift 2
  local start
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" forecast --target "$data/train.csv" --frequency H --horizon 48 --recipe "$recipe" "$@" \
    --out "$work/$recipe.csv" 2>/dev/null
  row "$label" "$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")" "$work/$recipe.csv"
}

echo "| method | sMAPE | MASE | OWA | mean wQL | p10-p90 coverage | time (s, $(nproc) cores) |"
echo "|---|---|---|---|---|---|---|"
run "Almanac snaive" snaive
run "Almanac ets" ets
run "Almanac deepar (defaults)" deepar
run "Almanac cnnqr (defaults)" cnnqr
if [ "$r_methods" != none ]; then
  for method in $r_methods; do
    secs=$(Rscript bench/r_forecast.R "$data/train.csv" "$method" 24 48 "$work/r-$method.csv" "$(nproc)" 2>/dev/null \
           | sed -n 's/^R [a-z]*: \([0-9.]*\) s$/\1/p')
    row "R forecast::$method" "$secs" "$work/r-$method.csv"
  done
fi
