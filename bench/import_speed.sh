#!/usr/bin/env bash
# Issue 2's speed bar: parse + naive forecast + write of a 2,000,000-row target CSV must take no
# longer than sqlite3's own `.import` of the same file. Prints wall time and peak memory of both.
#   usage: bench/import_speed.sh [ROWS]   (needs a built build/app/almanac-cli, sqlite3, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-2000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=build/app/almanac-cli

# 2000 items x 1000 days of daily demand: realistic ids, ISO dates, decimal values.
python3 - "$rows" "$work/target.csv" <<'PY'
import sys, datetime, random
rows, path = int(sys.argv[1]), sys.argv[2]
items = 2000
days = rows // items
start = datetime.date(2021, 1, 1)
dates = [(start + datetime.timedelta(d)).isoformat() for d in range(days)]
rng = random.Random(7)
with open(path, "w") as f:
    f.write("item_id,timestamp,target_value\n")
    for i in range(items):
        base = rng.uniform(1, 200)
        for d in dates:
            f.write(f"item_{i:05d},{d},{base * rng.uniform(0.5, 1.5):.2f}\n")
PY
size=$(du -h "$work/target.csv" | cut -f1)
echo "file: $rows rows, $size"

measure() { # label, command...
  local label=$1; shift
  local best=999999 mem=0
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
    read -r secs kb < "$work/time"
    best=$(python3 -c "print(min($best, $secs))")
    mem=$kb
  done
  printf "%-40s best of 3: %6.2f s   peak RSS: %5d MB\n" "$label" "$best" $((mem / 1024))
}

measure "sqlite3 .import (in-memory db)" sqlite3 :memory: ".import --csv $work/target.csv t"
rm -f "$work/db.sqlite"
measure "sqlite3 .import (file db)" bash -c "rm -f $work/db.sqlite; sqlite3 $work/db.sqlite '.import --csv $work/target.csv t'"
measure "almanac-cli forecast naive, 1 thread" env ALMANAC_QUIET=1 "$cli" forecast --target "$work/target.csv" --frequency D \
  --horizon 28 --recipe naive --threads 1 --out "$work/forecast.csv"
measure "almanac-cli forecast naive, 2 threads" env ALMANAC_QUIET=1 "$cli" forecast --target "$work/target.csv" --frequency D \
  --horizon 28 --recipe naive --threads 2 --out "$work/forecast.csv"
echo "forecast rows: $(($(wc -l < "$work/forecast.csv") - 1))"
