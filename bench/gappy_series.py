#!/usr/bin/env python3
"""A daily demand log that lacks days 20-31 of every month, as a public bike-sharing log does.

usage: gappy_series.py OUT_DIR [ITEMS]
60 items (default) over two years: level, trend, a weekly and a yearly pattern of their own, and
noise; the log has no rows for days 20 to the month's end. train.csv ends on the 5th of the last
month (five days after such a gap); test.csv holds the 14 days after (6th to 19th), all observed.
"""
import datetime, math, os, random, sys

out = sys.argv[1]
items = int(sys.argv[2]) if len(sys.argv) > 2 else 60
rng = random.Random(7)
start = datetime.date(2022, 1, 1)
last_train = datetime.date(2023, 12, 5)
last_test = last_train + datetime.timedelta(days=14)
train = ["item_id,timestamp,target_value"]
test = ["item_id,timestamp,target_value"]
for i in range(items):
    level = rng.uniform(50, 500)
    trend = rng.uniform(-0.1, 0.3) * level / 365
    weekly = [rng.uniform(-0.35, 0.35) * level for _ in range(7)]
    yearly = rng.uniform(0, 0.3) * level
    phase = rng.uniform(0, 2 * math.pi)
    day, t = start, 0
    while day <= last_test:
        if day.day < 20:
            value = level + trend * t + weekly[day.weekday()] + yearly * math.sin(2 * math.pi * t / 365.25 + phase)
            value = max(0.0, value + rng.gauss(0, 0.08 * level))
            (train if day <= last_train else test).append(f"item{i},{day.isoformat()},{value:.1f}")
        day += datetime.timedelta(days=1)
        t += 1
os.makedirs(out, exist_ok=True)
open(os.path.join(out, "train.csv"), "w").write("\n".join(train) + "\n")
open(os.path.join(out, "test.csv"), "w").write("\n".join(test) + "\n")
