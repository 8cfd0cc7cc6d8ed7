// SPDX-License-Identifier: MIT
// Basis and Premium: the perpetual's price against the index it tracks.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addBasisCards(CardList& out)
{
    const auto cat = Category::BasisPremium;
    addCard(out,
        {"basis.premium_z", cat, "Premium z-score",
            "Mark-over-index premium against its recent mean and spread.",
            "Positive: premium unusually low or negative (perp cheap, longs uncrowded); negative: rich "
            "premium (crowded longs).",
            "premium = (mark - index) / index; raw = -(premium - mean) / stdev over n", InMarkFunding, 60},
        [](const CardInput& in, int n) -> Opt {
            auto z = zLast(in.f.premium, n);
            return z ? Opt(-*z) : std::nullopt;
        });
    addCard(out,
        {"basis.premium_momentum", cat, "Premium momentum", "Change of the premium over the last bars.",
            "Positive: perp buyers lifting the premium (aggressive demand); negative: premium collapsing.",
            "raw = (premium - premium[n]) * 1e4 (basis points)", InMarkFunding, 5},
        [](const CardInput& in, int n) -> Opt {
            auto a = back(in.f.premium), b = back(in.f.premium, n);
            return a && b ? Opt((*a - *b) * 1e4) : std::nullopt;
        });
    addCard(out,
        {"basis.trade_vs_mark", cat, "Last trade versus mark",
            "Where the last traded price sits against the mark price.",
            "Positive: trades printing above mark (buyers paying up now); negative: below mark.",
            "raw = (close - mark) / mark", InCandles | InMarkFunding, 1},
        [](const CardInput& in, int) -> Opt {
            auto m = back(in.f.mark);
            if (!m || !(*m > 0) || in.f.size() == 0)
                return std::nullopt;
            return (in.f.c.back() - *m) / *m;
        });
}

} // namespace perp::sig
