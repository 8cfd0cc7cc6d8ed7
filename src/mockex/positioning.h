// SPDX-License-Identifier: MIT
#pragma once

#include "market.h"

#include "feed/sim/simconfig.h"

#include <optional>

namespace perp::mockex {

// Binance-style positioning of the simulator's traders (market-maker inventory left out):
// the long share of accounts (one position = one account), and of the top 20% of
// positions by margin (qty * entry / leverage): by size and by count. Nullopt when either
// side has no position, where a long/short ratio is undefined.
std::optional<Positioning> positioningOf(const sim::GroundTruth& truth);

} // namespace perp::mockex
