#!/usr/bin/env python3
"""Generated series for checking auto away from M4 hourly, as train.csv/test.csv in DIR.
   usage: synthetic_series.py monthly|yearly DIR
monthly: 150 series of 48-144 months (trend, a yearly season of random strength and phase, AR(1)
noise), horizon 18. yearly: 120 series of 13-40 years (growth that drifts and damps,
multiplicative noise), horizon 6. Every series ends at the same period; the seeds are fixed."""
import math
import random
import sys

kind, work = sys.argv[1], sys.argv[2]
train, test = open(f"{work}/train.csv", "w"), open(f"{work}/test.csv", "w")
for f in (train, test):
    f.write("item_id,timestamp,target_value\n")

if kind == "monthly":
    rng = random.Random(3)
    end = 2016 * 12
    for i in range(150):
        level, slope = rng.uniform(50, 500), rng.uniform(-0.5, 2)
        amp, phase = rng.uniform(0, 0.3), rng.uniform(0, 6.28)
        n, noise, ar = rng.randint(48, 144), rng.uniform(0.02, 0.15), 0.0
        start = end - n
        for t in range(n + 18):
            ar = 0.6 * ar + rng.gauss(0, noise)
            v = max(0.0, (level + slope * t) * (1 + amp * math.sin(2 * math.pi * (start + t) / 12 + phase)) * (1 + ar))
            idx = start + t
            (train if t < n else test).write(f"M{i},{idx // 12:04d}-{idx % 12 + 1:02d}-01,{v:.2f}\n")
elif kind == "yearly":
    rng = random.Random(11)
    for i in range(120):
        n = rng.randint(13, 40)
        v, growth = rng.uniform(1000, 8000), rng.uniform(-0.01, 0.06)
        damping, noise = rng.uniform(0.85, 1.0), rng.uniform(0.01, 0.08)
        for t in range(n + 6):
            growth = growth * damping + rng.gauss(0, 0.01)
            v = v * (1 + growth) * (1 + rng.gauss(0, noise))
            (train if t < n else test).write(f"Y{i},{2020 - n + t}-01-01,{max(v, 0):.2f}\n")
else:
    sys.exit("kind must be monthly or yearly")
