// SPDX-License-Identifier: MIT
// Smart Money: top traders and large takers against the crowd.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addSmartMoneyCards(CardList& out)
{
    const auto cat = Category::SmartMoney;
    addCard(out,
        {"smart.top_vs_crowd", cat, "Top traders versus crowd",
            "Top-trader position ratio against the global account ratio.",
            "Positive: top traders are longer than the crowd (follow them); negative: shorter.",
            "raw = ln(topTraderPositionRatio) - ln(globalAccountRatio)", InMetrics, 1},
        [](const CardInput& in, int) -> Opt {
            auto t = back(in.f.lsTopPos), g = back(in.f.lsGlobal);
            return t && g && *t > 0 && *g > 0 ? Opt(std::log(*t / *g)) : std::nullopt;
        });
    addCard(out,
        {"smart.top_change", cat, "Top-trader repositioning", "Change of the top-trader position ratio.",
            "Positive: top traders adding longs; negative: adding shorts.", "raw = ln(topPos / topPos[n])",
            InMetrics, 12},
        [](const CardInput& in, int n) -> Opt {
            auto a = back(in.f.lsTopPos), b = back(in.f.lsTopPos, n);
            return a && b && *a > 0 && *b > 0 ? Opt(std::log(*a / *b)) : std::nullopt;
        });
    addCard(out,
        {"smart.size_vs_count", cat, "Size versus head-count",
            "Top-trader position ratio against their account ratio.",
            "Positive: the biggest top accounts are longer than the average top account (size on the long "
            "side).",
            "raw = ln(topTraderPositionRatio) - ln(topTraderAccountRatio)", InMetrics, 1},
        [](const CardInput& in, int) -> Opt {
            auto p = back(in.f.lsTopPos), a = back(in.f.lsTopAcc);
            return p && a && *p > 0 && *a > 0 ? Opt(std::log(*p / *a)) : std::nullopt;
        });
    addCard(out,
        {"smart.whale_vs_retail", cat, "Large versus small takers",
            "Net direction of large trades minus that of the remaining trades.",
            "Positive: large takers buying more (relatively) than small ones; negative: large takers selling "
            "into retail buying.",
            "big = (bigBuy - bigSell)/(bigBuy + bigSell); small likewise for the rest; raw = big - small "
            "over n bars",
            InCandles | InFlow, 20},
        [](const CardInput& in, int n) -> Opt {
            auto bb = sum(in.f.bigBuy, n), bs = sum(in.f.bigSell, n);
            auto pb = sum(in.f.primBuy, n), ps = sum(in.f.primSell, n);
            auto ab = sum(in.f.altBuy, n), as = sum(in.f.altSell, n);
            if (!bb || !bs || !pb || !ps || !ab || !as || *bb + *bs <= 0)
                return std::nullopt;
            const double sb = *pb + *ab - *bb, ss = *ps + *as - *bs;
            if (sb + ss <= 0)
                return std::nullopt;
            return (*bb - *bs) / (*bb + *bs) - (sb - ss) / (sb + ss);
        });
}

} // namespace perp::sig
