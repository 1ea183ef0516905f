#!/usr/bin/env bash
# Quick start: install, build, and open the workbench on the bundled sample project.
# Without a display it runs the same engine headless instead (almanac-cli demo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/almanac --sample "$@"
fi
echo "No display found: running the headless demo (almanac-cli demo) instead." >&2
exec ./build/app/almanac-cli demo --out-dir almanac-demo "$@"
