#!/usr/bin/env bash
# Builds and runs the forecast explorer scale benchmark (bench/explorer_scale.cpp).
#   usage: bench/explorer_scale.sh [items]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DALMANAC_BUILD_BENCH=ON -DALMANAC_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target explorer_scale
./build-bench/bench/explorer_scale "$@"
