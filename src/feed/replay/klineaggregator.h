// SPDX-License-Identifier: MIT
#pragma once

#include "replaytypes.h"

#include <map>
#include <optional>
#include <string>

namespace perp::replay {

// Rolls klines from a file up into candles of one timeframe per symbol (e.g. 1m
// klines into 1h candles). A kline coarser than the timeframe, or one that does not
// divide it, cannot be split and is refused with a reason. Klines must come in time
// order (files hold them so): the first of a bucket gives the open, the last the close.
class KlineAggregator
{
public:
    explicit KlineAggregator(TimeMs timeframeMs)
        : m_tf(timeframeMs)
    { }

    // Empty on success, else why this kline was not used.
    std::string add(const Kline& k);
    // Candles of one symbol, oldest first.
    std::vector<Candle> candles(SymbolId symbol) const;
    std::size_t klineCount(SymbolId symbol) const;

private:
    TimeMs m_tf;
    std::map<SymbolId, std::map<TimeMs, Candle>> m_bySymbol;
    std::map<SymbolId, std::size_t> m_counts;
};

} // namespace perp::replay
