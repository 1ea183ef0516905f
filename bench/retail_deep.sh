#!/usr/bin/env bash
# The global deep recipes on generated retail demand whose price and promotion effects are known
# (bench/retail_series.py: daily item x store series over two years, prices and promotions known
# through the 28-day horizon, 30% intermittent items), each with and without the related series,
# beside snaive and ets, all in one run; scored by ../shared/tools/eval_forecast.py (season 7).
# Wall time is the whole command (reading, training with early stopping, forecasting).
#   usage: bench/retail_deep.sh [SERIES, default 1000] [SEED, default 2024]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
series=${1:-1000}
seed=${2:-2024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/retail_series.py "$series" "$work" "$seed"

run() { # label, recipe, extra arguments...
  local label=$1 recipe=$2
  shift 2
  local start
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" forecast --target "$work/train.csv" --dimensions store_id --frequency D --horizon 28 \
    --recipe "$recipe" "$@" --out "$work/out.csv" 2>/dev/null
  python3 bench/forecast_row.py "$work/train.csv" "$work/test.csv" "$work/out.csv" 7 "$label" -- \
    "$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")"
}

echo "$series series, seed $seed, $(nproc) cores"
echo "| method | sMAPE | MASE | OWA | mean wQL | p10-p90 coverage | time (s) |"
echo "|---|---|---|---|---|---|---|"
run "snaive" snaive
run "ets" ets
run "deepar without related series" deepar
run "deepar with price and promotion" deepar --related "$work/related.csv"
run "cnnqr without related series" cnnqr
run "cnnqr with price and promotion" cnnqr --related "$work/related.csv"
run "cnnqr, their past only (use_related_data=historical)" cnnqr --related "$work/related.csv" --param use_related_data=historical
