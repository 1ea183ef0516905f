#!/usr/bin/env bash
# auto on another frequency: 150 generated monthly series (48-144 months, trend, a yearly season of
# random strength and phase, AR(1) noise), all ending the same month; horizon 18, season 12.
#   usage: bench/monthly_synthetic.sh [recipe ...]   (default: all; a recipe may carry parameters
#          as recipe:key=value, e.g. arima:fit=css)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import math, random, sys
work = sys.argv[1]
rng = random.Random(3)
train, test = open(f"{work}/train.csv", "w"), open(f"{work}/test.csv", "w")
for f in (train, test):
    f.write("item_id,timestamp,target_value\n")
end = 2016 * 12
for i in range(150):
    level, slope = rng.uniform(50, 500), rng.uniform(-0.5, 2)
    amp, phase = rng.uniform(0, 0.3), rng.uniform(0, 6.28)
    n, noise, ar = rng.randint(48, 144), rng.uniform(0.02, 0.15), 0.0
    start = end - n
    for t in range(n + 18):
        ar = 0.6 * ar + rng.gauss(0, noise)
        v = max(0.0, (level + slope * t) * (1 + amp * math.sin(2 * math.pi * (start + t) / 12 + phase)) * (1 + ar))
        idx = start + t
        (train if t < n else test).write(f"M{i},{idx // 12:04d}-{idx % 12 + 1:02d}-01,{v:.2f}\n")
PY
echo "| method | sMAPE | MASE | OWA | mean wQL | coverage |"
echo "|---|---|---|---|---|---|"
recipes=("$@")
[ ${#recipes[@]} -gt 0 ] || recipes=(naive snaive theta ets arima mstl prophet auto)
for recipe in "${recipes[@]}"; do
  name=${recipe%%:*}
  params=()
  [ "$name" = "$recipe" ] || params=(--param "${recipe#*:}")
  ALMANAC_QUIET=1 "$cli" forecast --target "$work/train.csv" --horizon 18 --recipe "$name" "${params[@]}" \
    --out "$work/f.csv" 2>/dev/null
  python3 bench/forecast_row.py "$work/train.csv" "$work/test.csv" "$work/f.csv" 12 "$recipe"
done
