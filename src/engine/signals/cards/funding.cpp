// SPDX-License-Identifier: MIT
// Funding Rate: the price of holding longs; extremes mean crowded positioning (contrarian).
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

namespace {
constexpr double kBaselineFunding = 0.0001; // 0.01% per 8 h interest component
}

void addFundingCards(CardList& out)
{
    const auto cat = Category::FundingRate;
    addCard(out,
        {"fund.zscore", cat, "Funding z-score", "Current funding against its own recent mean and spread.",
            "Positive: funding unusually low (shorts crowded, contrarian bullish); negative: unusually high.",
            "z = (f - mean(f, n)) / stdev(f, n); raw = -z", InMarkFunding, 60},
        [](const CardInput& in, int n) -> Opt {
            auto z = zLast(in.f.funding, n);
            return z ? Opt(-*z) : std::nullopt;
        });
    addCard(out,
        {"fund.level", cat, "Funding versus baseline",
            "Funding relative to the neutral 0.01% per interval, annualised.",
            "Positive: funding below baseline (longs cheap, shorts paying); negative: longs paying a "
            "premium.",
            "raw = -(f - 0.0001) * 3 * 365 (annualised, 8 h intervals)", InMarkFunding, 1},
        [](const CardInput& in, int) -> Opt {
            auto f = back(in.f.funding);
            return f ? Opt(-(*f - kBaselineFunding) * 3.0 * 365.0) : std::nullopt;
        });
    addCard(out,
        {"fund.divergence", cat, "Funding-price divergence",
            "Price rising while funding falls (shorts paying into a rally) or the reverse.",
            "Positive: price up while funding falls (shorts keep paying into the rally); negative: price "
            "down while funding rises.",
            "raw = -(f - f[n]) * 1e4 when the n-bar return and the funding change have opposite signs, else "
            "0",
            InCandles | InMarkFunding, 20},
        [](const CardInput& in, int n) -> Opt {
            auto f = back(in.f.funding), f0 = back(in.f.funding, n);
            auto r = change(in.f.c, n);
            if (!f || !f0 || !r)
                return std::nullopt;
            const double df = *f - *f0;
            if (df == 0)
                return 0.0;
            return sgn(*r) != sgn(df) ? -df * 1e4 : 0.0;
        });
}

} // namespace perp::sig
