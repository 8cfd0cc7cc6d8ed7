// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "core/symbols.h"

#include <span>

namespace perp::liq {

// Liquidation price of an isolated-margin, one-way-mode USD-M position (Binance formula,
// reference notes section C). Liquidation happens when margin balance equals maintenance
// margin: WB + side*Q*(P - EP) = Q*P*MMR - cum, so
//     LP = (WB + cum - side*Q*EP) / (Q*MMR - side*Q)
// with side = +1 long / -1 short, Q = |size| (base units), WB = isolated wallet balance.
double isolatedLiquidationPrice(
    PositionSide side, double qty, double entry, double walletBalance, double mmr, double cum);

// Same, with the maintenance bracket chosen from `tiers` by the position's own notional
// (qty * entry). If the notional at the resulting liquidation price falls in another tier,
// the price is recomputed with that tier's MMR and cum (at most a few iterations; the
// tier table is monotone so this converges). Returns 0 for a long that cannot be
// liquidated (margin covers the full notional) and never a negative price.
double liquidationPrice(
    PositionSide side, double qty, double entry, double walletBalance, std::span<const MarginTier> tiers);

// A position opened with initial margin = notional / leverage (the usual case for a fresh
// isolated position): LP for the given entry price, leverage and position notional.
// With cum = 0 this equals EP*(1 - 1/L)/(1 - MMR) for longs and EP*(1 + 1/L)/(1 + MMR) for shorts.
double liquidationPriceForLeverage(
    PositionSide side, double entry, double leverage, double notional, std::span<const MarginTier> tiers);

// First-order approximation used by heatmap tools: EP*(1 -+ 1/L +- MMR). For comparison only.
double approxLiquidationPrice(PositionSide side, double entry, double leverage, double mmr);

} // namespace perp::liq
