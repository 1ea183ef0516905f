#!/usr/bin/env python3
"""Generated retail demand at scale: SERIES item x store daily series over two years
(2024-01-01..2025-12-31), with a price and a promotion flag per day known through the horizon,
and a share of intermittent (slow-moving, mostly zero) items.
   usage: retail_series.py SERIES OUT_DIR [SEED]
Writes OUT_DIR/train.csv (item_id,store_id,timestamp,target_value, all but the last 28 days),
OUT_DIR/test.csv (the last 28 days) and OUT_DIR/related.csv (item_id,store_id,timestamp,price,
promotion, every day). Demand is Poisson around level x weekday x yearly season x price effect x
promotion lift; levels are log-normal, so a few series sell hundreds a day and many a handful."""
import math
import os
import random
import sys

series = int(sys.argv[1])
out = sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2024)
days, held_out = 731, 28
os.makedirs(out, exist_ok=True)
stores = max(1, min(50, series // 200))
dates = []
y, m, d = 2024, 1, 1
month_days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
for _ in range(days):
    dates.append(f"{y:04d}-{m:02d}-{d:02d}")
    d += 1
    if d > (month_days[m - 1] if y == 2024 or m != 2 else 28):
        d, m = 1, m + 1
        if m > 12:
            m, y = 1, y + 1


def poisson(lam):
    if lam <= 0:
        return 0
    if lam > 50:  # normal approximation, rounded: exact enough for demand
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


with open(f"{out}/train.csv", "w") as train, open(f"{out}/test.csv", "w") as test, \
        open(f"{out}/related.csv", "w") as related:
    train.write("item_id,store_id,timestamp,target_value\n")
    test.write("item_id,store_id,timestamp,target_value\n")
    related.write("item_id,store_id,timestamp,price,promotion\n")
    for s in range(series):
        # item_id names the series alone (the reference scorer keys by it); store_id is its dimension
        store = f"store{s % stores:02d}"
        item = f"item{s // stores:05d}-{store}"
        intermittent = rng.random() < 0.3
        level = math.exp(rng.gauss(-1.2, 0.6)) if intermittent else math.exp(rng.gauss(2.5, 1.0))
        weekly = [1 + rng.uniform(-0.3, 0.5) * (1 if k >= 5 else -0.3) for k in range(7)]
        yearly_amplitude, yearly_phase = rng.uniform(0, 0.3), rng.uniform(0, 2 * math.pi)
        trend = rng.gauss(0, 0.0004)
        elasticity = rng.uniform(0.5, 2.5)
        base_price = round(rng.uniform(1, 40), 2)
        price, promo_left = base_price, 0
        start = rng.randrange(0, 300) if rng.random() < 0.1 else 0  # some items launch later
        for t in range(days):
            if promo_left == 0 and rng.random() < 0.02:
                promo_left = rng.randint(3, 10)
            promotion = 1 if promo_left > 0 else 0
            promo_left = max(0, promo_left - 1)
            if rng.random() < 0.005:  # a lasting price change
                base_price = round(base_price * rng.uniform(0.85, 1.15), 2)
            price = round(base_price * (0.8 if promotion else 1.0), 2)
            related.write(f"{item},{store},{dates[t]},{price},{promotion}\n")
            if t < start:
                continue
            weekday = t % 7  # 2024-01-01 was a Monday: 5 and 6 are the weekend
            season = 1 + yearly_amplitude * math.sin(2 * math.pi * t / 365.25 + yearly_phase)
            lam = level * weekly[weekday] * season * math.exp(trend * t) * (1.6 if promotion else 1.0)
            lam *= (price / base_price) ** (-elasticity)
            row = f"{item},{store},{dates[t]},{poisson(lam)}\n"
            (train if t < days - held_out else test).write(row)
