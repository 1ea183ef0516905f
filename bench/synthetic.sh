#!/usr/bin/env bash
# auto away from M4 hourly, on generated series (bench/synthetic_series.py says what they are):
# monthly (horizon 18, scored with season 12) or short yearly (horizon 6, season 1, as M4 yearly).
#   usage: bench/synthetic.sh monthly|yearly [recipe ...]   (default: every recipe; a recipe may
#          carry parameters as recipe:key=value, e.g. arima:fit=css)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
kind=${1:?monthly or yearly}
shift
case $kind in
  monthly) frequency=M horizon=18 season=12 ;;
  yearly) frequency=Y horizon=6 season=1 ;;
  *) echo "kind must be monthly or yearly" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/synthetic_series.py "$kind" "$work"
recipes=("$@")
[ ${#recipes[@]} -gt 0 ] || recipes=(naive snaive theta ets arima npts mstl prophet auto)
echo "| method | sMAPE | MASE | OWA | mean wQL | coverage | time (s) |"
echo "|---|---|---|---|---|---|---|"
for recipe in "${recipes[@]}"; do
  name=${recipe%%:*}
  params=()
  [ "$name" = "$recipe" ] || params=(--param "${recipe#*:}")
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" forecast --target "$work/train.csv" --frequency "$frequency" --horizon "$horizon" \
    --recipe "$name" "${params[@]}" --out "$work/f.csv" >/dev/null 2>&1
  secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  python3 bench/forecast_row.py "$work/train.csv" "$work/test.csv" "$work/f.csv" "$season" "$recipe" -- "$secs"
done
