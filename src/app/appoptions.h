// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/symbols.h"

#include <QString>
#include <QStringList>

namespace perp {

enum class SourceKind { Sim, Replay, Binance, Bybit, Okx };

// What `perpscope` was asked to do.
struct AppOptions
{
    SourceKind source = SourceKind::Sim;
    QString replayFile; // for SourceKind::Replay
    quint64 seed = 1;
    double speed = 60.0; // simulated seconds per real second; 0 = as fast as possible
    int historyMinutes = 240; // simulated history produced flat out before pacing
    SymbolId symbol = 0; // BTCUSDT
    Timeframe timeframe = Timeframe::M1;
    QString screenshotFile;
    int quitAfterMs = -1; // -1: run until closed
    QString exchangeUrl; // --exchange-url: another base for REST and WebSocket (e.g. perpscope-mockex)
    QString dataDir; // --data-dir: where history (SQLite) is kept; empty = the platform's data directory
};

// Result of parsing the command line. When `exit` is set, print `message` (to stdout
// for help/version, stderr otherwise) and exit with `exitCode` without starting the GUI.
struct ParsedOptions
{
    AppOptions options;
    bool exit = false;
    int exitCode = 0;
    QString message;
};

// Parses perpscope's arguments (args[0] is the program). Needs a Q(Core)Application.
ParsedOptions parseAppOptions(const QStringList& args);

} // namespace perp
