// SPDX-License-Identifier: MIT
#include "liqprice.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

double isolatedLiquidationPrice(
    PositionSide side, double qty, double entry, double walletBalance, double mmr, double cum)
{
    const double s = side == PositionSide::Long ? 1.0 : -1.0;
    const double q = std::abs(qty);
    const double denom = q * mmr - s * q;
    if (q <= 0 || denom == 0)
        return 0;
    return std::max(0.0, (walletBalance + cum - s * q * entry) / denom);
}

double liquidationPrice(
    PositionSide side, double qty, double entry, double walletBalance, std::span<const MarginTier> tiers)
{
    const double q = std::abs(qty);
    if (tiers.empty() || q <= 0 || entry <= 0)
        return 0;
    const MarginTier* tier = &tierFor(tiers, q * entry);
    double lp = isolatedLiquidationPrice(side, q, entry, walletBalance, tier->mmr, tier->cum);
    // The bracket that applies at liquidation is the one of the notional at LP.
    for (int i = 0; i < 4 && lp > 0; ++i) {
        const MarginTier* atLp = &tierFor(tiers, q * lp);
        if (atLp == tier)
            break;
        tier = atLp;
        lp = isolatedLiquidationPrice(side, q, entry, walletBalance, tier->mmr, tier->cum);
    }
    return lp;
}

double liquidationPriceForLeverage(
    PositionSide side, double entry, double leverage, double notional, std::span<const MarginTier> tiers)
{
    if (entry <= 0 || leverage <= 0 || notional <= 0)
        return 0;
    const double qty = notional / entry;
    return liquidationPrice(side, qty, entry, notional / leverage, tiers);
}

double approxLiquidationPrice(PositionSide side, double entry, double leverage, double mmr)
{
    if (leverage <= 0)
        return 0;
    const double s = side == PositionSide::Long ? 1.0 : -1.0;
    return std::max(0.0, entry * (1.0 - s / leverage + s * mmr));
}

} // namespace perp::liq
