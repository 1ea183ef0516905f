#!/usr/bin/env bash
# MovieLens 100K rating prediction on the five official folds (u1..u5): mean RMSE and MAE of
# almanac-cli predict-ratings, as Surprise reports its table (SVD++ 0.919, SVD 0.934).
#   usage: bench/movielens_ratings.sh [RECIPE] [--param ...]
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/ml-100k
cli=build/app/almanac-cli
recipe=${1:-blend}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
for k in 1 2 3 4 5; do
  awk -F'\t' 'BEGIN{print "USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE"} {print $1","$2","$4","$3}' "$data/u$k.base" > "$work/base.csv"
  awk -F'\t' 'BEGIN{print "USER_ID,ITEM_ID,RATING"} {print $1","$2","$3}' "$data/u$k.test" > "$work/test$k.csv"
  ALMANAC_QUIET=1 "$cli" predict-ratings --interactions "$work/base.csv" --pairs "$work/test$k.csv" --recipe "$recipe" \
    "$@" --out "$work/pred$k.csv" 2>/dev/null
done
elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
python3 - "$work" "$elapsed" "$recipe $*" <<'PY'
import csv, math, sys
work, elapsed, label = sys.argv[1], sys.argv[2], sys.argv[3]
rmses, maes = [], []
for k in range(1, 6):
    truth = {(r["USER_ID"], r["ITEM_ID"]): float(r["RATING"]) for r in csv.DictReader(open(f"{work}/test{k}.csv"))}
    errors = [float(r["prediction"]) - truth[(r["user_id"], r["item_id"])] for r in csv.DictReader(open(f"{work}/pred{k}.csv"))]
    rmses.append(math.sqrt(sum(e * e for e in errors) / len(errors)))
    maes.append(sum(abs(e) for e in errors) / len(errors))
print(f"| {label} | {sum(rmses)/5:.4f} | {sum(maes)/5:.4f} | " + " ".join(f"{r:.4f}" for r in rmses) + f" | {elapsed} |")
PY
