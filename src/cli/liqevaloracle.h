// SPDX-License-Identifier: MIT
#pragma once

#include "engine/liq/liqmetrics.h"
#include "feed/sim/simconfig.h"
#include "feed/sim/traderprofile.h"

#include <utility>
#include <vector>

namespace perp::cli {

// Lowest and highest trade price of one symbol per second since a start, to ask which
// extremes a position opened at some time has lived through.
class PricePath
{
public:
    void add(TimeMs t, double price);
    // Builds the running extremes from each second to the end (call before extremesSince).
    void prepare();
    // Lowest and highest price at or after `since` (the whole record when `since` is earlier).
    std::pair<double, double> extremesSince(TimeMs since) const;

private:
    TimeMs m_start = -1;
    std::vector<double> m_min, m_max, m_sufMin, m_sufMax;
};

// Reference for liq-eval (never shown to the estimator): the density an estimate would give
// that knew every true position's entry, side, size and opening time, the price path since,
// and the scenario's leverage distribution, but not each position's own leverage. Each
// position is spread over `samples` leverages drawn from the scenario's mix (capped by the
// position's margin tier), keeping only those whose liquidation price lies beyond every price
// the position has lived through (it is alive, so it was not one of the others): the
// posterior density of its liquidation price. Its agreement with the truth bounds what any
// feed-only estimate can reach.
class KnownEntriesOracle
{
public:
    KnownEntriesOracle(sim::Scenario scenario, std::uint64_t seed, int samples = 256);

    // Levels (liquidation price, notional share) of the positions counted as truth.
    std::vector<liq::KnownLevel> levels(
        const sim::GroundTruth& truth, double price, const PricePath& path, bool withStops) const;

private:
    std::vector<double> m_leverages;
};

// Known levels as an estimator-style profile (0.1% log-price bins, +-25% of price), so the
// cluster finder can draw bands on a reference density.
liq::LiqProfile profileOf(const std::vector<liq::KnownLevel>& levels, double price, TimeMs time);

} // namespace perp::cli
