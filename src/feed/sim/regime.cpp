// SPDX-License-Identifier: MIT
#include "regime.h"

#include <cmath>

namespace perp::sim {

namespace {
constexpr double kDaySec = 86400.0;

double meanDurationSec(Regime r)
{
    switch (r) {
    case Regime::Range:
        return 4 * 3600.0;
    case Regime::TrendUp:
    case Regime::TrendDown:
        return 2 * 3600.0;
    case Regime::HighVolatility:
        return 40 * 60.0;
    }
    return 3600.0;
}
} // namespace

RegimeTraits regimeTraits(Regime r)
{
    switch (r) {
    case Regime::Range:
        return {0.013, 0.0, 0.8, 1.1};
    case Regime::TrendUp:
        return {0.020, 0.06, 1.2, 0.9};
    case Regime::TrendDown:
        return {0.022, -0.06, 1.3, 0.85};
    case Regime::HighVolatility:
        return {0.060, 0.0, 2.4, 0.5};
    }
    return {0.015, 0.0, 1.0, 1.0};
}

MarketFactor::MarketFactor(std::uint64_t seed)
    : m_rng(seed)
{
    const auto r = m_rng.integer(0, 9);
    m_regime = r < 5 ? Regime::Range
        : r < 7      ? Regime::TrendUp
        : r < 9      ? Regime::TrendDown
                     : Regime::HighVolatility;
    m_traits = regimeTraits(m_regime);
}

int MarketFactor::trendSign() const
{
    return m_regime == Regime::TrendUp ? 1 : m_regime == Regime::TrendDown ? -1 : 0;
}

void MarketFactor::switchRegime()
{
    const double u = m_rng.uniform();
    switch (m_regime) {
    case Regime::Range:
        m_regime = u < 0.35 ? Regime::TrendUp : u < 0.70 ? Regime::TrendDown : Regime::HighVolatility;
        break;
    case Regime::TrendUp:
    case Regime::TrendDown: {
        const Regime other = m_regime == Regime::TrendUp ? Regime::TrendDown : Regime::TrendUp;
        m_regime = u < 0.6 ? Regime::Range : u < 0.85 ? Regime::HighVolatility : other;
        break;
    }
    case Regime::HighVolatility:
        m_regime = u < 0.5 ? Regime::Range : u < 0.75 ? Regime::TrendUp : Regime::TrendDown;
        break;
    }
    m_traits = regimeTraits(m_regime);
}

void MarketFactor::step(double dtSec)
{
    if (m_rng.chance(dtSec / meanDurationSec(m_regime)))
        switchRegime();
    const double sigma = m_traits.btcVolDaily * std::sqrt(dtSec / kDaySec);
    m_shock = m_traits.driftDaily * dtSec / kDaySec + sigma * m_rng.normal();
}

} // namespace perp::sim
