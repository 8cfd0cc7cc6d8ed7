// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "zoneconfig.h"

#include <span>
#include <vector>

namespace perp::zones {

// How a visit of price into a zone ended.
enum class Outcome : std::uint8_t {
    Held, // left again on the side it came from
    Swept, // poked beyond the far edge, then left on the side it came from (reclaimed)
    Broke, // `breakBars` consecutive closes beyond the far edge
    Open, // still in progress at the newest bar
};

// One visit: from the first bar that overlaps the zone after price was away from it, to
// the bar that decides the outcome.
struct Visit
{
    TimeMs start = 0, end = 0; // open times of the first and last bar
    int from = 0; // +1 came from above (tested as support), -1 from below (as resistance)
    Outcome outcome = Outcome::Open;
    double extreme = 0; // furthest price reached towards / beyond the far edge
    double delta = 0, volume = 0; // taker buy - sell, and volume, over the visit (base units)
    // The reaction: bars after the extreme bar (the bounce or reclaim leg).
    double reactionDelta = 0, reactionVolume = 0;
};

// A candle reduced to what the scan reads (converted once per update, not once per zone).
struct BarPoint
{
    TimeMs time = 0;
    double low = 0, high = 0, close = 0;
    double delta = 0, volume = 0; // taker buy - sell, total (base units)
};
std::vector<BarPoint> toBarPoints(std::span<const Candle> bars);

// Step 5 (first half): every visit of price into [low, high] in the bars (oldest first).
// Before price has been seen entirely above or below the zone, overlapping bars do not
// start a visit (the side it came from is unknown).
std::vector<Visit> scanVisits(
    double low, double high, std::span<const BarPoint> bars, double atr, const ZoneConfig& config);
std::vector<Visit> scanVisits(
    double low, double high, std::span<const Candle> bars, double atr, const ZoneConfig& config);

} // namespace perp::zones
