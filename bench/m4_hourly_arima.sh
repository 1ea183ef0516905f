#!/usr/bin/env bash
# ARIMA side by side with R's auto.arima on a fixed subset of M4 hourly (every 4th series: 104 of
# 414, horizon 48, season 24). auto.arima takes ~25 s a series here, far too long for all 414 in
# one run; the subset keeps the comparison honest and the run near an hour on 2 cores.
#   usage: bench/m4_hourly_arima.sh [R cache dir: reuse r-arima.csv there if present]
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/m4-hourly
cli=build/app/almanac-cli
cache=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$data" "$work" <<'PY'
import csv, sys
data, work = sys.argv[1:]
for part in ("train", "test"):
    rows = list(csv.reader(open(f"{data}/{part}.csv")))
    items = sorted({r[0] for r in rows[1:]}, key=lambda s: int(s[1:]))
    keep = set(items[::4])
    with open(f"{work}/{part}.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(rows[0])
        w.writerows(r for r in rows[1:] if r[0] in keep)
PY

row() { # label, seconds, forecast file
  python3 bench/forecast_row.py "$work/train.csv" "$work/test.csv" "$3" 24 "$1" -- "$2"
}

echo "| method (104 series) | sMAPE | MASE | OWA | mean wQL | p10-p90 coverage | time (s, $(nproc) cores) |"
echo "|---|---|---|---|---|---|---|"
for fit in css css-ml; do
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" forecast --target "$work/train.csv" --frequency H --horizon 48 --recipe arima \
    --param "fit=$fit" --out "$work/arima-$fit.csv" 2>/dev/null
  secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  row "Almanac arima, fit=$fit" "$secs" "$work/arima-$fit.csv"
done
if [ -n "$cache" ] && [ -f "$cache/r-arima.csv" ]; then
  row "R forecast::auto.arima (cached run)" "$(cat "$cache/r-arima.secs")" "$cache/r-arima.csv"
else
  secs=$(Rscript bench/r_forecast.R "$work/train.csv" arima 24 48 "$work/r-arima.csv" "$(nproc)" 2>/dev/null \
         | sed -n 's/^R [a-z]*: \([0-9.]*\) s$/\1/p')
  row "R forecast::auto.arima" "$secs" "$work/r-arima.csv"
  if [ -n "$cache" ]; then mkdir -p "$cache"; cp "$work/r-arima.csv" "$cache/"; echo "$secs" > "$cache/r-arima.secs"; fi
fi
