// SPDX-License-Identifier: MIT
// Cross-Exchange: the same perpetual on other venues (needs more than one venue).
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addCrossExchangeCards(CardList& out)
{
    const auto cat = Category::CrossExchange;
    addCard(out,
        {"xex.price_lead", cat, "Other venues' premium",
            "Last price on other venues against the primary venue.",
            "Positive: other venues trade higher (they lead up); negative: they trade lower.",
            "raw = altPrice / primaryPrice - 1 (last trade each)", InCandles | InCrossVenue, 1},
        [](const CardInput& in, int) -> Opt {
            auto a = back(in.f.altPrice), p = back(in.f.primPrice);
            return a && p && *p > 0 ? Opt(*a / *p - 1.0) : std::nullopt;
        });
    addCard(out,
        {"xex.flow_divergence", cat, "Venue flow divergence",
            "Taker imbalance on other venues minus that on the primary venue.",
            "Positive: other venues buying harder than the primary; negative: selling harder.",
            "share = (buy - sell)/(buy + sell) notional over n bars; raw = altShare - primaryShare",
            InCandles | InFlow | InCrossVenue, 10},
        [](const CardInput& in, int n) -> Opt {
            auto ab = sum(in.f.altBuy, n), as = sum(in.f.altSell, n);
            auto pb = sum(in.f.primBuy, n), ps = sum(in.f.primSell, n);
            if (!ab || !as || !pb || !ps || *ab + *as <= 0 || *pb + *ps <= 0)
                return std::nullopt;
            return (*ab - *as) / (*ab + *as) - (*pb - *ps) / (*pb + *ps);
        });
    addCard(out,
        {"xex.momentum_gap", cat, "Venue momentum gap",
            "Recent return on other venues minus that on the primary venue.",
            "Positive: other venues rising faster (the primary should follow up); negative: falling faster.",
            "raw = ln(altPrice / altPrice[n]) - ln(primaryPrice / primaryPrice[n])", InCandles | InCrossVenue,
            3},
        [](const CardInput& in, int n) -> Opt {
            auto a = back(in.f.altPrice), a0 = back(in.f.altPrice, n);
            auto p = back(in.f.primPrice), p0 = back(in.f.primPrice, n);
            if (!a || !a0 || !p || !p0 || !(*a > 0) || !(*a0 > 0) || !(*p > 0) || !(*p0 > 0))
                return std::nullopt;
            return std::log(*a / *a0) - std::log(*p / *p0);
        });
}

} // namespace perp::sig
