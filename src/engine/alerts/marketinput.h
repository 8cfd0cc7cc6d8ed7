// SPDX-License-Identifier: MIT
#pragma once

#include "alertinput.h"
#include "engine/engine.h"

#include <map>
#include <vector>

namespace perp::alerts {

// Fills the market part of an AlertInput from the engine, on the engine thread:
// for every symbol the engine knows, the last price, the funding rate, an ATR and
// the realized liquidations since the previous build. The signal and liquidation
// engines then fill modes, bands, cascades and zones (see symbolInput).
class MarketInputCollector
{
public:
    struct Options
    {
        Timeframe atrTimeframe = Timeframe::M15;
        int atrPeriod = 14;
    };
    MarketInputCollector()
        : MarketInputCollector(Options {})
    { }
    explicit MarketInputCollector(Options options)
        : m_options(options)
    { }

    // Call for every batch the engine applies (keeps its realized liquidations).
    void observe(const EventBatch& batch);
    // A fresh input at engine time; takes the liquidations collected so far.
    AlertInput build(const Engine& engine, bool replay);

private:
    Options m_options;
    std::map<SymbolId, std::vector<RealizedLiq>> m_liquidations;
};

// Average true range (simple mean of the last `period` true ranges) of a candle
// series, or nullopt with fewer than period + 1 candles.
std::optional<double> averageTrueRange(const std::deque<Candle>& candles, int period);

// The entry of `symbol` in `input`, or nullptr.
SymbolInput* symbolInput(AlertInput& input, const std::string& symbol);

} // namespace perp::alerts
