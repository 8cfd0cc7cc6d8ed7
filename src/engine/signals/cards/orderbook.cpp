// SPDX-License-Identifier: MIT
// Order Book: resting liquidity on each side (sampled every card cycle).
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addOrderBookCards(CardList& out)
{
    const auto cat = Category::OrderBook;
    addCard(out,
        {"book.imbalance", cat, "Top-of-book imbalance", "Bid size against ask size over the top 10 levels.",
            "Positive: more size bid than offered (support below); negative: more offered.",
            "OBI = (sum bid qty - sum ask qty) / (sum bid + sum ask), top 10 levels; raw = mean OBI of last "
            "3 samples",
            InBook, 3},
        [](const CardInput& in, int n) { return mean(in.f.obi, n); });
    addCard(out,
        {"book.depth_ratio", cat, "Depth ratio within 1%",
            "Notional resting within 1% of mid on the bid versus the ask.",
            "Positive: deeper bids (buyers waiting below); negative: deeper asks.",
            "raw = ln(depthBid / depthAsk), quote notional within +-1% of mid", InBook, 1},
        [](const CardInput& in, int) -> Opt {
            auto b = back(in.f.depthBid), a = back(in.f.depthAsk);
            if (!b || !a || !(*b > 0) || !(*a > 0))
                return std::nullopt;
            return std::log(*b / *a);
        });
    addCard(out,
        {"book.walls", cat, "Wall asymmetry",
            "Largest single level relative to the average level, bid versus ask.",
            "Positive: a bigger bid wall (a floor); negative: a bigger ask wall (a ceiling).",
            "wall = max level notional / mean level notional within 1%; raw = ln(wallBid / wallAsk)", InBook,
            1},
        [](const CardInput& in, int) -> Opt {
            auto b = back(in.f.wallBid), a = back(in.f.wallAsk);
            if (!b || !a || !(*b > 0) || !(*a > 0))
                return std::nullopt;
            return std::log(*b / *a);
        });
    addCard(out,
        {"book.imbalance_trend", cat, "Imbalance trend", "Change of the book imbalance over the lookback.",
            "Positive: bids building relative to asks; negative: bids pulling.",
            "raw = OBI(now) - OBI(n bars ago)", InBook, 10},
        [](const CardInput& in, int n) -> Opt {
            auto a = back(in.f.obi), b = back(in.f.obi, n);
            return a && b ? Opt(*a - *b) : std::nullopt;
        });
}

} // namespace perp::sig
