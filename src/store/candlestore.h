// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/symbols.h"
#include "database.h"

#include <optional>
#include <span>
#include <vector>

namespace perp::store {

// One candle of one series, for batches that span symbols and timeframes (the
// live pattern: the forming candle of every symbol and timeframe each second).
struct CandleRow
{
    SymbolId symbol = 0;
    Timeframe timeframe = Timeframe::M1;
    Candle candle;
};

// Candles per symbol and timeframe. Prices and volumes are stored exactly (raw
// fixed-point integers). Writing a candle whose open time is already stored
// replaces it, so the forming candle can be written again as it updates.
class CandleStore
{
public:
    explicit CandleStore(Database& db)
        : m_db(db)
    { }

    // Inserts or replaces, all in one transaction (joins the caller's, if any).
    bool upsert(SymbolId symbol, Timeframe tf, std::span<const Candle> candles, QString* error = nullptr);
    bool upsert(std::span<const CandleRow> rows, QString* error = nullptr);
    // Candles with from <= openTime < to, oldest first.
    std::vector<Candle> load(SymbolId symbol, Timeframe tf, TimeMs from, TimeMs to, QString* error = nullptr);
    // The newest `count` candles, oldest first (what the chart shows at start).
    std::vector<Candle> loadLatest(
        SymbolId symbol, Timeframe tf, std::size_t count, QString* error = nullptr);
    // Open time of the newest stored candle: where the gap fill from the exchange starts.
    std::optional<TimeMs> latestOpenTime(SymbolId symbol, Timeframe tf);
    std::size_t count(SymbolId symbol, Timeframe tf);

private:
    Database& m_db;
};

// Timeframe as stored (minutes), stable across builds.
int timeframeMinutes(Timeframe tf);

} // namespace perp::store
