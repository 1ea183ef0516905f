#!/usr/bin/env bash
# Builds and runs the ALS scale benchmark (see als_scale.cpp) in its own build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DALMANAC_BUILD_BENCH=ON -DALMANAC_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target als_scale
./build-bench/bench/als_scale "$@"
