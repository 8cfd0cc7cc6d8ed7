// SPDX-License-Identifier: MIT
// Open Interest: positions being opened or closed, read against price.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addOpenInterestCards(CardList& out)
{
    const auto cat = Category::OpenInterest;
    addCard(out,
        {"oi.quadrant", cat, "OI-price quadrant",
            "The four quadrants of open-interest change against price change.",
            "Positive: OI up with price up (new longs) or OI down with price up (short covering, weaker); "
            "negative: the mirror.",
            "r = close/close[n] - 1; raw = r * (1.5 if OI rose else 0.5)", InCandles | InOpenInterest, 10},
        [](const CardInput& in, int n) -> Opt {
            auto r = change(in.f.c, n);
            auto d = change(in.f.oi, n);
            if (!r || !d)
                return std::nullopt;
            return *r * (*d > 0 ? 1.5 : 0.5);
        });
    addCard(out,
        {"oi.flat_buildup", cat, "OI build-up on flat price",
            "Open interest rising while price goes nowhere, directed by taker flow.",
            "Positive: positions piling in with buyers aggressive (breakout up likely); negative: with "
            "sellers aggressive.",
            "raw = max(0, dOI%) * deltaShare(n) when |return| < 1 stdev of n-bar moves, else 0",
            InCandles | InFlow | InOpenInterest, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto d = change(f.oi, n);
            auto r = logReturns(f.c, n);
            if (!d || !r)
                return std::nullopt;
            auto sd = stdev(*r, r->size());
            if (!sd)
                return std::nullopt;
            double tot = 0, b = 0, v = 0;
            for (double x : *r)
                tot += x;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                b += f.buy[i] - f.sell[i];
                v += f.v[i];
            }
            if (!(v > 0))
                return std::nullopt;
            const bool flat = std::abs(tot) < *sd * std::sqrt(static_cast<double>(n));
            return flat ? std::max(0.0, *d) * (b / v) : 0.0;
        });
    addCard(out,
        {"oi.squeeze_risk", cat, "Squeeze risk",
            "High open interest with one-sided funding: the crowded side is at risk.",
            "Positive: OI high with negative funding (shorts crowded, squeeze up); negative: OI high with "
            "rich funding.",
            "raw = max(0, zOI(n)) * -sign(funding - 0.0001)", InOpenInterest | InMarkFunding, 60},
        [](const CardInput& in, int n) -> Opt {
            auto z = zLast(in.f.oi, n);
            auto f = back(in.f.funding);
            if (!z || !f)
                return std::nullopt;
            return std::max(0.0, *z) * -sgn(*f - 0.0001);
        });
    addCard(out,
        {"oi.acceleration", cat, "OI acceleration with price",
            "Whether positions are being added faster now than over the lookback, in the direction of the "
            "move.",
            "Positive: OI growth accelerating while price rises (conviction); negative: accelerating into a "
            "fall, or OI dropping fast in a rally (covering).",
            "raw = ((OI/OI[3] - 1)/3 - (OI/OI[n] - 1)/n) * 1e3 * sign(close/close[3] - 1)",
            InCandles | InOpenInterest, 20},
        [](const CardInput& in, int n) -> Opt {
            auto a = change(in.f.oi, 3), b = change(in.f.oi, n);
            auto r = change(in.f.c, 3);
            if (!a || !b || !r)
                return std::nullopt;
            return (*a / 3.0 - *b / n) * 1e3 * sgn(*r);
        });
}

} // namespace perp::sig
