#!/usr/bin/env bash
# auto at the analyst's scale: SERIES generated item x store daily series (bench/retail_series.py:
# two years, prices and promotions known through the horizon, 30% intermittent items), read with
# their related series, auto over every recipe, 28 days forecast and written as CSV, in one
# `forecast` command: wall time, peak memory (GNU time), the time left the progress predicted at
# each tenth, auto's choice, each candidate's newest backtest window beside auto's own, and the
# 28 held-out days scored by ../shared/tools/eval_forecast.py.
#   usage: bench/retail_scale.sh [SERIES, default 100000] [extra forecast options...]
# RETAIL_DATA=DIR reads DIR/train.csv, related.csv and test.csv as retail_series.py wrote them
# for SERIES (the generator is seeded: the same files each time) instead of generating them.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
series=${1:-100000}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${RETAIL_DATA:-}" ]; then
  for f in train.csv related.csv test.csv; do ln -s "$(realpath "$RETAIL_DATA/$f")" "$work/$f"; done
  echo "read $series series generated before in $RETAIL_DATA: $(wc -l < "$work/train.csv") training rows"
else
  start=$(date +%s.%N)
  python3 bench/retail_series.py "$series" "$work"
  echo "generated $series series in $(python3 -c "print(f'{$(date +%s.%N) - $start:.0f}')") s: $(wc -l < "$work/train.csv") training rows"
fi
start=$(date +%s.%N)
ALMANAC_PROGRESS=stream /usr/bin/time -v "$cli" forecast --target "$work/train.csv" --dimensions store_id \
  --related "$work/related.csv" --frequency D --horizon 28 --recipe auto --metrics "$work/m.json" \
  --out "$work/f.csv" "$@" 2> "$work/log" | cat
end=$(date +%s.%N)
python3 - "$work/log" "$start" "$end" <<'PY'
import re, sys
log, start, end = open(sys.argv[1]).read(), float(sys.argv[2]), float(sys.argv[3])
print(f"wall {end - start:.0f} s")
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log)
print(f"peak memory {int(rss.group(1)) / 1024 / 1024:.2f} GB" if rss else "peak memory: not measured")
for line in log.splitlines():
    if line.startswith(("progress ", "forecast:", "auto:", "backtest ")):
        print(line)
PY
python3 - "$work/m.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("auto chose:", m.get("recipe"))
for t in m.get("auto_mode_trials", []):
    print(f"  mode {t['mode']}: newest-window mean wQL {t['newest_window_mean_wQL']:.4f}")
# The best single candidate on the newest window, chosen in hindsight: what auto's mode must match.
best = min(m["leaderboard"], key=lambda b: b["windows"][0]["mean_wQL"])
label = best["recipe"] + "".join(f"({k}={v})" for k, v in best["parameters"].items())
print(f"  best single candidate on the newest window: {label} {best['windows'][0]['mean_wQL']:.4f}")
PY
python3 bench/forecast_row.py "$work/train.csv" "$work/test.csv" "$work/f.csv" 7 "auto, $series series" -- held-out
