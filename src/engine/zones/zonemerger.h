// SPDX-License-Identifier: MIT
#pragma once

#include "level.h"
#include "zoneconfig.h"

#include <vector>

namespace perp::zones {

// A zone before scoring: the merged levels' range and what they were.
struct Candidate
{
    double low = 0, high = 0;
    double level = 0; // weight-averaged level price
    double weight = 0; // sum of the level weights (confluence)
    std::uint8_t sources = 0; // ZoneSource bits
    std::uint8_t frames = 0; // bit i: a swing level of swingFrames[i]
    int swingHighs = 0, swingLows = 0, nodes = 0, clusters = 0;
    double liqNotional = 0; // estimated liquidation notional of the clusters merged in
    TimeMs formed = 0; // oldest level time
};

// Step 4: levels -> zones. Each level without a band gets one `levelWidthAtr` x atr wide
// around its price. In price order, a level joins the current zone when its price is
// within `mergeAtr` x atr of the zone's upper edge and the zone stays at most
// `maxWidthAtr` x atr wide; otherwise it starts a new zone. Zones come out in price order.
std::vector<Candidate> mergeLevels(std::vector<Level> levels, double atr, const ZoneConfig& config);

} // namespace perp::zones
