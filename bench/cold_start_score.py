#!/usr/bin/env python3
"""Scores the cold items of a forecast: WAPE of the p50, mean wQL over p10/p50/p90 and the share of
actuals inside [p10, p90], for the items listed in COLD (bench/cold_start_series.py).
   usage: cold_start_score.py TEST.csv FORECAST.csv COLD ITEMS.csv LABEL SECONDS
With FORECAST '-', scores the metadata-group average of the actuals instead: each cold item gets,
period by period, the mean of the warm items of its category over the horizon (a baseline that
knows the warm items' future)."""
import csv
import sys
from collections import defaultdict

test_path, forecast_path, cold_path, items_path, label, seconds = sys.argv[1:7]
cold = set(open(cold_path).read().split())
actual = defaultdict(list)
with open(test_path, newline="") as f:
    for row in csv.DictReader(f):
        actual[row["item_id"]].append((row["timestamp"], float(row["target_value"])))
actual = {k: [v for _, v in sorted(vs)] for k, vs in actual.items()}
category = {}
with open(items_path, newline="") as f:
    for row in csv.DictReader(f):
        category[row["item_id"]] = row["category"]

forecast = defaultdict(list)
if forecast_path == "-":
    for item in cold:
        group = [actual[w] for w in actual if w not in cold and category[w] == category[item]]
        for h in range(len(actual[item])):
            v = sum(g[h] for g in group) / len(group)
            forecast[item].append((h, v, v, v))
else:
    with open(forecast_path, newline="") as f:
        for row in csv.DictReader(f):
            if row["item_id"] in cold:
                forecast[row["item_id"]].append((row["date"], float(row["p10"]), float(row["p50"]), float(row["p90"])))
    forecast = {k: sorted(v) for k, v in forecast.items()}

error = total = covered = count = 0.0
loss = {0.1: 0.0, 0.5: 0.0, 0.9: 0.0}
missing = 0
for item in cold:
    if item not in forecast:
        missing += 1
        continue
    for (_, p10, p50, p90), y in zip(forecast[item], actual[item]):
        error += abs(y - p50)
        total += abs(y)
        covered += p10 <= y <= p90
        count += 1
        for q, p in ((0.1, p10), (0.5, p50), (0.9, p90)):
            loss[q] += 2 * max(q * (y - p), (q - 1) * (y - p))
wql = sum(loss.values()) / 3 / total if total else float("nan")
coverage = f"{covered / count:.3f}" if forecast_path != "-" else "-"
print(f"| {label} | {error / total:.4f} | {wql:.4f} | {coverage} | {len(cold) - missing}/{len(cold)} | {seconds} |")
