#!/usr/bin/env bash
# Gaps are not zeros (issue 12): forecasts of a log that lacks days 20-31 of every month
# (bench/gappy_series.py), with its gaps kept missing (--fill-middle auto, the default) against
# read as zero demand (--fill-middle zero), scored on the 14 observed days after the history.
#   usage: bench/gaps.sh [recipe ...]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gappy_series.py "$work"
recipes=("$@")
[ ${#recipes[@]} -gt 0 ] || recipes=(snaive ets theta arima mstl npts prophet auto)
echo "| recipe | gaps | MASE | mean wQL | coverage | time (s) |"
echo "|---|---|---|---|---|---|"
for recipe in "${recipes[@]}"; do
  for fill in zero auto; do
    start=$(date +%s.%N)
    ALMANAC_QUIET=1 "$cli" forecast --target "$work/train.csv" --frequency D --horizon 14 --recipe "$recipe" \
      --fill-middle "$fill" --out "$work/f.csv" >/dev/null 2>&1
    secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
    python3 ../shared/tools/eval_forecast.py "$work/train.csv" "$work/test.csv" "$work/f.csv" 7 --json \
      | python3 -c "import json,sys; m=json.load(sys.stdin); print(f\"| $recipe | $fill | {m['MASE']:.3f} | {m['mean_wQL']:.4f} | {m['p10_p90_coverage']:.3f} | $secs |\")"
  done
done
