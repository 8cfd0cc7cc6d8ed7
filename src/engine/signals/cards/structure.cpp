// SPDX-License-Identifier: MIT
// Market Structure: swing highs and lows, and when price breaks them.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"
#include "swings.h"

namespace perp::sig {

using namespace math;

void addStructureCards(CardList& out)
{
    const auto cat = Category::MarketStructure;
    addCard(out,
        {"ms.swing_break", cat, "Swing break", "Close beyond the last confirmed swing high or swing low.",
            "Positive: closed above the last swing high (bullish break of structure); negative: below the "
            "last swing low.",
            "raw = (close - swingHigh) / ATR14 if above, (close - swingLow) / ATR14 if below, else 0 "
            "(pivots: 2 bars each side, last n bars)",
            InCandles, 40},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto s = findSwings(f, n);
            auto a = atr(f.h, f.l, f.c, 14);
            if (s.highs.empty() || s.lows.empty() || !a || !(*a > 0))
                return std::nullopt;
            const double c = f.c.back();
            if (c > s.highs.back().price)
                return (c - s.highs.back().price) / *a;
            if (c < s.lows.back().price)
                return (c - s.lows.back().price) / *a;
            return 0.0;
        });
    addCard(out,
        {"ms.hh_hl", cat, "Higher highs / higher lows",
            "Sequence of the last two swing highs and swing lows.",
            "+2: higher high and higher low (uptrend structure); -2: lower high and lower low; 0: mixed.",
            "raw = sign(H2 - H1) + sign(L2 - L1) over the last two confirmed swings each", InCandles, 60},
        [](const CardInput& in, int n) -> Opt {
            auto s = findSwings(in.f, n);
            if (s.highs.size() < 2 || s.lows.size() < 2)
                return std::nullopt;
            const auto& h = s.highs;
            const auto& l = s.lows;
            return sgn(h.back().price - h[h.size() - 2].price) + sgn(l.back().price - l[l.size() - 2].price);
        });
    addCard(out,
        {"ms.outside_closes", cat, "Closes beyond the prior bar",
            "Bars closing above the previous bar's high against bars closing below its low.",
            "Positive: price keeps closing above prior highs (bar-to-bar structure up); negative: below "
            "prior lows.",
            "raw = (#(close > high[1]) - #(close < low[1])) / n over n bars", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            int net = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i)
                net += (f.c[i] > f.h[i - 1]) - (f.c[i] < f.l[i - 1]);
            return static_cast<double>(net) / n;
        });
    addCard(out,
        {"ms.failed_break", cat, "Sweep and reclaim",
            "A wick through the last swing level that closed back inside (a liquidity trap).",
            "+1: swept below the last swing low and closed back above it (bear trap, bullish); -1: swept "
            "above the last swing high and closed back below.",
            "swings from bars older than the last 3; raw = +1 if min(low, 3) < swingLow < close, -1 if "
            "max(high, 3) > swingHigh > close, else 0",
            InCandles, 40},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < 10)
                return std::nullopt;
            auto s = findSwings(f, n);
            const std::size_t cut = f.size() - 3;
            double hi = 0, lo = 0;
            for (const auto& p : s.highs)
                if (p.index < cut)
                    hi = p.price;
            for (const auto& p : s.lows)
                if (p.index < cut)
                    lo = p.price;
            auto h3 = highest(f.h, 3), l3 = lowest(f.l, 3);
            if (hi <= 0 || lo <= 0 || !h3 || !l3)
                return std::nullopt;
            const double c = f.c.back();
            if (*l3 < lo && c > lo)
                return 1.0;
            if (*h3 > hi && c < hi)
                return -1.0;
            return 0.0;
        });
}

} // namespace perp::sig
