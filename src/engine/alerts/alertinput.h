// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace perp::alerts {

// What the alert rules look at, filled by the engine once per evaluation (on the
// engine thread). Anything the engine does not know is left empty / nullopt and
// the conditions that need it are simply not evaluated for that symbol.

// The composite of one symbol in one mode ("scalp", "day", "swing").
struct ModeReading
{
    double bias = 0; // -100 .. +100
    double confidence = 0; // percent, 0 .. 100
    std::string state; // "neutral", "bullish", "bearish", "conflicted"
    std::map<std::string, std::string> categoryStates; // category key ("order_flow") -> state
    // Start of the composite cycle this reading belongs to; 0 = derive from the
    // evaluation time and the mode's default cycle (scalp 30 s, day 60 s, swing 300 s).
    TimeMs cycleStart = 0;
};

enum class BandSide { Long, Short }; // whose positions would be liquidated there

// An estimated liquidation cluster as a price band.
struct LiqBand
{
    std::string id; // stable between updates
    double low = 0;
    double high = 0;
    BandSide side = BandSide::Long;
    double notional = 0; // estimated, quote currency
};

struct RealizedLiq
{
    TimeMs time = 0;
    double price = 0;
    double notional = 0; // quote currency
    BandSide side = BandSide::Long; // the side that was liquidated
};

struct Zone
{
    std::string id; // stable between updates
    double low = 0;
    double high = 0;
    std::string state; // "fresh", "tested", "broken", "trap"
};

struct SymbolInput
{
    std::string symbol; // "SOLUSDT"
    std::optional<double> price; // last trade price
    std::optional<double> atr; // of the chart's working timeframe, in price units
    std::map<std::string, ModeReading> modes; // by mode name
    std::vector<LiqBand> bands;
    bool cascadeActive = false;
    std::optional<BandSide> cascadeSide;
    double cascadeIntensity = 0;
    // Realized liquidations since the previous evaluation (the engine clears them after each).
    std::vector<RealizedLiq> newLiquidations;
    std::optional<double> fundingRate; // per interval, 0.0001 = 0.01 %
    std::vector<Zone> zones;
};

struct AlertInput
{
    TimeMs time = 0; // engine time (exchange time, also during replay)
    bool replay = false; // evaluating recorded data: fired alerts are marked replay
    std::vector<SymbolInput> symbols;
};

// The default composite cycle of a mode, used when a reading carries no cycleStart.
TimeMs defaultModeCycleMs(const std::string& mode);

} // namespace perp::alerts
