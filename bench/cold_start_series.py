#!/usr/bin/env python3
"""Generated demand for measuring cold start: ITEMS item series in CATEGORIES categories over two
years of days, each item's level, weekly profile and promotion lift set by its category (with
the item's own spread around it), promotions at random and known ahead. COLD of the items are
cold: their target history is withheld, their category and promotions are given.
   usage: cold_start_series.py ITEMS COLD OUT_DIR [SEED]
Writes OUT_DIR/train.csv (item_id,timestamp,target_value: the warm items, all but the last 28
days), OUT_DIR/test.csv (every item's last 28 days, the cold items' included), OUT_DIR/cold.txt
(the cold items' ids), OUT_DIR/related.csv (item_id,timestamp,promotion,price: every item, every
day) and OUT_DIR/items.csv (item_id,category,brand). Demand is Poisson around category level x
item spread x weekday x promotion lift x price effect."""
import math
import os
import random
import sys

items, cold_count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
days, held_out = 730, 28
categories = 6
os.makedirs(out, exist_ok=True)


def date(d):
    y, m, day = 2024, 1, 1 + d
    month_days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    while day > (month_days[m - 1] if y == 2024 or m != 2 else 28):
        day -= month_days[m - 1] if y == 2024 or m != 2 else 28
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return f"{y:04d}-{m:02d}-{day:02d}"


def poisson(lam):
    if lam > 50:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


profile = []
for c in range(categories):
    level = 4.0 * 2.0 ** c
    weekly = [1 + rng.uniform(-0.4, 0.6) * (1 if k >= 5 else -0.3) for k in range(7)]
    profile.append((level, weekly, rng.uniform(0.6, 1.6), rng.uniform(0.05, 0.2)))
dates = [date(d) for d in range(days)]
cold = set(rng.sample(range(items), cold_count))
with open(f"{out}/train.csv", "w") as train, open(f"{out}/test.csv", "w") as test, \
        open(f"{out}/related.csv", "w") as related, open(f"{out}/items.csv", "w") as meta, \
        open(f"{out}/cold.txt", "w") as cold_list:
    train.write("item_id,timestamp,target_value\n")
    test.write("item_id,timestamp,target_value\n")
    related.write("item_id,timestamp,promotion,price\n")
    meta.write("item_id,category,brand\n")
    for i in range(items):
        c = i % categories
        level, weekly, lift, promo_rate = profile[c]
        item = f"item{i:05d}"
        meta.write(f"{item},cat{c},brand{rng.randrange(4)}\n")
        if i in cold:
            cold_list.write(item + "\n")
        spread = math.exp(rng.gauss(0, 0.15))
        base_price = 2.0 + c
        for d in range(days):
            promo = 1 if rng.random() < promo_rate else 0
            price = base_price * (0.8 if promo else 1.0)
            mean = level * spread * weekly[d % 7] * (1 + lift * promo)
            value = poisson(mean)
            related.write(f"{item},{dates[d]},{promo},{price:.2f}\n")
            if d >= days - held_out:
                test.write(f"{item},{dates[d]},{value}\n")
            elif i not in cold:
                train.write(f"{item},{dates[d]},{value}\n")
