#!/usr/bin/env bash
# auto on short yearly series: 120 generated series (13-40 years, growth that drifts and damps,
# multiplicative noise), all ending 2019, horizon 6, scored with season 1 (as M4 yearly).
#   usage: bench/yearly_synthetic.sh [recipe ...]   (default: naive theta ets arima auto)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
rng = random.Random(11)
train, test = open(f"{work}/train.csv", "w"), open(f"{work}/test.csv", "w")
for f in (train, test):
    f.write("item_id,timestamp,target_value\n")
for i in range(120):
    n = rng.randint(13, 40)
    v, growth = rng.uniform(1000, 8000), rng.uniform(-0.01, 0.06)
    damping, noise = rng.uniform(0.85, 1.0), rng.uniform(0.01, 0.08)
    for t in range(n + 6):
        growth = growth * damping + rng.gauss(0, 0.01)
        v = v * (1 + growth) * (1 + rng.gauss(0, noise))
        (train if t < n else test).write(f"Y{i},{2020 - n + t}-01-01,{max(v, 0):.2f}\n")
PY
recipes=("$@")
[ ${#recipes[@]} -gt 0 ] || recipes=(naive theta ets arima auto)
echo "| method | sMAPE | MASE | OWA | mean wQL | coverage | time (s) |"
echo "|---|---|---|---|---|---|---|"
for recipe in "${recipes[@]}"; do
  start=$(date +%s.%N)
  "$cli" forecast --target "$work/train.csv" --frequency Y --horizon 6 --recipe "$recipe" --out "$work/f.csv" >/dev/null 2>&1
  secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  python3 bench/forecast_row.py "$work/train.csv" "$work/test.csv" "$work/f.csv" 1 "$recipe" -- "$secs"
done
