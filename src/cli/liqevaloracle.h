// SPDX-License-Identifier: MIT
#pragma once

#include "engine/liq/liqmetrics.h"
#include "feed/sim/simconfig.h"
#include "feed/sim/traderprofile.h"

#include <vector>

namespace perp::cli {

// Reference for liq-eval (never shown to the estimator): the density an estimate would give
// that knew every true position's entry, side and size and the scenario's leverage
// distribution, but not each position's own leverage. Each position is spread over
// `samples` leverages drawn from the scenario's mix, keeping only those whose liquidation
// price is still on the far side of `price` (the position is alive, so it was not one of
// them). Its correlation with the truth bounds what any feed-only estimate can reach.
class KnownEntriesOracle
{
public:
    KnownEntriesOracle(sim::Scenario scenario, std::uint64_t seed, int samples = 64);

    // Levels (liquidation price, notional share) of the positions counted as truth.
    std::vector<liq::KnownLevel> levels(const sim::GroundTruth& truth, double price, bool withStops) const;

private:
    std::vector<double> m_leverages;
};

} // namespace perp::cli
