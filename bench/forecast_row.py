#!/usr/bin/env python3
"""One markdown table row for a forecast, scored by ../shared/tools/eval_forecast.py exactly as M4 scores.
   usage: forecast_row.py TRAIN TEST FORECAST SEASON LABEL... [-- TRAILING CELL...]
Cells: the labels, then sMAPE, MASE, OWA, mean wQL, p10-p90 coverage, then any trailing cells."""
import json
import os
import subprocess
import sys

args = sys.argv[1:]
train, test, forecast, season = args[:4]
rest = args[4:]
labels, trailing = (rest[:rest.index("--")], rest[rest.index("--") + 1:]) if "--" in rest else (rest, [])
scorer = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "eval_forecast.py")
out = subprocess.run([sys.executable, scorer, train, test, forecast, season, "--json"], check=True,
                     capture_output=True, text=True).stdout
r = json.loads(out)
cells = labels + [f"{r['sMAPE']:.3f}", f"{r['MASE']:.3f}", f"{r['OWA']:.3f}", f"{r['mean_wQL']:.4f}",
                  f"{r['p10_p90_coverage']:.3f}"] + trailing
print("| " + " | ".join(cells) + " |")
