// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

namespace perp::sim {

// How busy, deep and BTC-correlated a simulated symbol is.
struct SymbolTraits
{
    double tradesPerSec; // average taker orders per second in a normal regime
    double beta; // sensitivity to the BTC factor
    double idioVolDaily; // own log-volatility per day on top of beta * BTC
    double depthUsdPerPct; // resting liquidity per side within 1% of the mid
    double tradeMedianUsd; // median taker order size of the flow traders
};

SymbolTraits symbolTraits(const SymbolInfo& info);

} // namespace perp::sim
