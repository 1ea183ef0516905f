#!/usr/bin/env bash
# Exploration (issue 15): the share of new items in user-personalization's lists at each
# exploration_weight. A generated implicit log with item genres and creation times
# (bench/interaction_log.py --items-out: an item is created a little before its first event), so
# that the items first seen in the log's last 30 days are its new ones; user-personalization is
# trained once into a project, then every user's 25-item list is written from the stored model at
# each weight (--param exploration_weight=W with --recommender: no retraining). Reported: the share
# of listed items that are new (created within the cut-off) or without interactions, the
# documented share (round(W x 25) / 25, plus what relevance places itself: the weight-0 share),
# and NDCG@10 of each user's held-out last item, so that exploration's cost in relevance shows.
#   usage: bench/exploration_share.sh [USERS ITEMS INTERACTIONS]   (default 1000 3000 40000)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=$(pwd)/build/app/almanac-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
users=${1:-1000}
items=${2:-3000}
interactions=${3:-40000}

python3 bench/interaction_log.py "$work/log.csv" --users "$users" --items "$items" --interactions "$interactions" --seed 7 \
  --items-out "$work/items.csv" >/dev/null
python3 bench/holdout_split.py "$work/log.csv" last:1 "$work/train.csv" "$work/test.csv"
export ALMANAC_QUIET=1
"$cli" project create "$work/p.almanac" >/dev/null
"$cli" import --project "$work/p.almanac" --name events --type interactions --file "$work/train.csv" >/dev/null
"$cli" import --project "$work/p.almanac" --name catalogue --type items --file "$work/items.csv" >/dev/null
start=$(date +%s.%N)
"$cli" train --project "$work/p.almanac" --dataset events --items-dataset catalogue --recipe user-personalization \
  --name seq >/dev/null 2>&1
train_secs=$(python3 -c "import time; print(f'{time.time() - $start:.0f}')")

# New: created within 30 days of the training log's latest event; or never interacted with.
python3 - "$work/train.csv" "$work/items.csv" > "$work/pool.txt" <<'EOF'
import csv, sys
latest, seen = 0, set()
for r in csv.DictReader(open(sys.argv[1])):
    latest = max(latest, int(r["TIMESTAMP"]))
    seen.add(r["ITEM_ID"])
for r in csv.DictReader(open(sys.argv[2])):
    if int(r["CREATION_TIMESTAMP"]) >= latest - 30 * 86400 or r["ITEM_ID"] not in seen:
        print(r["ITEM_ID"])
EOF
pool=$(wc -l < "$work/pool.txt")
echo "$users users, $items items, $(($(wc -l < "$work/train.csv") - 1)) training events; $pool items new within 30 days or unseen; trained in $train_secs s"
echo
echo "| exploration_weight | new items in the lists | documented (slots + relevance's own) | NDCG@10 (held-out last item) |"
echo "|---|---|---|---|"
base=""
for weight in 0 0.1 0.3 0.5; do
  "$cli" recommend --project "$work/p.almanac" --recommender seq --param exploration_weight=$weight --num-results 25 \
    --out "$work/recs.csv" 2>/dev/null
  share=$(python3 -c "
import csv, sys
pool = set(open('$work/pool.txt').read().split())
rows = list(csv.DictReader(open('$work/recs.csv')))
print(f'{sum(r[\"item_id\"] in pool for r in rows) / len(rows):.3f}')")
  [ -z "$base" ] && base=$share
  documented=$(python3 -c "import math; print(f'{min(1.0, math.floor($weight * 25 + 0.5) / 25 + $base):.3f}')")
  ndcg=$(python3 ../shared/tools/eval_recs.py "$work/test.csv" "$work/recs.csv" 10 --json | python3 -c "import json,sys; print(f\"{json.load(sys.stdin)['ndcg@10']:.4f}\")")
  echo "| $weight | $share | $documented | $ndcg |"
done
