// SPDX-License-Identifier: MIT
#include "liqevaloracle.h"

#include "core/symbols.h"
#include "feed/sim/margin.h"
#include "feed/sim/rng.h"

#include <algorithm>

namespace perp::cli {

KnownEntriesOracle::KnownEntriesOracle(sim::Scenario scenario, std::uint64_t seed, int samples)
{
    const auto profile = sim::TraderProfile::forScenario(scenario, seed);
    sim::Rng rng(0x0AC1E5EEDULL ^ seed);
    for (int i = 0; i < samples; ++i)
        m_leverages.push_back(profile.drawLeverage(rng));
}

std::vector<liq::KnownLevel> KnownEntriesOracle::levels(
    const sim::GroundTruth& truth, double price, bool withStops) const
{
    std::vector<liq::KnownLevel> out;
    const auto& tiers = symbolInfo(truth.symbol).tiers;
    std::vector<double> alive;
    for (const auto& p : truth.positions) {
        if (p.marketMaker || (!withStops && p.stopPrice > 0))
            continue;
        const double notional = p.qty * p.entryPrice;
        alive.clear();
        for (double lev : m_leverages) {
            const double l = std::min(lev, sim::maxLeverageFor(tiers, notional));
            const double lp = sim::liquidationPrice(tiers, p.side, p.qty, p.entryPrice, l);
            if (p.side == PositionSide::Long ? lp < price : lp > price)
                alive.push_back(lp);
        }
        for (double lp : alive)
            out.push_back({lp, notional / static_cast<double>(alive.size())});
    }
    return out;
}

} // namespace perp::cli
