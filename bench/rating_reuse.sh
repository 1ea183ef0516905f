#!/usr/bin/env bash
# Stored rating models on MovieLens 100K (fold u1): train each rating recipe into a project,
# predict the test pairs from the stored model, and check that the output is byte-identical to
# the one-shot predict-ratings of the same recipe and seed; with the times of each and the RMSE.
#   usage: bench/rating_reuse.sh [recipes, default "svdpp knn-baseline bpmf blend"]
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/ml-100k
cli=build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
recipes=${1:-"svdpp knn-baseline bpmf blend"}
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(date +%s.%N)"; }
awk -F'\t' 'BEGIN{print "USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE"} {print $1","$2","$4","$3}' "$data/u1.base" > "$work/base.csv"
awk -F'\t' 'BEGIN{print "USER_ID,ITEM_ID,RATING"} {print $1","$2","$3}' "$data/u1.test" > "$work/test.csv"

echo "| recipe | train into project (s) | predict from stored model (s) | share | one-shot predict-ratings (s) | identical | RMSE u1 |"
echo "|---|---|---|---|---|---|---|"
for recipe in $recipes; do
  p="$work/$recipe.almanac"
  "$cli" project create "$p" >/dev/null
  "$cli" import --project "$p" --name ratings --type interactions --file "$work/base.csv" >/dev/null 2>&1
  t0=$(date +%s.%N); "$cli" train --project "$p" --dataset ratings --recipe "$recipe" --name r >/dev/null 2>&1; train=$(seconds "$t0")
  t0=$(date +%s.%N); "$cli" predict-ratings --project "$p" --recommender r --pairs "$work/test.csv" --out "$work/$recipe-stored.csv" \
    >/dev/null 2>&1; predict=$(seconds "$t0")
  t0=$(date +%s.%N); "$cli" predict-ratings --interactions "$work/base.csv" --recipe "$recipe" --pairs "$work/test.csv" \
    --out "$work/$recipe-oneshot.csv" >/dev/null 2>&1; oneshot=$(seconds "$t0")
  same=$(cmp -s "$work/$recipe-stored.csv" "$work/$recipe-oneshot.csv" && echo yes || echo NO)
  share=$(python3 -c "print(f'{100 * $predict / $train:.1f}%')")
  rmse=$(python3 - "$work/test.csv" "$work/$recipe-stored.csv" <<'PY'
import csv, math, sys
truth = {(r["USER_ID"], r["ITEM_ID"]): float(r["RATING"]) for r in csv.DictReader(open(sys.argv[1]))}
errors = [float(r["prediction"]) - truth[(r["user_id"], r["item_id"])] for r in csv.DictReader(open(sys.argv[2]))]
print(f"{math.sqrt(sum(e * e for e in errors) / len(errors)):.4f}")
PY
)
  echo "| $recipe | $train | $predict | $share | $oneshot | $same | $rmse |"
done
