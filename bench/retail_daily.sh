#!/usr/bin/env bash
# Daily retail demand (auto's other-frequency check on intermittent, promotion-driven data): the
# generated sample (120 items, 2024-01-01..2025-12-31) for each seed given, the last 28 days held
# out, every recipe forecasting 28 days from the rest, scored by eval_forecast.py with season 7.
#   usage: bench/retail_daily.sh [seed ...]   (default: 2024 7 99; seeds give different data)
#   RECIPES="arima auto" to run fewer recipes; ARGS="--related" adds prices and promotions
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(2024 7 99)
read -r -a recipes <<< "${RECIPES:-naive snaive theta ets arima npts mstl prophet auto}"

echo "| seed | method | sMAPE | MASE | OWA | mean wQL | p10-p90 coverage | time (s) |"
echo "|---|---|---|---|---|---|---|---|"
for seed in "${seeds[@]}"; do
  dir=$work/$seed
  mkdir -p "$dir"
  "$cli" sample --out "$dir/s.almanac" --csv-dir "$dir" --seed "$seed" >/dev/null 2>&1
  python3 - "$dir" <<'PY'
import csv, sys
d = sys.argv[1]
rows = list(csv.reader(open(f"{d}/retail_demand.csv")))[1:]
last = max(r[1] for r in rows)
days = sorted({r[1] for r in rows})
cut = days[-28]
with open(f"{d}/train.csv", "w", newline="") as tr, open(f"{d}/test.csv", "w", newline="") as te:
    wt, we = csv.writer(tr), csv.writer(te)
    for w in (wt, we):
        w.writerow(["item_id", "timestamp", "target_value"])
    for r in rows:
        (wt if r[1] < cut else we).writerow(r)
PY
  related=()
  [ "${ARGS:-}" != "--related" ] || related=(--related "$dir/retail_prices.csv")
  for recipe in "${recipes[@]}"; do
    start=$(date +%s.%N)
    ALMANAC_QUIET=1 "$cli" forecast --target "$dir/train.csv" --frequency D --horizon 28 --recipe "$recipe" \
      "${related[@]}" --out "$dir/f.csv" 2>/dev/null
    secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
    python3 bench/forecast_row.py "$dir/train.csv" "$dir/test.csv" "$dir/f.csv" 7 "$seed" "$recipe" -- "$secs"
  done
done
