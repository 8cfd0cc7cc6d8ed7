// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace perp::zones {

// Support lies below price, resistance above (inside a zone: the side price came from).
enum class ZoneKind : std::uint8_t { Support, Resistance };
// fresh: never revisited since it formed; tested: revisited and held; broken: price closed
// through and stayed; trap: price swept beyond it and reclaimed it (a liquidity grab).
enum class ZoneState : std::uint8_t { Fresh, Tested, Broken, Trap };

// Where a zone's levels came from (bit set).
enum ZoneSource : std::uint8_t {
    SourceSwingHigh = 1,
    SourceSwingLow = 2,
    SourceVolumeNode = 4,
    SourceLiquidation = 8,
};

// One published support/resistance zone.
struct Zone
{
    std::uint64_t id = 0; // stable across updates while the zone persists
    ZoneKind kind = ZoneKind::Support;
    ZoneState state = ZoneState::Fresh;
    double low = 0, high = 0; // price range
    double level = 0; // weighted centre of the levels merged into the zone
    double strength = 0; // 0..1, see docs/zones.md
    int touches = 0; // separate visits of price into the zone
    int rejections = 0; // visits that left on the side they came from
    int sweeps = 0; // visits that poked beyond the far edge and were reclaimed
    int breaks = 0; // visits that closed through and stayed
    double flow = 0; // -1..+1: taker flow at the touches confirms (+) or contradicts (-) the zone
    double volumeRatio = 0; // volume traded inside the zone / the average for a band that wide
    std::uint8_t sources = 0; // ZoneSource bits
    TimeMs formed = 0; // time of the oldest level in the zone
    TimeMs lastTouch = 0; // 0 = never touched
    std::string why; // one short plain-language line

    bool operator==(const Zone&) const = default;
};

std::string_view kindName(ZoneKind k); // "support", "resistance"
std::string_view stateName(ZoneState s); // "fresh", "tested", "broken", "trap"

} // namespace perp::zones
