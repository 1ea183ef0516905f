#!/usr/bin/env python3
"""Outer holdout for the top-N benchmarks: each user's most recent distinct items (the last N, or
the most recent share F) are removed from the log; users with fewer than 5 items stay whole.
Timestamp ties (one timestamp for a session's events) are broken in a random order fixed per
user, so that neither item ids nor file order decide what is held out.
  usage: holdout_split.py LOG.csv last:N|share:F TRAIN.csv TEST.csv
"""
import csv
import random
import sys
from collections import defaultdict

src, mode, train_path, test_path = sys.argv[1:5]
rows = list(csv.DictReader(open(src)))
by_user = defaultdict(list)
for r in rows:
    by_user[r["USER_ID"]].append(r)
kind, value = mode.split(":")
train, test = [], []
for user, rs in by_user.items():
    rng = random.Random(user + "-2026")
    rs = [(int(r["TIMESTAMP"]), rng.random(), r) for r in rs]
    rs = [r for _, _, r in sorted(rs, key=lambda t: (t[0], t[1]))]
    items = list(dict.fromkeys(r["ITEM_ID"] for r in reversed(rs)))  # most recent first, distinct
    n = int(value) if kind == "last" else int(len(items) * float(value))
    if len(items) < 5 or n < 1:
        train += rs
        continue
    held = set(items[:n])
    test += [{"USER_ID": user, "ITEM_ID": i} for i in held]
    train += [r for r in rs if r["ITEM_ID"] not in held]
fields = list(rows[0].keys())
with open(train_path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=fields)
    w.writeheader()
    w.writerows(train)
with open(test_path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["USER_ID", "ITEM_ID"])
    w.writeheader()
    w.writerows(test)
