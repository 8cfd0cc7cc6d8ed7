// SPDX-License-Identifier: MIT
// Liquidity: how easily price moves each way and whether liquidity is leaving a side.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addLiquidityCards(CardList& out)
{
    const auto cat = Category::Liquidity;
    addCard(out,
        {"liq.depth_shift", cat, "Depth shift",
            "Which side of the book gained or lost depth over the lookback.",
            "Positive: ask depth thinned relative to bid depth (easier to move up); negative: bids thinned.",
            "raw = ln(depthBid / depthBid[n]) - ln(depthAsk / depthAsk[n])", InBook, 10},
        [](const CardInput& in, int n) -> Opt {
            auto b = back(in.f.depthBid), b0 = back(in.f.depthBid, n);
            auto a = back(in.f.depthAsk), a0 = back(in.f.depthAsk, n);
            if (!b || !b0 || !a || !a0 || !(*b > 0) || !(*b0 > 0) || !(*a > 0) || !(*a0 > 0))
                return std::nullopt;
            return std::log(*b / *b0) - std::log(*a / *a0);
        });
    addCard(out,
        {"liq.impact_asymmetry", cat, "Price impact asymmetry",
            "How much price moves per unit of taker buying versus selling.",
            "Positive: buys move price up more easily than sells push it down (thin offers); negative: thin "
            "bids.",
            "up = sum of up-bar returns / sum buyVol on them; dn likewise for down bars; raw = (up - dn) / "
            "(up + dn)",
            InCandles | InFlow, 30},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            double ru = 0, bu = 0, rd = 0, sd = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double r = f.c[i - 1] > 0 ? f.c[i] / f.c[i - 1] - 1 : 0;
                if (r > 0) {
                    ru += r;
                    bu += f.buy[i];
                } else if (r < 0) {
                    rd -= r;
                    sd += f.sell[i];
                }
            }
            if (!(bu > 0) || !(sd > 0))
                return std::nullopt;
            const double up = ru / bu, dn = rd / sd;
            return up + dn > 0 ? Opt((up - dn) / (up + dn)) : std::nullopt;
        });
    addCard(out,
        {"liq.spread_trend", cat, "Spread with trend",
            "Tight spreads support the prevailing move; wide spreads fade it.",
            "Positive: spread tighter than usual during a rise (or wider during a fall); negative: the "
            "opposite.",
            "raw = sign(close / close[n] - 1) * -(spread / mean spread over n - 1)", InCandles | InBook, 20},
        [](const CardInput& in, int n) -> Opt {
            auto s = back(in.f.spreadBps);
            auto m = mean(in.f.spreadBps, n);
            auto r = change(in.f.c, n);
            if (!s || !m || !r || !(*m > 0))
                return std::nullopt;
            return sgn(*r) * -(*s / *m - 1.0);
        });
}

} // namespace perp::sig
