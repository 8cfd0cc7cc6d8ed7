// SPDX-License-Identifier: MIT
// Positioning: the crowd's long/short account ratio, read contrarian.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

void addPositioningCards(CardList& out)
{
    const auto cat = Category::Positioning;
    addCard(out,
        {"pos.global_ls", cat, "Crowd long/short (contrarian)", "Global account long/short ratio, faded.",
            "Positive: more accounts short than long (crowd bearish, fade it); negative: crowd long.",
            "raw = -ln(longAccounts / shortAccounts)", InMetrics, 1},
        [](const CardInput& in, int) -> Opt {
            auto r = back(in.f.lsGlobal);
            return r && *r > 0 ? Opt(-std::log(*r)) : std::nullopt;
        });
    addCard(out,
        {"pos.ls_change", cat, "Crowd ratio change (contrarian)",
            "How fast the crowd is piling into one side.",
            "Positive: the crowd is turning shorter (contrarian bullish); negative: piling into longs.",
            "raw = -(ln ratio - ln ratio[n])", InMetrics, 12},
        [](const CardInput& in, int n) -> Opt {
            auto a = back(in.f.lsGlobal), b = back(in.f.lsGlobal, n);
            return a && b && *a > 0 && *b > 0 ? Opt(-std::log(*a / *b)) : std::nullopt;
        });
    addCard(out,
        {"pos.ls_extreme", cat, "Crowd ratio extreme",
            "Whether the ratio sits at an extreme of its own recent range.",
            "Positive: ratio in its lowest 10% (extreme short crowd); negative: highest 10%; 0 in between.",
            "p = percentile of the ratio within n bars; raw = (0.1 - p) * 10 if p < 0.1, -(p - 0.9) * 10 if "
            "p > 0.9",
            InMetrics, 60},
        [](const CardInput& in, int n) -> Opt {
            if (!have(in.f.lsGlobal, n))
                return std::nullopt;
            const auto w = last(in.f.lsGlobal, n);
            if (anyNaN(w))
                return std::nullopt;
            const double x = w.back();
            const double p
                = static_cast<double>(std::count_if(w.begin(), w.end(), [x](double y) { return y < x; })) / n;
            return p < 0.1 ? (0.1 - p) * 10 : (p > 0.9 ? -(p - 0.9) * 10 : 0.0);
        });
}

} // namespace perp::sig
