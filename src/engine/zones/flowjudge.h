// SPDX-License-Identifier: MIT
#pragma once

#include "touchscanner.h"
#include "zone.h"
#include "zoneinput.h"
#include "zonemerger.h"

#include <optional>

namespace perp::zones {

// Step 6: direction, state and order-flow / liquidation evidence of a zone.
struct Judgement
{
    ZoneKind kind = ZoneKind::Support;
    ZoneState state = ZoneState::Fresh;
    // -1..+1: taker delta share of each visit's reaction leg, signed so that + means flow in
    // the zone's role (buying off support, selling off resistance), later visits weigh more.
    double flow = 0;
    std::optional<Visit> decisive; // the newest visit that was not still open
    // Estimated liquidation notional of the side a sweep would hit (clusters of longs
    // peaking below support, of shorts above resistance) within 1.5 ATR beyond the zone.
    double liqBeyond = 0;
    bool sweptLiquidity = false; // a trap whose sweep reached into such a cluster
    double multiplier = 1; // applied to the base score, see docs/zones.md
};

Judgement judgeZone(const Candidate& zone, const std::vector<Visit>& visits, double price,
    const std::vector<LiqCluster>& liquidity, double atr, const ZoneConfig& config);

} // namespace perp::zones
