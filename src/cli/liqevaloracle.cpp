// SPDX-License-Identifier: MIT
#include "liqevaloracle.h"

#include "core/symbols.h"
#include "feed/sim/margin.h"
#include "feed/sim/rng.h"

#include <algorithm>
#include <limits>

namespace perp::cli {

void PricePath::add(TimeMs t, double price)
{
    if (!(price > 0))
        return;
    if (m_start < 0)
        m_start = t / 1000;
    const auto i = static_cast<std::size_t>(std::max<TimeMs>(0, t / 1000 - m_start));
    if (i >= m_min.size()) {
        m_min.resize(i + 1, std::numeric_limits<double>::infinity());
        m_max.resize(i + 1, 0.0);
    }
    m_min[i] = std::min(m_min[i], price);
    m_max[i] = std::max(m_max[i], price);
}

void PricePath::prepare()
{
    m_sufMin = m_min;
    m_sufMax = m_max;
    for (std::size_t i = m_min.size(); i-- > 1;) {
        m_sufMin[i - 1] = std::min(m_sufMin[i - 1], m_sufMin[i]);
        m_sufMax[i - 1] = std::max(m_sufMax[i - 1], m_sufMax[i]);
    }
}

std::pair<double, double> PricePath::extremesSince(TimeMs since) const
{
    if (m_sufMin.empty())
        return {std::numeric_limits<double>::infinity(), 0.0};
    const auto i = static_cast<std::size_t>(
        std::clamp<TimeMs>(since / 1000 - m_start, 0, static_cast<TimeMs>(m_sufMin.size()) - 1));
    return {m_sufMin[i], m_sufMax[i]};
}

KnownEntriesOracle::KnownEntriesOracle(sim::Scenario scenario, std::uint64_t seed, int samples)
{
    const auto profile = sim::TraderProfile::forScenario(scenario, seed);
    sim::Rng rng(0x0AC1E5EEDULL ^ seed);
    for (int i = 0; i < samples; ++i)
        m_leverages.push_back(profile.drawLeverage(rng));
}

std::vector<liq::KnownLevel> KnownEntriesOracle::levels(
    const sim::GroundTruth& truth, double price, const PricePath& path, bool withStops) const
{
    std::vector<liq::KnownLevel> out;
    const auto& tiers = symbolInfo(truth.symbol).tiers;
    std::vector<double> alive;
    for (const auto& p : truth.positions) {
        if (p.marketMaker || (!withStops && p.stopPrice > 0))
            continue;
        const double notional = p.qty * p.entryPrice;
        auto [low, high] = path.extremesSince(p.openedAt);
        low = std::min(low, price);
        high = std::max(high, price);
        alive.clear();
        for (double lev : m_leverages) {
            const double l = std::min(lev, sim::maxLeverageFor(tiers, notional));
            const double lp = sim::liquidationPrice(tiers, p.side, p.qty, p.entryPrice, l);
            if (p.side == PositionSide::Long ? lp < low : lp > high)
                alive.push_back(lp);
        }
        for (double lp : alive)
            out.push_back({lp, notional / static_cast<double>(alive.size())});
    }
    return out;
}

liq::LiqProfile profileOf(const std::vector<liq::KnownLevel>& levels, double price, TimeMs time)
{
    liq::LiqProfile p;
    p.time = time;
    p.price = price;
    p.confidence = liq::Confidence::Normal;
    const int half = p.grid.binsFor(0.25);
    p.firstBin = p.grid.bin(price) - half;
    p.longs.assign(static_cast<std::size_t>(2 * half + 1), 0.0);
    p.shorts.assign(p.longs.size(), 0.0);
    for (const auto& l : levels) {
        const int i = p.indexOf(l.price);
        if (i < 0 || i >= static_cast<int>(p.size()))
            continue;
        (l.price < price ? p.longs : p.shorts)[static_cast<std::size_t>(i)] += l.notional;
    }
    return p;
}

} // namespace perp::cli
