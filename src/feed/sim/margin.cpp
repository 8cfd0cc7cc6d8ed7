// SPDX-License-Identifier: MIT
#include "margin.h"

#include <algorithm>

namespace perp::sim {

double maxLeverageFor(std::span<const MarginTier> tiers, double notional)
{
    if (tiers.empty())
        return 125;
    return tierFor(tiers, notional).maxLeverage;
}

double liquidationPrice(
    std::span<const MarginTier> tiers, PositionSide side, double qty, double entryPrice, double leverage)
{
    if (qty <= 0 || entryPrice <= 0 || leverage <= 0)
        return 0;
    const double notional = qty * entryPrice;
    const double mmr = tiers.empty() ? 0.004 : tierFor(tiers, notional).mmr;
    const double cum = tiers.empty() ? 0.0 : tierFor(tiers, notional).cum;
    const double s = side == PositionSide::Long ? 1.0 : -1.0;
    const double wb = notional / leverage;
    const double lp = (wb + cum - s * qty * entryPrice) / (qty * mmr - s * qty);
    return std::max(0.0, lp);
}

} // namespace perp::sim
