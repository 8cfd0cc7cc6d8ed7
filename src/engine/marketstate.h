// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

namespace perp {

// Latest scalar facts about one symbol, updated from events.
struct SymbolSummary
{
    SymbolId id = 0;
    double last = 0; // last trade price
    double change24hPct = 0; // vs the first 1m open within the last 24 h
    double volume24hQuote = 0; // quote notional traded in the last 24 h (from 1m candles)
    double mark = 0;
    double index = 0;
    double fundingRate = 0;
    double openInterest = 0; // base units
    TimeMs lastTradeTime = 0;
    std::uint64_t trades = 0;
    std::uint64_t liquidations = 0;
};

} // namespace perp
