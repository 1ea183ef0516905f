#!/usr/bin/env bash
# Trained predictors on M4 hourly (414 series, horizon 48): train each recipe into a project,
# forecast from the stored predictor, and check that the output is byte-identical to the one-shot
# forecast of the same recipe; then append the 48 test hours and compare monitor's WAPE and wQL
# for the stored forecast with ../shared/tools/eval_forecast.py on the same file.
#   usage: bench/predictor_reuse.sh [recipes, default "ets auto"]
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/m4-hourly
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
recipes=${1:-"ets auto"}
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(date +%s.%N)"; }

echo "| recipe | train (s) | forecast from predictor (s) | share of training | one-shot forecast (s) | identical |"
echo "|---|---|---|---|---|---|"
for recipe in $recipes; do
  p="$work/$recipe.almanac"
  "$cli" project create "$p" >/dev/null
  "$cli" import --project "$p" --name h --type target --frequency H --file "$data/train.csv" >/dev/null 2>&1
  t0=$(date +%s.%N); "$cli" train --project "$p" --dataset h --recipe "$recipe" --horizon 48 --name m >/dev/null 2>&1; train=$(seconds "$t0")
  t0=$(date +%s.%N); "$cli" forecast --project "$p" --predictor m --out "$work/$recipe-predictor.csv" >/dev/null 2>&1; predict=$(seconds "$t0")
  t0=$(date +%s.%N); "$cli" forecast --target "$data/train.csv" --frequency H --horizon 48 --recipe "$recipe" \
    --out "$work/$recipe-oneshot.csv" >/dev/null 2>&1; oneshot=$(seconds "$t0")
  same=$(cmp -s "$work/$recipe-predictor.csv" "$work/$recipe-oneshot.csv" && echo yes || echo NO)
  share=$(python3 -c "print(f'{100 * $predict / $train:.1f}%')")
  echo "| $recipe | $train | $predict | $share | $oneshot | $same |"
  # Monitoring: the actuals arrive; the stored forecast is scored on them.
  "$cli" import --project "$p" --name h --type target --file "$data/test.csv" --mode append >/dev/null 2>&1
  "$cli" monitor --project "$p" --predictor m --json > "$work/$recipe-monitor.json"
  python3 ../shared/tools/eval_forecast.py "$data/train.csv" "$data/test.csv" "$work/$recipe-predictor.csv" 24 --json \
    > "$work/$recipe-eval.json"
  python3 - "$work/$recipe-monitor.json" "$work/$recipe-eval.json" "$recipe" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["evaluations"][-1]["metrics"]
e = json.load(open(sys.argv[2]))
pairs = [("WAPE", "WAPE"), ("wQL[10]", "wQL[0.1]"), ("wQL[50]", "wQL[0.5]"), ("wQL[90]", "wQL[0.9]"), ("mean_wQL", "mean_wQL")]
worst = max(abs(m[a] - e[b]) for a, b in pairs)
print(f"  {sys.argv[3]}: monitor vs eval_forecast.py, largest difference {worst:.2e} "
      + ", ".join(f"{a} {m[a]} / {e[b]:.6f}" for a, b in pairs))
PY
done
