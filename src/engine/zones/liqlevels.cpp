// SPDX-License-Identifier: MIT
#include "liqlevels.h"

#include "zone.h"

#include <algorithm>

namespace perp::zones {

std::vector<Level> liquidityLevels(
    const std::vector<LiqCluster>& clusters, std::size_t maxLevels, double maxWidth, TimeMs now)
{
    std::vector<const LiqCluster*> valid;
    for (const LiqCluster& c : clusters)
        if (c.notional > 0 && c.high >= c.low && c.low > 0)
            valid.push_back(&c);
    std::stable_sort(valid.begin(), valid.end(),
        [](const LiqCluster* a, const LiqCluster* b) { return a->notional > b->notional; });
    if (valid.size() > maxLevels)
        valid.resize(maxLevels);
    std::vector<Level> out;
    if (valid.empty())
        return out;
    const double largest = valid.front()->notional;
    for (const LiqCluster* c : valid) {
        Level l;
        l.price = std::clamp(c->peak, c->low, c->high);
        const double half = maxWidth > 0 ? maxWidth / 2 : (c->high - c->low) / 2;
        l.low = std::max(c->low, l.price - half);
        l.high = std::min(c->high, l.price + half);
        l.weight = 0.5 + c->notional / largest;
        l.source = SourceLiquidation;
        l.time = now;
        l.notional = c->notional;
        out.push_back(l);
    }
    return out;
}

} // namespace perp::zones
