#!/usr/bin/env python3
"""A generated implicit-feedback log with the shape of a public movie-rating log: users with a
heavy-tailed number of interactions, items with Zipf popularity, and taste (each user leans to a
few of the catalogue's genres), so that a model that learns item-to-item structure beats
popularity by a margin like on real data. Deterministic for a seed.
  usage: interaction_log.py OUT.csv --users 610 --items 9700 --interactions 100000 [--seed 1]
                            [--items-out ITEMS.csv]
--items-out writes ITEM_ID,GENRE,CREATION_TIMESTAMP: each item's genre, and its creation a little
before its first event (items nobody chose: somewhere in the log's span), so that the items first
seen in the log's last days are its new ones.
"""
import argparse
import bisect
import csv
import itertools
import random

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--users", type=int, default=610)
ap.add_argument("--items", type=int, default=9700)
ap.add_argument("--interactions", type=int, default=100000)
ap.add_argument("--genres", type=int, default=20)
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--items-out")
a = ap.parse_args()
rng = random.Random(a.seed)

# Items: a genre each, a Zipf popularity over the whole catalogue.
genre_of = [rng.randrange(a.genres) for _ in range(a.items)]
weight = [1.0 / (rank + 10) ** 0.9 for rank in range(a.items)]
rng.shuffle(weight)
by_genre = [[] for _ in range(a.genres)]
for i, g in enumerate(genre_of):
    by_genre[g].append(i)
cumulative = [list(itertools.accumulate(weight[i] for i in items)) for items in by_genre]
all_cumulative = list(itertools.accumulate(weight))

def draw(pool_items, cum):
    return pool_items[bisect.bisect_left(cum, rng.random() * cum[-1])]

# Users: activity from a Pareto tail scaled to the requested total, at least 20 each.
activity = [rng.paretovariate(1.3) for _ in range(a.users)]
scale = (a.interactions - 20 * a.users) / sum(activity)
counts = [min(a.items // 2, 20 + int(x * scale)) for x in activity]

rows = []
start = 1_500_000_000
for u in range(a.users):
    tastes = rng.sample(range(a.genres), rng.randint(1, 3))
    share = [rng.random() for _ in tastes]
    seen = set()
    t = start + rng.randrange(10_000_000)
    tries = 0
    while len(seen) < counts[u] and tries < counts[u] * 20:
        tries += 1
        if rng.random() < 0.8:  # from the user's genres, else anywhere by popularity
            g = rng.choices(tastes, weights=share)[0]
            item = draw(by_genre[g], cumulative[g])
        else:
            item = bisect.bisect_left(all_cumulative, rng.random() * all_cumulative[-1])
        if item in seen:
            continue
        seen.add(item)
        t += rng.randrange(1, 5000)
        rows.append((f"u{u + 1}", f"i{item + 1}", t, rng.randint(1, 5)))

with open(a.out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["USER_ID", "ITEM_ID", "TIMESTAMP", "EVENT_VALUE"])
    w.writerows(rows)
if a.items_out:
    first = {}
    for _, item, t, _ in rows:
        first[item] = min(t, first.get(item, t))
    latest = max(r[2] for r in rows)
    with open(a.items_out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ITEM_ID", "GENRE", "CREATION_TIMESTAMP"])
        for i in range(a.items):
            name = f"i{i + 1}"
            created = first[name] - rng.randrange(86400) if name in first else rng.randrange(start, latest)
            w.writerow([name, f"g{genre_of[i]}", created])
print(f"{a.out}: {len(rows)} interactions, {a.users} users, "
      f"{len({r[1] for r in rows})} items used of {a.items}")
