#!/usr/bin/env bash
# Recommendations at the analyst's scale (issue 13): generated implicit logs of a public movie
# log's shape (bench/interaction_log.py), each user's last item held out (bench/holdout_split.py);
# `recommend --recipe ease` (default lambda) and `--recipe auto` timed with their peak memory,
# auto's NDCG@10 on the held-out items (../shared/tools/eval_recs.py) beside EASE at every lambda
# of a grid scored on that test itself (an oracle), and the peer: EASE in NumPy on OpenBLAS
# (bench/ease_numpy.py; Debian's python3-numpy, skipped when it is not installed).
#   usage: bench/recommend_scale.sh [--large | --large-only]
#   (--large adds 5M events over 100,000 users and 50,000 items: about 20 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$(pwd)/build/app/almanac-cli
score=../shared/tools/eval_recs.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
numpy_python=/usr/bin/python3
"$numpy_python" -c "import numpy" 2>/dev/null || numpy_python=""

ndcg() { python3 "$score" "$work/test.csv" "$1" 10 --json | python3 -c "import json,sys; print(f\"{json.load(sys.stdin)['ndcg@10']:.4f}\")"; }
# Runs a command under /usr/bin/time; sets secs and peak (MB).
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@"
  read -r secs kb < "$work/time"
  peak=$((kb / 1024))
}

run_case() { # label, users, items, interactions, seed
  local label=$1
  python3 bench/interaction_log.py "$work/log.csv" --users "$2" --items "$3" --interactions "$4" --seed "$5" >/dev/null
  python3 bench/holdout_split.py "$work/log.csv" last:1 "$work/train.csv" "$work/test.csv"
  local events=$(($(wc -l < "$work/train.csv") - 1))
  export ALMANAC_QUIET=1
  # Above EASE's catalogue limit (30,000 items) it refuses, so the reference is the sparse
  # item-based recipes at their defaults instead of EASE's grid.
  local dense=1
  [ "$3" -gt 30000 ] && dense=0
  local ease="refused (catalogue above 30,000 items)"
  if [ $dense = 1 ]; then
    timed "$cli" recommend --interactions "$work/train.csv" --recipe ease --for-users all --num-results 25 --out "$work/ease.csv" 2>/dev/null
    ease="$secs s, $peak MB"
  fi
  local peer="not run"
  if [ -n "$numpy_python" ] && [ "$3" -le 20000 ]; then
    timed "$numpy_python" bench/ease_numpy.py "$work/train.csv" 500 "$work/numpy.csv" 2>"$work/numpy.log"
    peer="$(tail -1 "$work/numpy.log") s fit, $secs s in all, $peak MB; NDCG@10 $(ndcg "$work/numpy.csv") (EASE's $(ndcg "$work/ease.csv"))"
  fi
  # Its progress lines, to check the time left it announced against the time it took.
  timed env -u ALMANAC_QUIET ALMANAC_PROGRESS=stream "$cli" recommend --interactions "$work/train.csv" --recipe auto --for-users all --num-results 25 \
    --out "$work/auto.csv" 2>"$work/auto.log"
  local auto_secs=$secs auto_peak=$peak
  local chosen=$(grep -o "holdout [^:]*" "$work/auto.log" | head -1 | sed 's/holdout //')
  echo "  auto's progress (took $auto_secs s):$(grep -o 'progress [0-9]*%: .*' "$work/auto.log" | sed 's/^progress/;/' | tr -d '\n')" >&2
  local best=0 best_of="" row=""
  if [ $dense = 1 ]; then
    for lambda in 50 100 200 500 1000 2000; do
      "$cli" recommend --interactions "$work/train.csv" --recipe ease --param lambda=$lambda --for-users all --num-results 25 \
        --out "$work/grid.csv" 2>/dev/null
      local v=$(ndcg "$work/grid.csv")
      row="$row $lambda:$v"
      if python3 -c "import sys; sys.exit(0 if $v > $best else 1)"; then best=$v; best_of="ease, lambda $lambda"; fi
    done
    echo "  EASE grid on the outer test:$row" >&2
  else
    for recipe in sims als; do
      timed "$cli" recommend --interactions "$work/train.csv" --recipe $recipe --for-users all --num-results 25 --out "$work/grid.csv" 2>/dev/null
      local v=$(ndcg "$work/grid.csv")
      echo "  $recipe at its defaults: NDCG@10 $v, $secs s, $peak MB" >&2
      if python3 -c "import sys; sys.exit(0 if $v > $best else 1)"; then best=$v; best_of="$recipe, defaults"; fi
    done
  fi
  echo "| $label, $events events | $ease | $peer | $auto_secs s, $auto_peak MB | $(ndcg "$work/auto.csv") ($chosen) | $best ($best_of) |"
}

echo "| generated log (users x items) | ease, default lambda | NumPy EASE (peer) | auto | auto NDCG@10 (its choice) | best reference on the test (EASE's grid: an oracle) |"
echo "|---|---|---|---|---|---|"
if [ "${1:-}" != "--large-only" ]; then
  run_case "610 x 9,700" 610 9700 100000 1
  run_case "1,000 x 12,000" 1000 12000 176000 2
  run_case "20,000 x 12,000" 20000 12000 176000 3
fi
if [ "${1:-}" = "--large" ] || [ "${1:-}" = "--large-only" ]; then
  # Users' counts are capped at half the catalogue, so more are asked for to get 5M.
  run_case "100,000 x 50,000" 100000 50000 5450000 4
fi
