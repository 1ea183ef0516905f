#!/usr/bin/env bash
# The local API as a shop's backend would use it, from a second process on loopback.
#  1. Users new to the model: a tenth of MovieLens 100K's users is left out of training; their
#     events but the most recent arrive through POST /events, and their next list is scored
#     (NDCG@10 on the held-out item) against trained users' (each trained on all but their most
#     recent item) and against popularity for the same new users.
#  2. Load (bench/serve_load_client.cpp): RATE requests/s (default 200; half events, half recommendations, each event followed
#     by its user's next list) for SECONDS (default 60); errors, latency percentiles, and whether
#     an item just sent as an event ever comes back in that user's next list.
#   usage: bench/serve_load.sh [recipe] [extra train arguments...]   (default user-personalization)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/almanac-cli
recipe=${1:-user-personalization}
shift || true
rate=${RATE:-200}
seconds=${SECONDS_LOAD:-60}
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

python3 - ../shared/data/ml-100k/u.data "$work" <<'PY'
import csv, json, random, sys
from collections import defaultdict
src, work = sys.argv[1:3]
rows = [l.split("\t") for l in open(src)]
by_user = defaultdict(list)
for u, i, r, t in rows:
    by_user[u].append((int(t), i))
train, trained_test, new_users = [], {}, {}
for user in sorted(by_user, key=int):
    rng = random.Random(user + "-2026")
    events = [i for _, _, i in sorted((t, rng.random(), i) for t, i in by_user[user])]
    last = events[-1]
    if int(user) % 10 == 0:
        # Sent in the order the training file lists a user's events (time, then item), so that
        # new users' sequences read as trained users' do.
        new_users[user] = {"events": [i for (t, i) in sorted(by_user[user]) if i != last], "next": last}
    else:
        trained_test[user] = last
        train += [(user, i, t) for (t, i) in sorted(by_user[user]) if i != last]
with open(f"{work}/train.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["USER_ID", "ITEM_ID", "TIMESTAMP"]); w.writerows(train)
json.dump({"trained": trained_test, "new": new_users}, open(f"{work}/holdout.json", "w"))
PY

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DALMANAC_BUILD_BENCH=ON -DALMANAC_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target serve_load_client >/dev/null

# KEEP=DIR keeps the trained project there and serves a copy of it on later runs (the
# events the run sends are not kept).
keep=${KEEP:-}
if [ -n "$keep" ] && [ -f "$keep/$recipe.almanac" ]; then
  cp "$keep/$recipe.almanac" "$work/p.almanac"
  train_s="(kept)"
else
  "$cli" project create "$work/p.almanac" >/dev/null
  "$cli" import --project "$work/p.almanac" --name events --type interactions --file "$work/train.csv" >/dev/null
  start=$(date +%s.%N)
  ALMANAC_QUIET=1 "$cli" train --project "$work/p.almanac" --dataset events --recipe "$recipe" --name recs "$@" >/dev/null
  train_s=$(python3 -c "print(f'{$(date +%s.%N) - $start:.0f}')")
  if [ -n "$keep" ]; then mkdir -p "$keep"; cp "$work/p.almanac" "$keep/$recipe.almanac"; fi
fi

"$cli" serve --project "$work/p.almanac" --recommender recs >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 600); do
  [ "$(wc -l <"$work/serve.out")" -ge 2 ] && break
  sleep 0.1
done
port=$(sed -n 's/^listening on 127.0.0.1://p' "$work/serve.out")
token=$(sed -n 's/^token: //p' "$work/serve.out")

python3 - "$port" "$token" "$work/holdout.json" "$work/train.csv" "$rate" "$seconds" "$recipe" "$train_s" <<'PY'
import csv, http.client, json, math, sys, threading, time
from collections import Counter, defaultdict
port, token, holdout, train_csv, rate, seconds, recipe, train_s = sys.argv[1:9]
port, rate, seconds = int(port), float(rate), float(seconds)
hold = json.load(open(holdout))
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

class Client:
    def __init__(self):
        self.c = http.client.HTTPConnection("127.0.0.1", port)
    def post(self, path, body):
        self.c.request("POST", path, json.dumps(body), headers)
        r = self.c.getresponse()
        return r.status, json.loads(r.read() or b"{}")

def ndcg10(items, target):
    for k, i in enumerate(items[:10]):
        if i == target:
            return 1 / math.log2(k + 2)
    return 0.0

client = Client()
# Trained users: their list as trained.
trained = [ndcg10([e["itemId"] for e in client.post("/recommendations", {"userId": u, "numResults": 10})[1]["itemList"]], t)
           for u, t in hold["trained"].items()]
# New users: their earlier events arrive live, then their list.
new, t0 = [], 1900000000
for u, h in hold["new"].items():
    events = [{"itemId": i, "eventType": "watch", "sentAt": t0 + k} for k, i in enumerate(h["events"])]
    for b in range(0, len(events), 200):
        status, _ = client.post("/events", {"userId": u, "sessionId": "s" + u, "eventList": events[b:b + 200]})
        assert status == 200, status
    lst = client.post("/recommendations", {"userId": u, "numResults": 10})[1]["itemList"]
    new.append(ndcg10([e["itemId"] for e in lst], h["next"]))
# Popularity for the same new users: distinct trained users per item, their seen items excluded.
users_of = defaultdict(set)
for r in csv.DictReader(open(train_csv)):
    users_of[r["ITEM_ID"]].add(r["USER_ID"])
ranked = sorted(users_of, key=lambda i: (-len(users_of[i]), i))
pop = []
for u, h in hold["new"].items():
    seen = set(h["events"])
    pop.append(ndcg10([i for i in ranked if i not in seen][:10], h["next"]))
mean = lambda xs: sum(xs) / len(xs)
print(f"recipe {recipe} (trained in {train_s} s)")
print(f"| trained users ({len(trained)}) | new users via /events ({len(new)}) | ratio | popularity, new users | new / popularity |")
print("|---|---|---|---|---|")
print(f"| {mean(trained):.4f} | {mean(new):.4f} | {mean(new) / mean(trained):.2f} | {mean(pop):.4f} | {mean(new) / max(mean(pop), 1e-9):.1f}x |")

json.dump({"users": sorted(hold["trained"]) + sorted(hold["new"]), "items": ranked}, open(holdout + ".load.json", "w"))
PY
echo
build-bench/bench/serve_load_client "$port" "$token" "$work/holdout.json.load.json" "$rate" "$seconds"
