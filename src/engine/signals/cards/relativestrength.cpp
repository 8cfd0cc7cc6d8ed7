// SPDX-License-Identifier: MIT
// Relative Strength: this symbol against BTC and against the basket of all symbols.
#include "crosssymbol.h"
#include "engine/signals/card.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

void addRelativeStrengthCards(CardList& out)
{
    const auto cat = Category::RelativeStrength;
    addCard(out,
        {"rs.vs_btc", cat, "Strength versus BTC",
            "This symbol's return minus BTC's over the lookback (missing for BTC itself).",
            "Positive: outperforming BTC; negative: lagging it.",
            "raw = close/close[n] - 1 - (BTC close/close[n] - 1)", InCandles | InCrossSymbol, 20},
        [](const CardInput& in, int n) -> Opt {
            if (!in.market.btc || in.market.btc == &in.symbol)
                return std::nullopt;
            auto a = change(in.f.c, n), b = change(in.market.btc->frame(in.frame).c, n);
            return a && b ? Opt(*a - *b) : std::nullopt;
        });
    addCard(out,
        {"rs.vs_basket", cat, "Strength versus basket",
            "This symbol's return minus the median return of all watched symbols.",
            "Positive: stronger than the typical symbol; negative: weaker.",
            "raw = r(n) - median over symbols of r(n)", InCandles | InCrossSymbol, 20},
        [](const CardInput& in, int n) -> Opt {
            auto mine = change(in.f.c, n);
            auto all = acrossMarket(in, [n](const FrameView& f) { return change(f.c, n); });
            if (!mine || all.size() < kMinBreadthSymbols)
                return std::nullopt;
            std::nth_element(all.begin(), all.begin() + all.size() / 2, all.end());
            return *mine - all[all.size() / 2];
        });
    addCard(out,
        {"rs.persistence", cat, "Outperformance persistence",
            "How many of the last bars this symbol beat BTC (missing for BTC).",
            "Positive: beat BTC in most recent bars (steady relative strength); negative: lagged in most.",
            "raw = (bars with r > r_BTC) / n - 0.5, time-aligned 1-bar returns", InCandles | InCrossSymbol,
            20},
        [](const CardInput& in, int n) -> Opt {
            if (!in.market.btc || in.market.btc == &in.symbol)
                return std::nullopt;
            auto r = alignReturns(in.f, in.market.btc->frame(in.frame), n);
            if (!r)
                return std::nullopt;
            int wins = 0;
            for (std::size_t i = 0; i < r->a.size(); ++i)
                wins += r->a[i] > r->b[i];
            return static_cast<double>(wins) / n - 0.5;
        });
}

} // namespace perp::sig
