#!/usr/bin/env bash
# Next-item prediction, the protocol sequence models are judged by: each user's most recent item
# (ties in time in a random order fixed by a seed) is held out of the file given to `recommend`,
# and every recipe's top 25 over the whole catalogue (seen items excluded) is scored by
# ../shared/tools/eval_recs.py against it. user-personalization (both architectures) beside the
# classic recipes, EASE over its lambda grid (the best of which is tuned on the test: an oracle).
#   usage: bench/sequential_holdout.sh [interactions.csv | retail]   (default: MovieLens 100K;
#   retail: ../shared's Online Retail sample as purchases)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
score=../shared/tools/eval_recs.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

src=${1:-}
if [ "$src" = retail ]; then
  # The Online Retail sample as purchase events: customers' invoice lines (returns and lines
  # without a customer left out), time the invoice's.
  src=$work/retail.csv
  python3 - ../shared/data/online-retail-sample/OnlineRetail.csv "$src" <<'PY'
import csv, sys, datetime
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8", errors="replace"))
with open(sys.argv[2], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["USER_ID", "ITEM_ID", "TIMESTAMP"])
    for r in rows:
        if r["CustomerID"] and float(r["Quantity"]) > 0:
            t = datetime.datetime.strptime(r["InvoiceDate"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
            w.writerow([r["CustomerID"].split(".")[0], r["StockCode"], int(t.timestamp())])
PY
elif [ -z "$src" ]; then
  src=$work/ml.csv
  awk -F'\t' 'BEGIN{print "USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE"} {print $1","$2","$4","$3}' ../shared/data/ml-100k/u.data > "$src"
fi

python3 - "$src" "$work/train.csv" "$work/test.csv" <<'PY'
import csv, random, sys
from collections import defaultdict
src, train_path, test_path = sys.argv[1:4]
rows = list(csv.DictReader(open(src)))
by_user = defaultdict(list)
for r in rows:
    by_user[r["USER_ID"]].append(r)
train, test = [], []
for user, rs in by_user.items():
    rng = random.Random(user + "-2026")
    rs = [r for _, _, r in sorted(((int(r["TIMESTAMP"]), rng.random(), r) for r in rs), key=lambda t: (t[0], t[1]))]
    items = list(dict.fromkeys(r["ITEM_ID"] for r in reversed(rs)))
    if len(items) < 5:
        train += rs
        continue
    test.append({"USER_ID": user, "ITEM_ID": items[0]})
    train += [r for r in rs if r["ITEM_ID"] != items[0]]
with open(train_path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys())); w.writeheader(); w.writerows(train)
with open(test_path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["USER_ID", "ITEM_ID"]); w.writeheader(); w.writerows(test)
PY

echo "| recipe | NDCG@10 | HR@10 | seconds |"
echo "|---|---|---|---|"
run() { # label, recommend arguments
  local label=$1
  shift
  local start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" recommend --interactions "$work/train.csv" --for-users all --num-results 25 --out "$work/out.csv" "$@" 2>/dev/null
  local secs=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  python3 "$score" "$work/test.csv" "$work/out.csv" 10 --json \
    | python3 -c "import json,sys; m=json.load(sys.stdin); print(f\"| $label | {m['ndcg@10']:.4f} | {m['hit@10']:.4f} | $secs |\")"
}
run popularity --recipe popularity
run sims --recipe sims
run als --recipe als
for lambda in 50 100 200 300 500 800; do run "ease (lambda $lambda)" --recipe ease --param lambda=$lambda; done
run "auto (classic recipes)" --recipe auto
run "user-personalization (sasrec)" --recipe user-personalization
run "user-personalization (gru)" --recipe user-personalization --param architecture=gru
