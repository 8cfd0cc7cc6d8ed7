// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "core/symbols.h"
#include "liqconfig.h"

#include <cstddef>
#include <span>
#include <vector>

namespace perp::liq {

// LP/entry ratios of newly opened positions per size group, side, leverage bucket and
// sub-level. A group stands for positions of one notional: group g < tierCount() is margin
// tier g (leverage capped at the tier's maximum, its MMR and cum, placed at a representative
// notional inside the tier: the geometric mean of its bounds, half the cap for tier 0, where
// cum = 0 makes the notional irrelevant); the last group is the configured positionNotional
// (used when the size of the positions is unknown). The ratio does not depend on entry for a
// fixed notional, so every group is computed once per tier table.
class LevelRatios
{
public:
    void build(const EstimatorConfig& config, std::span<const MarginTier> tiers);

    // Groups of tiers (one per tier, at least one) and the positionNotional group.
    std::size_t tierGroups() const { return m_tierGroups; }
    std::size_t defaultGroup() const { return m_tierGroups; }
    // Group of a position of this notional (its tier).
    std::size_t groupOf(double notional) const;
    // Representative notional of a group.
    double notionalOf(std::size_t group) const { return m_notional.at(group); }
    const std::vector<double>& at(std::size_t group, PositionSide side, std::size_t bucket) const
    {
        return m_ratios.at((group * 2 + (side == PositionSide::Long ? 0 : 1)) * m_buckets + bucket);
    }

private:
    std::vector<MarginTier> m_tiers;
    std::size_t m_tierGroups = 1;
    std::size_t m_buckets = 0;
    std::vector<double> m_notional; // per group
    std::vector<std::vector<double>> m_ratios; // [group][side][bucket] -> sub-levels
};

} // namespace perp::liq
