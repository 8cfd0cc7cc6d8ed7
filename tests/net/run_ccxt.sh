#!/bin/sh
# SPDX-License-Identifier: MIT
# Starts perpscope-mockex on a free port and runs the ccxt client script against it.
# ccxt is looked up in NODE_PATH, then in $PERPSCOPE_CCXT_DIR/node_modules. Exit 77 = skipped.
MOCKEX="$1"
SCRIPT="$2"
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: node is not installed"
    exit 77
fi
if [ -n "$PERPSCOPE_CCXT_DIR" ]; then
    NODE_PATH="$PERPSCOPE_CCXT_DIR/node_modules${NODE_PATH:+:$NODE_PATH}"
    export NODE_PATH
fi
LOG=$(mktemp)
"$MOCKEX" --port 0 --seed 3 --speed 60 --symbols BTCUSDT,ETHUSDT >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -f "$LOG"' EXIT
PORT=""
for _ in $(seq 1 50); do
    PORT=$(sed -n 's/^PORT \([0-9]*\)$/\1/p' "$LOG")
    [ -n "$PORT" ] && break
    sleep 0.1
done
if [ -z "$PORT" ]; then
    echo "FAIL: perpscope-mockex did not start:"; cat "$LOG"
    exit 1
fi
node "$SCRIPT" "$PORT"
