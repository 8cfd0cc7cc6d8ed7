// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <set>
#include <vector>

namespace perp::cli {

// What a replay backtest read.
struct ReplayHistoryInfo
{
    QStringList names; // file names (no directory), for the report
    std::uint64_t events = 0;
    std::uint64_t lines = 0;
    std::uint64_t rejected = 0;
    std::uint64_t klinesSkipped = 0; // bars without trades behind them: not scored
    std::set<SymbolId> symbols;
    TimeMs firstTime = 0, lastTime = 0; // exchange time covered
    QStringList rejectExamples; // the first few, naming file and line
    double hours() const { return lastTime > firstTime ? double(lastTime - firstTime) / 3'600'000.0 : 0; }
};

// Reads recorded files (any format `perpscope-cli replay` reads) in the order given and
// hands their events to `step` in file order, one call per `stepMs` of exchange time
// (the same cadence the simulator backtest uses), so the engine sees the history exactly
// as it happened. Bad lines are counted and skipped. False with `error` when a file cannot
// be opened or read.
bool replayInSteps(const QStringList& files, TimeMs stepMs,
    const std::function<void(std::vector<MarketEvent>& events)>& step, ReplayHistoryInfo& info,
    QString& error);

} // namespace perp::cli
