#!/usr/bin/env bash
# Builds the .deb (CPack) into build/ and checks that it installs into a scratch root and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
(cd build && cpack -G DEB)
deb=$(ls -t build/almanac_*.deb | head -1)
echo "built $deb"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
root=$(mktemp -d)
dpkg-deb -x "$deb" "$root"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/almanac" --version
"$root/usr/bin/almanac-cli" --version
rm -rf "$root"
