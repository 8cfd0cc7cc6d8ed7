// SPDX-License-Identifier: MIT
#include "levelratios.h"

#include "liqprice.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

void LevelRatios::build(const EstimatorConfig& config, std::span<const MarginTier> tiers)
{
    m_tiers.assign(tiers.begin(), tiers.end());
    m_tierGroups = std::max<std::size_t>(1, m_tiers.size());
    m_buckets = config.buckets.size();
    m_notional.clear();
    for (std::size_t g = 0; g < m_tierGroups; ++g) {
        if (m_tiers.empty()) {
            m_notional.push_back(config.positionNotional);
            continue;
        }
        const double cap = m_tiers[g].notionalCap;
        m_notional.push_back(g == 0 ? cap / 2 : std::sqrt(m_tiers[g - 1].notionalCap * cap));
    }
    m_notional.push_back(config.positionNotional);
    m_ratios.clear();
    m_ratios.reserve(m_notional.size() * 2 * m_buckets);
    // Each bucket stands for the leverage range between the geometric midpoints to its
    // neighbours (log-uniform, kSubLevels points), so levels form a continuous density
    // rather than a few spikes. Leverage above the group's tier maximum is capped there, as
    // the exchange caps it.
    const int kSubLevels = config.spreadLeverage ? 8 : 1;
    const auto& buckets = config.buckets;
    for (const double notional : m_notional) {
        const double maxLev = m_tiers.empty() ? 125.0 : tierFor(m_tiers, notional).maxLeverage;
        for (int s = 0; s < 2; ++s) {
            const auto side = s == 0 ? PositionSide::Long : PositionSide::Short;
            for (std::size_t b = 0; b < m_buckets; ++b) {
                const double l = std::clamp(buckets[b].leverage, 1.0, maxLev);
                const double prev = b > 0 ? std::clamp(buckets[b - 1].leverage, 1.0, maxLev) : l;
                const double next = b + 1 < m_buckets ? std::clamp(buckets[b + 1].leverage, 1.0, maxLev) : l;
                const double lo = std::max(1.05, b > 0 ? std::sqrt(prev * l) : l / std::sqrt(next / l));
                const double hi
                    = std::min(maxLev, b + 1 < m_buckets ? std::sqrt(l * next) : l * std::sqrt(l / prev));
                auto& ratios = m_ratios.emplace_back();
                for (int k = 0; k < kSubLevels; ++k) {
                    const double lev
                        = hi > lo && kSubLevels > 1 ? lo * std::pow(hi / lo, (k + 0.5) / kSubLevels) : l;
                    ratios.push_back(liquidationPriceForLeverage(side, 1.0, lev, notional, m_tiers));
                }
            }
        }
    }
}

std::size_t LevelRatios::groupOf(double notional) const
{
    if (m_tiers.empty())
        return 0;
    return static_cast<std::size_t>(&tierFor(m_tiers, notional) - m_tiers.data());
}

} // namespace perp::liq
