// SPDX-License-Identifier: MIT
// Composite Alpha: meta-signals that need several independent facts to line up.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

void addAlphaCards(CardList& out)
{
    const auto cat = Category::CompositeAlpha;
    addCard(out,
        {"alpha.confirmed_momentum", cat, "Flow-confirmed momentum",
            "Price momentum counted only when taker flow agrees with it.",
            "Positive: price up and takers net buying; negative: price down with takers selling; 0 if they "
            "disagree.",
            "r = close/close[n] - 1; d = sum(buy - sell)/sum(volume); raw = r if sign(r) = sign(d), else 0",
            InCandles | InFlow, 10},
        [](const CardInput& in, int n) -> Opt {
            auto r = change(in.f.c, n);
            auto b = sum(in.f.buy, n), s = sum(in.f.sell, n);
            if (!r || !b || !s)
                return std::nullopt;
            return sgn(*r) == sgn(*b - *s) ? *r : 0.0;
        });
    addCard(out,
        {"alpha.cascade_confirm", cat, "Confirmed liquidation cascade",
            "Liquidation cascade with same-direction price, taker flow and falling OI.",
            "Positive: shorts liquidated while price rises, takers buy and OI drops (squeeze in progress); "
            "negative: long cascade.",
            "dir = sign(liqShort - liqLong, 3 bars); raw = dir * |r3| / stdev(1-bar r, 30) if flow, price "
            "agree and OI fell, else 0",
            InCandles | InFlow | InLiquidations | InOpenInterest, 30},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto ls = sum(f.liqShort, 3), ll = sum(f.liqLong, 3), b = sum(f.buy, 3), s = sum(f.sell, 3);
            auto r3 = change(f.c, 3), doi = change(f.oi, 3);
            auto r = logReturns(f.c, n);
            if (!ls || !ll || !b || !s || !r3 || !doi || !r)
                return std::nullopt;
            auto sd = stdev(*r, r->size());
            if (!sd || !(*sd > 0))
                return std::nullopt;
            const double dir = sgn(*ls - *ll);
            const bool ok = dir != 0 && sgn(*r3) == dir && sgn(*b - *s) == dir && *doi < 0;
            return ok ? dir * std::abs(*r3) / *sd : 0.0;
        });
    addCard(out,
        {"alpha.divergences", cat, "Divergence count",
            "Counts flow, book and large-trade readings that disagree with the price move.",
            "Positive: price fell but flow/book/whales lean bullish (bullish divergences); negative: the "
            "mirror.",
            "for x in {delta share, mean OBI, whale net}: add sign(x) if sign(x) != sign(r(n)); raw = total "
            "/ available",
            InCandles | InFlow, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto r = change(f.c, n);
            auto b = sum(f.buy, n), s = sum(f.sell, n);
            if (!r || !b || !s)
                return std::nullopt;
            double acc = 0;
            int k = 0;
            auto vote = [&](double x) {
                ++k;
                if (sgn(x) != 0 && sgn(x) != sgn(*r))
                    acc += sgn(x);
            };
            vote(*b - *s);
            if (auto obi = mean(f.obi, 3))
                vote(*obi);
            auto bb = sum(f.bigBuy, n), bs = sum(f.bigSell, n);
            if (bb && bs && *bb + *bs > 0)
                vote(*bb - *bs);
            return acc / k;
        });
    addCard(out,
        {"alpha.trend_pullback", cat, "Pullback in a trend",
            "A short-term oversold dip inside an uptrend (or a pop inside a downtrend).",
            "Positive: uptrend with RSI(3) under 30 (buy the dip); negative: downtrend with RSI(3) over 70; "
            "0 otherwise.",
            "trend = sign(EMA50 - EMA50 five bars ago); raw = max(0, 30 - RSI3)/30 in an uptrend, -max(0, "
            "RSI3 - 70)/30 in a downtrend",
            InCandles, 50},
        [](const CardInput& in, int n) -> Opt {
            auto e = ema(in.f.c, n), e5 = ema(in.f.c, n, 5);
            auto r = rsi(in.f.c, 3);
            if (!e || !e5 || !r || in.f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            const double t = sgn(*e - *e5);
            if (t > 0)
                return std::max(0.0, 30.0 - *r) / 30.0;
            if (t < 0)
                return -std::max(0.0, *r - 70.0) / 30.0;
            return 0.0;
        });
    addCard(out,
        {"alpha.squeeze_setup", cat, "Squeeze setup",
            "Price moving against the crowded side while open interest grows.",
            "Positive: funding below baseline (shorts crowded), OI rising and price rising (shorts "
            "squeezed); negative: the mirror.",
            "raw = close/close[n] - 1 if its sign = -sign(funding - 0.0001) and OI/OI[n] > 1, else 0",
            InCandles | InMarkFunding | InOpenInterest, 20},
        [](const CardInput& in, int n) -> Opt {
            auto r = change(in.f.c, n), d = change(in.f.oi, n);
            auto fr = back(in.f.funding);
            if (!r || !d || !fr)
                return std::nullopt;
            return sgn(*r) == -sgn(*fr - 0.0001) && *d > 0 ? *r : 0.0;
        });
}

} // namespace perp::sig
