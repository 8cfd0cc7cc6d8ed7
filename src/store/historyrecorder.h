// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"
#include "writebatch.h"

#include <map>
#include <set>

namespace perp::store {

// Collects, on the engine thread, what should be stored, and hands it over as a
// WriteBatch about once per second of engine time (live, sim and replay alike):
//  - candles of every timeframe of each symbol that traded, from the first one
//    not yet written (so a candle that closed since the last flush gets its final
//    values, and the forming one is upserted again as it grows);
//  - realized liquidations as they come; open interest and funding sampled (the
//    first point of each interval per symbol);
//  - bias / signal history and fired alerts passed in by their producers.
// Cheap: observe() only copies the few events it keeps.
class HistoryRecorder
{
public:
    struct Options
    {
        TimeMs flushEveryMs = 1'000;
        TimeMs openInterestEveryMs = 60'000;
        TimeMs fundingEveryMs = 60'000;
    };
    HistoryRecorder()
        : HistoryRecorder(Options {})
    { }
    explicit HistoryRecorder(Options options);

    // Call after engine.apply(batch).
    void observe(const EventBatch& batch);
    void addBias(std::vector<BiasRecord> rows);
    void addSignals(std::vector<SignalRecord> rows);
    void addAlerts(const std::vector<alerts::FiredAlert>& fired);
    // Candles of a symbol from `from` on changed out of order (a gap filled from the
    // exchange's REST backfill): the next take writes them again, in every timeframe.
    void noteFilled(SymbolId symbol, TimeMs from);

    // A batch when flushEveryMs of engine time has passed since the last one (or
    // `force`, e.g. at shutdown or the end of a replay) and there is something to
    // write; nullptr otherwise.
    WriteBatchPtr take(const Engine& engine, bool force = false);

private:
    Options m_options;
    std::unique_ptr<WriteBatch> m_pending = std::make_unique<WriteBatch>();
    std::set<SymbolId> m_touched;
    std::map<std::pair<SymbolId, int>, TimeMs> m_lastWritten; // (symbol, timeframe) -> open time
    std::map<SymbolId, TimeMs> m_lastOi;
    std::map<SymbolId, TimeMs> m_lastFunding;
    TimeMs m_lastFlush = 0;
};

} // namespace perp::store
