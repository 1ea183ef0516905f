#!/usr/bin/env bash
# Quick start: install, build, and run Almanac on the bundled sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
./build/app/almanac-cli demo --out-dir almanac-demo "$@"
