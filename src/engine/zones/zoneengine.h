// SPDX-License-Identifier: MIT
#pragma once

#include "zone.h"
#include "zoneconfig.h"
#include "zoneinput.h"
#include "zonetracker.h"

#include <span>
#include <vector>

namespace perp::zones {

// The support/resistance zones of one symbol, in seven steps (docs/zones.md):
// 1 swing highs/lows per timeframe, 2 volume-profile nodes, 3 estimated liquidation
// clusters, 4 merge into ATR-wide zones, 5 score by touches, rejections, age and volume,
// 6 direction, state and order-flow / liquidation evidence, 7 rank and publish with
// stable ids and a "why". Deterministic: the same inputs give the same zones.
class ZoneEngine
{
public:
    explicit ZoneEngine(ZoneConfig config = {});

    // Recomputes the zones. Without enough base-frame candles for an ATR, or without a
    // price, the result is empty.
    const std::vector<Zone>& update(const ZoneInput& input);
    const std::vector<Zone>& zones() const { return m_zones; }
    // Shows zones kept from an earlier run until the next update, which keeps their ids.
    void restore(std::vector<Zone> zones);
    double atr() const { return m_atr; } // base frame, price units, of the last update
    const ZoneConfig& config() const { return m_config; }

private:
    ZoneConfig m_config;
    ZoneTracker m_tracker;
    std::vector<Zone> m_zones;
    double m_atr = 0;
};

// Mean true range of the last `period` bars (needs period + 1 bars; else 0).
double meanTrueRange(std::span<const Candle> bars, int period);

} // namespace perp::zones
