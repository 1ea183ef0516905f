#!/usr/bin/env bash
# Top-N on outer holdouts that auto never sees: each user's most recent interactions (the last
# N, or the most recent 20%) are held out of the file given to `recommend`; auto chooses on its
# own inner holdout of the rest; the lists are scored by ../shared/tools/eval_recs.py against
# the outer held-out items, beside EASE at every lambda of a grid scored on the same outer
# test (the best of which is EASE tuned on the test itself, an oracle), and EASE with the lambda
# auto's own inner holdout preferred (well tuned without seeing the test).
#   usage: bench/topn_holdout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
score=../shared/tools/eval_recs.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# interactions CSV -> train.csv, test.csv; mode: last:N or share:F
split() { python3 bench/holdout_split.py "$1" "$2" "$work/train.csv" "$work/test.csv"; }

ndcg() { python3 "$score" "$work/test.csv" "$1" 10 --json | python3 -c "import json,sys; print(f\"{json.load(sys.stdin)['ndcg@10']:.4f}\")"; }

run_case() { # label, interactions file, split mode, extra args
  local label=$1 file=$2 mode=$3
  shift 3
  split "$file" "$mode"
  local start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" recommend --interactions "$work/train.csv" --recipe auto --for-users all --num-results 25 \
    --out "$work/auto.csv" "$@" 2>"$work/auto.log"
  local secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  local chosen=$(grep -o "holdout [^:]*" "$work/auto.log" | head -1 | sed 's/holdout //')
  local best=0 best_lambda=""
  local row=""
  for lambda in 50 100 200 300 500 800 1200 2000; do
    ALMANAC_QUIET=1 "$cli" recommend --interactions "$work/train.csv" --recipe ease --param lambda=$lambda --for-users all \
      --num-results 25 --out "$work/ease.csv" "$@" 2>/dev/null
    local v=$(ndcg "$work/ease.csv")
    row="$row $lambda:$v"
    if python3 -c "import sys; sys.exit(0 if $v > $best else 1)"; then best=$v; best_lambda=$lambda; fi
  done
  # EASE tuned the honest way: the lambda auto's own inner holdout preferred.
  local inner=$(grep -o "holdout ease(lambda=[0-9.]*)" "$work/auto.log" | head -1 | grep -o "[0-9.]*" | head -1)
  ALMANAC_QUIET=1 "$cli" recommend --interactions "$work/train.csv" --recipe ease --param lambda=$inner --for-users all \
    --num-results 25 --out "$work/ease-inner.csv" "$@" 2>/dev/null
  echo "| $label | $(ndcg "$work/auto.csv") ($chosen) | $(ndcg "$work/ease-inner.csv") (lambda $inner) | $best (lambda $best_lambda) | $secs |"
  echo "  EASE grid on the outer test:$row" >&2
}

ml=$work/ml.csv
awk -F'\t' 'BEGIN{print "USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE"} {print $1","$2","$4","$3}' ../shared/data/ml-100k/u.data > "$ml"
"$cli" sample --csv-dir "$work/sample" >/dev/null 2>&1

echo "| data, outer holdout | auto NDCG@10 (its choice) | EASE tuned on auto's inner holdout | best EASE on the outer test (oracle) | auto time (s) |"
echo "|---|---|---|---|---|"
run_case "ML-100K, last 5 per user" "$ml" last:5
run_case "ML-100K, most recent 20%" "$ml" share:0.2
run_case "ML-100K, last 1 per user" "$ml" last:1
run_case "shop sample, last 3 per user" "$work/sample/shop_interactions.csv" last:3
