#!/usr/bin/env bash
# Install, build, and run the whole test suite (what CI runs): the release build's suites, then
# the checking build (the engine's suites under ASan + UBSan, and the fuzz targets).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)")
FUZZ_SECONDS="${FUZZ_SECONDS:-30}" bash scripts/check-sanitizers.sh
