#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start: install, build and launch PerpScope on its embedded default (the market simulator).
# Extra arguments go to perpscope, e.g. scripts/run.sh --symbol ETHUSDT --speed 120
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-debian.sh"
perpscope_install_packages
perpscope_build
app="$PWD/build/dev/src/app/perpscope"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot="$PWD/build/perpscope-screenshot.png"
    echo "No display found: running offscreen for 8 seconds and writing a screenshot."
    QT_QPA_PLATFORM=offscreen "$app" --screenshot "$shot" --quit-after 8000 "$@"
    echo "Screenshot written to $shot"
else
    exec "$app" "$@"
fi
