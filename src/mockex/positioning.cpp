// SPDX-License-Identifier: MIT
#include "positioning.h"

#include <algorithm>

namespace perp::mockex {

std::optional<Positioning> positioningOf(const sim::GroundTruth& truth)
{
    std::vector<const sim::TruePosition*> traders;
    for (const sim::TruePosition& p : truth.positions)
        if (!p.marketMaker && p.qty > 0 && p.leverage > 0)
            traders.push_back(&p);
    auto share = [](double longs, double shorts) -> std::optional<double> {
        if (!(longs > 0) || !(shorts > 0))
            return std::nullopt;
        return longs / (longs + shorts);
    };
    double longs = 0, shorts = 0;
    for (const auto* p : traders)
        (p->side == PositionSide::Long ? longs : shorts) += 1;
    const auto all = share(longs, shorts);
    auto margin = [](const sim::TruePosition* p) { return p->qty * p->entryPrice / p->leverage; };
    std::sort(
        traders.begin(), traders.end(), [&](const auto* a, const auto* b) { return margin(a) > margin(b); });
    traders.resize((traders.size() + 4) / 5);
    double longQty = 0, shortQty = 0, longTop = 0, shortTop = 0;
    for (const auto* p : traders) {
        (p->side == PositionSide::Long ? longQty : shortQty) += p->qty;
        (p->side == PositionSide::Long ? longTop : shortTop) += 1;
    }
    const auto topPos = share(longQty, shortQty);
    const auto topAcc = share(longTop, shortTop);
    if (!all || !topPos || !topAcc)
        return std::nullopt;
    return Positioning {*all, *topPos, *topAcc};
}

} // namespace perp::mockex
