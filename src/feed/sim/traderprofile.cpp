// SPDX-License-Identifier: MIT
#include "traderprofile.h"

#include <algorithm>
#include <cmath>

namespace perp::sim {

std::string_view scenarioName(Scenario s)
{
    switch (s) {
    case Scenario::Balanced:
        return "balanced";
    case Scenario::RetailHighLeverage:
        return "retail";
    case Scenario::LowLeverageFunds:
        return "funds";
    }
    return "balanced";
}

std::optional<Scenario> parseScenario(std::string_view name)
{
    if (name == "balanced" || name == "Balanced")
        return Scenario::Balanced;
    if (name == "retail" || name == "RetailHighLeverage" || name == "retail-high-leverage")
        return Scenario::RetailHighLeverage;
    if (name == "funds" || name == "LowLeverageFunds" || name == "low-leverage-funds")
        return Scenario::LowLeverageFunds;
    return std::nullopt;
}

TraderProfile TraderProfile::forScenario(Scenario s, std::uint64_t seed, double populationScale)
{
    TraderProfile p;
    switch (s) {
    case Scenario::Balanced:
        p.bands = {{{0.45, 2, 10}, {0.40, 10, 40}, {0.15, 40, 125}}};
        p.meanLifetimeSec = 3 * 3600.0;
        p.medianNotionalUsd = 4000;
        break;
    case Scenario::RetailHighLeverage:
        p.bands = {{{0.45, 25, 50}, {0.35, 50, 100}, {0.20, 100, 125}}};
        p.meanLifetimeSec = 40 * 60.0;
        p.medianNotionalUsd = 1200;
        p.populationPerTradeRate = 100;
        p.trendChasing = 0.18;
        p.stopShare = 0.15;
        break;
    case Scenario::LowLeverageFunds:
        p.bands = {{{0.75, 2, 5}, {0.20, 5, 10}, {0.05, 10, 20}}};
        p.meanLifetimeSec = 14 * 3600.0;
        p.medianNotionalUsd = 25000;
        p.notionalSigma = 1.1;
        p.trendChasing = 0.04;
        p.stopShare = 0.5;
        break;
    }
    // The seed moves the mix a little: band weights, lifetimes and sizes by ~+-20%.
    std::uint64_t sm = seed ^ 0x5CE7A810ULL;
    Rng rng(splitmix64(sm));
    double total = 0;
    for (auto& b : p.bands) {
        b.weight *= std::exp(0.2 * rng.normal());
        total += b.weight;
    }
    for (auto& b : p.bands)
        b.weight /= total;
    p.meanLifetimeSec *= std::exp(0.2 * rng.normal());
    p.stopShare = std::clamp(p.stopShare * std::exp(0.2 * rng.normal()), 0.0, 0.9);
    p.medianNotionalUsd *= std::exp(0.2 * rng.normal());
    if (populationScale > 0) {
        p.populationPerTradeRate *= populationScale;
        p.medianNotionalUsd /= populationScale;
    }
    return p;
}

double TraderProfile::drawLeverage(Rng& rng) const
{
    double u = rng.uniform();
    const LeverageBand* band = &bands.back();
    for (const auto& b : bands) {
        if (u < b.weight) {
            band = &b;
            break;
        }
        u -= b.weight;
    }
    const double lev = band->minLeverage * std::pow(band->maxLeverage / band->minLeverage, rng.uniform());
    return std::clamp(std::round(lev), 2.0, 125.0);
}

double TraderProfile::drawStop(Rng& rng, double entry, double liquidation) const
{
    if (liquidation <= 0 || !rng.chance(stopShare))
        return 0;
    return entry + rng.uniform(0.3, 0.85) * (liquidation - entry);
}

} // namespace perp::sim
