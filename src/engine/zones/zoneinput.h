// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"

#include <array>
#include <span>
#include <vector>

namespace perp::zones {

// An estimated liquidation cluster as the zone engine sees it (filled from liq::LiqBand
// by the engine, or by a test).
struct LiqCluster
{
    double low = 0, high = 0;
    double peak = 0; // densest price
    double notional = 0; // estimated, quote
    bool longs = true; // longs liquidated there (below price); false: shorts (above)
};

// Everything one zone update reads. Candles oldest first; the spans must stay valid for
// the duration of the call.
struct ZoneInput
{
    TimeMs now = 0;
    double price = 0; // last trade price
    // Candles of ZoneConfig::swingFrames, in that order (the first is the base frame).
    std::array<std::span<const Candle>, 3> frames;
    std::vector<LiqCluster> liquidity;
};

} // namespace perp::zones
