// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <span>

namespace perp::sim {

// Isolated-margin arithmetic of a one-way USDT perp (Binance USD-M form, see
// reference notes section C). The tier is chosen by the position's own notional.

// The highest leverage the tier table allows for a position of this notional.
double maxLeverageFor(std::span<const MarginTier> tiers, double notional);

// LP = (WB + cum - side*Q*EP) / (Q*MMR - side*Q), WB = Q*EP/leverage.
// Returns 0 when the position cannot be liquidated (e.g. a fully collateralised long).
double liquidationPrice(
    std::span<const MarginTier> tiers, PositionSide side, double qty, double entryPrice, double leverage);

} // namespace perp::sim
