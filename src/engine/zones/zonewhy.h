// SPDX-License-Identifier: MIT
#pragma once

#include "flowjudge.h"
#include "zone.h"
#include "zoneconfig.h"
#include "zonemerger.h"

#include <string>

namespace perp::zones {

// The short plain-language reason for a zone: where it comes from, how price behaved at
// it, what the order flow and estimated liquidations say. E.g. "swing lows 5m+1h, volume
// node; held 2 of 2 touches; buyers defended it".
std::string explainZone(
    const Zone& zone, const Candidate& origin, const Judgement& judgement, const ZoneConfig& config);

// "96123.5", "0.00012345": 6 significant digits.
std::string formatLevel(double price);
// "$4.2M", "$850K", "$920"
std::string formatMoney(double notional);

} // namespace perp::zones
