// SPDX-License-Identifier: MIT
#pragma once

#include "rng.h"
#include "simconfig.h"

#include <array>

namespace perp::sim {

// One group of traders: how much leverage they use and how often they appear.
struct LeverageBand
{
    double weight; // share of new positions
    double minLeverage;
    double maxLeverage; // drawn log-uniformly, rounded to a whole leverage
};

// How the simulated traders of a scenario behave. The seed jitters the numbers a
// little, so an estimator tuned to one run cannot assume the exact mix.
struct TraderProfile
{
    std::array<LeverageBand, 3> bands {};
    double meanLifetimeSec = 7200; // mean holding time of a position (exponential)
    double medianNotionalUsd = 3000; // position size, log-normal
    double notionalSigma = 1.3;
    double populationPerTradeRate = 60; // positions held per (trade per second) of the symbol
    double trendChasing = 0.10; // extra chance to open with the trend
    double stopShare = 0.35; // share of positions with a stop-loss before their liquidation price

    // populationScale (SimConfig): K times the positions at 1/K the size.
    static TraderProfile forScenario(Scenario s, std::uint64_t seed, double populationScale = 1.0);

    // A whole leverage between 2x and 125x drawn from the bands.
    double drawLeverage(Rng& rng) const;
    // A stop-loss between entry and liquidation price for stopShare of positions, else 0.
    double drawStop(Rng& rng, double entry, double liquidation) const;
};

} // namespace perp::sim
