// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstdint>

namespace perp::zones {

// A single price level found by steps 1-3, before merging.
struct Level
{
    double price = 0; // the level itself (pivot extreme, node centre, cluster peak)
    double low = 0, high = 0; // its own band (set by step 3; steps 1-2 leave it to step 4)
    double weight = 1; // how much it counts towards a zone's confluence
    std::uint8_t source = 0; // one ZoneSource bit
    std::uint8_t frame = 0; // swing levels: index into ZoneConfig::swingFrames
    TimeMs time = 0; // when it formed (pivot bar open; window start for nodes; now for clusters)
    double notional = 0; // liquidation levels: estimated notional (quote)
};

} // namespace perp::zones
