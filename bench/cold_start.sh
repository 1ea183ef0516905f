#!/usr/bin/env bash
# Cold start: items with no target history, known by their item metadata (category, brand) and
# related series (promotion, price) only, forecast by the global deep recipes, beside what the
# local recipes give them (the average forecast of the items sharing their metadata) and the
# metadata-group average of the actuals, all on one generated set (bench/cold_start_series.py).
# Scores the cold items only (bench/cold_start_score.py); wall time is the whole command.
#   usage: bench/cold_start.sh [ITEMS, default 300] [COLD, default 60] [SEED, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
items=${1:-300}
cold=${2:-60}
seed=${3:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/cold_start_series.py "$items" "$cold" "$work" "$seed"

run() { # label, recipe, extra arguments...
  local label=$1 recipe=$2
  shift 2
  local start
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" forecast --target "$work/train.csv" --frequency D --horizon 28 --recipe "$recipe" \
    --related "$work/related.csv" --items "$work/items.csv" "$@" --out "$work/out.csv" 2>/dev/null
  python3 bench/cold_start_score.py "$work/test.csv" "$work/out.csv" "$work/cold.txt" "$work/items.csv" "$label" \
    "$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")"
}

echo "$items items, $cold of them cold, seed $seed, $(nproc) cores"
echo "| cold items forecast by | WAPE | mean wQL | p10-p90 coverage | items | time (s) |"
echo "|---|---|---|---|---|---|"
python3 bench/cold_start_score.py "$work/test.csv" - "$work/cold.txt" "$work/items.csv" \
  "metadata-group average of the actuals (knows the warm items' future)" -
run "snaive (the group's average forecast)" snaive
run "ets (the group's average forecast)" ets
run "deepar" deepar
run "cnnqr" cnnqr
run "cnnqr without item metadata (use_item_metadata=none)" cnnqr --param use_item_metadata=none
run "cnnqr without related series (use_related_data=none)" cnnqr --param use_related_data=none
