// SPDX-License-Identifier: MIT
// Volatility: where the market's variance is concentrated and how it is changing.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

void addVolatilityCards(CardList& out)
{
    const auto cat = Category::Volatility;
    addCard(out,
        {"vol.semivariance", cat, "Up/down semivariance",
            "Share of realised variance that came from up-moves versus down-moves.",
            "Positive: volatility is mostly upside (buyers pushing); negative: mostly downside (selling "
            "pressure).",
            "raw = (sum r^2 for r > 0 - sum r^2 for r < 0) / sum r^2 over n log returns", InCandles, 30},
        [](const CardInput& in, int n) -> Opt {
            auto r = logReturns(in.f.c, n);
            if (!r)
                return std::nullopt;
            double up = 0, dn = 0;
            for (double x : *r)
                (x > 0 ? up : dn) += x * x;
            return up + dn > 0 ? Opt((up - dn) / (up + dn)) : std::nullopt;
        });
    addCard(out,
        {"vol.squeeze_break", cat, "Squeeze breakout",
            "Direction of price out of a volatility squeeze (narrow Bollinger band).",
            "Positive: breaking upward from a tight range; near 0 when the band is not narrow.",
            "w = 4*stdev20/SMA20; squeeze = 1 - percentile of w among the last 60 widths; raw = squeeze * "
            "(close - SMA20) / stdev20",
            InCandles, 80},
        [](const CardInput& in, int) -> Opt {
            const auto& c = in.f.c;
            if (c.size() < 80)
                return std::nullopt;
            std::vector<double> widths;
            for (std::size_t end = c.size() - 60; end <= c.size(); ++end) {
                std::span<const double> s(c.data(), end);
                auto m = mean(s, 20);
                auto sd = stdev(s, 20);
                if (!m || !sd || !(*m > 0))
                    return std::nullopt;
                widths.push_back(4.0 * *sd / *m);
            }
            const double w = widths.back();
            const double below = static_cast<double>(
                std::count_if(widths.begin(), widths.end(), [w](double x) { return x < w; }));
            const double squeeze = 1.0 - below / static_cast<double>(widths.size());
            auto m = mean(c, 20);
            auto sd = stdev(c, 20);
            if (!(*sd > 0))
                return std::nullopt;
            return squeeze * (c.back() - *m) / *sd;
        });
    addCard(out,
        {"vol.range_expansion", cat, "Range expansion bar",
            "A bar whose true range is unusually large, signed by its body.",
            "Positive: a wide bullish bar (expansion upward); negative: a wide bearish bar.",
            "raw = max(0, TR / ATR14 - 1) * sign(close - open), last bar", InCandles, 14},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto a = atr(f.h, f.l, f.c, n);
            if (!a || !(*a > 0) || f.size() < 2)
                return std::nullopt;
            const std::size_t i = f.size() - 1;
            const double tr
                = std::max({f.h[i] - f.l[i], std::abs(f.h[i] - f.c[i - 1]), std::abs(f.l[i] - f.c[i - 1])});
            return std::max(0.0, tr / *a - 1.0) * sgn(f.c[i] - f.o[i]);
        });
    addCard(out,
        {"vol.range_skew", cat, "Range skew", "Whether bar ranges extend more above the open or below it.",
            "Positive: bars reach further up from their open than down (upside range); negative: downside "
            "range.",
            "raw = (sum(high - open) - sum(open - low)) / sum(high - low) over n bars", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            double up = 0, dn = 0, r = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                up += f.h[i] - f.o[i];
                dn += f.o[i] - f.l[i];
                r += f.h[i] - f.l[i];
            }
            return r > 0 ? Opt((up - dn) / r) : std::nullopt;
        });
    addCard(out,
        {"vol.expansion_direction", cat, "Volatility expansion direction",
            "Short ATR against long ATR, signed by the recent move.",
            "Positive: volatility expanding while price rises; negative: expanding while it falls; near 0 "
            "when calm.",
            "ATR on log prices; raw = (ATR5 / ATR20 - 1) * sign(close / close[10] - 1)", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            // On log prices, so the ratio does not depend on the price level.
            const std::size_t w = std::min(in.f.size(), 3 * static_cast<std::size_t>(n) + 1);
            auto h = logs(in.f.h, w), l = logs(in.f.l, w), c = logs(in.f.c, w);
            auto r = change(in.f.c, 10);
            if (!h || !l || !c || !r)
                return std::nullopt;
            auto s = atr(*h, *l, *c, 5), lg = atr(*h, *l, *c, n);
            if (!s || !lg || !(*lg > 0))
                return std::nullopt;
            return (*s / *lg - 1.0) * sgn(*r);
        });
}

} // namespace perp::sig
