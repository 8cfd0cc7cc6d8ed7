#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quick start: install, build and run the whole PerpScope test suite (GUI tests run offscreen).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-debian.sh"
perpscope_install_packages
perpscope_build
export QT_QPA_PLATFORM=offscreen
ctest --preset dev "$@"
# The parsers' libFuzzer targets (clang), each run briefly from its seed corpus.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
ctest --preset fuzz
