#!/usr/bin/env bash
# Every Almanac forecasting recipe on M4 hourly (414 series, horizon 48, season 24), and R's
# forecast package on the same series in the same run, scored by ../shared/tools/eval_forecast.py.
#   usage: bench/m4_hourly.sh [R methods, default "snaive theta ets"; "none" to skip R]
#   (R's auto.arima, method "arima", takes hours on all 414 series: bench/m4_hourly_arima.sh runs
#   it beside Almanac's arima on a fixed quarter of them)
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/m4-hourly
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
r_methods=${1:-"snaive theta ets"}

row() { # label, seconds, forecast file
  python3 bench/forecast_row.py "$data/train.csv" "$data/test.csv" "$3" 24 "$1" -- "$2"
}

echo "| method | sMAPE | MASE | OWA | mean wQL | p10-p90 coverage | time (s, $(nproc) cores) |"
echo "|---|---|---|---|---|---|---|"
for recipe in naive snaive theta ets arima npts mstl auto; do
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" forecast --target "$data/train.csv" --frequency H --horizon 48 --recipe "$recipe" \
    --out "$work/$recipe.csv" 2>/dev/null
  secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  row "Almanac $recipe" "$secs" "$work/$recipe.csv"
done
if [ "$r_methods" != none ]; then
  for method in $r_methods; do
    # R writes horizon steps as 001..048: the scorer orders each item's rows by that column.
    secs=$(Rscript bench/r_forecast.R "$data/train.csv" "$method" 24 48 "$work/r-$method.csv" "$(nproc)" 2>/dev/null \
           | sed -n 's/^R [a-z]*: \([0-9.]*\) s$/\1/p')
    row "R forecast::$method" "$secs" "$work/r-$method.csv"
  done
fi
