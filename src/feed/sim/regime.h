// SPDX-License-Identifier: MIT
#pragma once

#include "rng.h"

#include <cstdint>

namespace perp::sim {

enum class Regime : std::uint8_t { Range, TrendUp, TrendDown, HighVolatility };

// What a regime does to the market.
struct RegimeTraits
{
    double btcVolDaily; // log-volatility of BTC's fair value per day
    double driftDaily; // log-drift per day
    double activity; // multiplies trade and position-opening rates
    double depth; // multiplies order-book depth
};
RegimeTraits regimeTraits(Regime r);

// The market-wide state: a regime that switches at random times and the BTC
// factor every symbol's fair value follows (each with its own beta).
class MarketFactor
{
public:
    explicit MarketFactor(std::uint64_t seed);

    // Advances by dt seconds. Afterwards shock() is this step's BTC log-return.
    void step(double dtSec);

    Regime regime() const { return m_regime; }
    const RegimeTraits& traits() const { return m_traits; }
    double shock() const { return m_shock; }
    // Sign of the current trend (+1, -1, 0).
    int trendSign() const;

private:
    void switchRegime();

    Rng m_rng;
    Regime m_regime = Regime::Range;
    RegimeTraits m_traits;
    double m_shock = 0;
};

} // namespace perp::sim
