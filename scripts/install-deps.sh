#!/usr/bin/env bash
# Installs every Debian package Almanac needs to build, run and test.
# Idempotent: skips apt entirely when everything is already present.
#   --bench also installs the peers the benchmarks in bench/ compare with (R's forecast package);
#   CI does not need them.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libeigen3-dev libsqlite3-dev sqlite3
  libxlsxwriter-dev nlohmann-json3-dev libcli11-dev libnlopt-dev liblbfgspp-dev
  libopenblas0 libopenblas-dev
  libtorch-dev
  xvfb xauth fonts-dejavu-core
  dpkg-dev file
  unzip
  libcpp-httplib-dev
  clang libclang-rt-14-dev
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(r-base-core r-cran-forecast)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
