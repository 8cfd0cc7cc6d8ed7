#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what PerpScope needs on Debian 12, configures and builds it (dev preset, ccache).
# Sourced by scripts/run.sh and scripts/test.sh; not meant to be run alone.
set -euo pipefail

PERPSCOPE_PACKAGES=(
    cmake ninja-build g++ clang-14 libclang-rt-14-dev ccache pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins
    libqcustomplot-dev libsimdjson-dev zlib1g-dev libzstd-dev libgl-dev
    xvfb xauth fonts-dejavu-core
)

perpscope_install_packages() {
    local missing=()
    for p in "${PERPSCOPE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "PerpScope needs these Debian packages. Install them, then run this command again:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

perpscope_build() {
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    cd "$root"
    # Cache hits across clones in other folders (CI builds a fresh clone).
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    export CCACHE_BASEDIR="$root"
    export CCACHE_NOHASHDIR=1
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
    cmake --preset dev
    cmake --build --preset dev -j "$(nproc)"
}
