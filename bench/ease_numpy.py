#!/usr/bin/env python3
"""The peer for EASE's speed: EASE as its paper's reference code writes it, in NumPy (Debian's
python3-numpy on OpenBLAS), float64: G = X'X + lambda I, P = inv(G), B = -P / diag(P) with a
zero diagonal, scores X B with seen items excluded. Writes the top 25 per user in Almanac's
recommendation format and prints the fit's seconds (G to B) on stderr.
  usage: ease_numpy.py LOG.csv LAMBDA OUT.csv
"""
import csv
import sys
import time

import numpy as np

src, lam, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
users, items, pairs = {}, {}, set()
with open(src, newline="") as f:
    for r in csv.DictReader(f):
        u = users.setdefault(r["USER_ID"], len(users))
        i = items.setdefault(r["ITEM_ID"], len(items))
        pairs.add((u, i))
X = np.zeros((len(users), len(items)))
for u, i in pairs:
    X[u, i] = 1.0
start = time.time()
G = X.T @ X
G[np.diag_indices(len(items))] += lam
P = np.linalg.inv(G)
B = P / (-np.diag(P))
B[np.diag_indices(len(items))] = 0.0
fit = time.time() - start
scores = X @ B
scores[X > 0] = -np.inf
top = np.argsort(-scores, axis=1)[:, :25]
user_ids = list(users)
item_ids = list(items)
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["user_id", "rank", "item_id", "score"])
    for u in range(len(users)):
        for rank, i in enumerate(top[u], 1):
            w.writerow([user_ids[u], rank, item_ids[i], scores[u, i]])
print(f"{fit:.1f}", file=sys.stderr)
