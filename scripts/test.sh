#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start: install, build and run the whole PerpScope test suite (GUI tests run offscreen).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-debian.sh"
perpscope_install_packages
perpscope_build
export QT_QPA_PLATFORM=offscreen
# A third-party Binance client (npm ccxt) checks perpscope-mockex's protocol; skipped without npm.
if command -v npm >/dev/null 2>&1 && [ ! -d build/node-ccxt/node_modules/ccxt ]; then
    npm install --prefix build/node-ccxt --no-audit --no-fund --silent ccxt@4.5.84 ||
        echo "npm could not install ccxt: the ccxt protocol test will be skipped"
fi
export PERPSCOPE_CCXT_DIR="$PWD/build/node-ccxt"
ctest --preset dev "$@"
# The parsers' libFuzzer targets (clang), each run briefly from its seed corpus.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz
