// SPDX-License-Identifier: MIT
// Liquidation: forced orders that already happened, and estimated levels where they would.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

namespace {
// Mean liquidated notional per bar over the newest n bars (both sides).
Opt baseline(const FrameView& f, std::size_t n)
{
    auto a = sum(f.liqLong, n), b = sum(f.liqShort, n);
    return a && b ? Opt((*a + *b) / static_cast<double>(n)) : std::nullopt;
}
} // namespace

void addLiquidationCards(CardList& out)
{
    const auto cat = Category::Liquidation;
    addCard(out,
        {"liqn.cascade", cat, "Cascade pressure",
            "Liquidations of the last 3 bars, per side, against their usual level.",
            "Positive: shorts being liquidated (forced buying pushes price up); negative: longs being "
            "liquidated.",
            "raw = (sum liqShort - sum liqLong over 3 bars) / (3 * mean liquidated notional per bar over n), "
            "0 if none",
            InLiquidations, 60},
        [](const CardInput& in, int n) -> Opt {
            auto base = baseline(in.f, n);
            auto s = sum(in.f.liqShort, 3), l = sum(in.f.liqLong, 3);
            if (!base || !s || !l)
                return std::nullopt;
            return *base > 0 ? Opt((*s - *l) / (3.0 * *base)) : Opt(0.0);
        });
    addCard(out,
        {"liqn.exhaustion", cat, "Flush exhaustion",
            "A liquidation flush 3-10 bars ago after which price stopped following through.",
            "Positive: longs were flushed and price has stabilised (contrarian bounce); negative: shorts "
            "flushed and price stalled.",
            "F = (liqLong - liqShort) over bars -10..-3 / (7 * baseline); raw = F if the 3-bar return is not "
            "in the flush direction, else 0",
            InCandles | InLiquidations, 60},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto base = baseline(f, n);
            auto r3 = change(f.c, 3);
            if (!base || !r3 || f.size() < 11)
                return std::nullopt;
            if (!(*base > 0))
                return 0.0;
            double net = 0;
            for (std::size_t i = f.size() - 10; i < f.size() - 3; ++i)
                net += f.liqLong[i] - f.liqShort[i];
            const double flush = net / (7.0 * *base);
            // A long flush pushes price down; exhaustion means the last bars did not keep falling.
            return sgn(*r3) == -sgn(flush) ? 0.0 : flush;
        });
    addCard(out,
        {"liqn.cumulative", cat, "Cumulative liquidation balance",
            "Which side has been liquidated more over the whole lookback.",
            "Positive: mostly longs liquidated (weak hands gone, contrarian bullish); negative: mostly "
            "shorts.",
            "raw = (sum liqLong - sum liqShort) / (sum liqLong + sum liqShort) over n bars, 0 if none",
            InLiquidations, 60},
        [](const CardInput& in, int n) -> Opt {
            auto l = sum(in.f.liqLong, n), s = sum(in.f.liqShort, n);
            if (!l || !s)
                return std::nullopt;
            return *l + *s > 0 ? Opt((*l - *s) / (*l + *s)) : Opt(0.0);
        });
    addCard(out,
        {"liqn.magnet", cat, "Cluster magnet (estimated)",
            "Estimated liquidation clusters near price pull it toward the bigger pool.",
            "Positive: more estimated short-liquidation notional above than long-liquidation notional below "
            "(price drawn up).",
            "w = notional / distance%; raw = (sum w of short clusters above - sum w of long clusters below) "
            "/ total, within 5%",
            InCandles | InLiqLevels, 1},
        [](const CardInput& in, int) -> Opt {
            if (!in.symbol.features || in.f.size() == 0)
                return std::nullopt;
            const auto& lv = in.symbol.features->liqLevels();
            const double p = in.f.c.back();
            if (lv.empty() || !(p > 0))
                return std::nullopt;
            double up = 0, dn = 0;
            for (const auto& x : lv) {
                const double d = std::abs(x.price / p - 1.0);
                if (d > 0.05)
                    continue;
                const double w = x.notional / std::max(d * 100.0, 0.05);
                if (x.price > p && x.side == PositionSide::Short)
                    up += w;
                else if (x.price < p && x.side == PositionSide::Long)
                    dn += w;
            }
            return up + dn > 0 ? Opt((up - dn) / (up + dn)) : Opt(0.0);
        });
    addCard(out,
        {"liqn.nearest", cat, "Nearest cluster side (estimated)",
            "Which significant estimated cluster is closer: above or below.",
            "Positive: the nearest big cluster (>= 25% of the largest) is above price; negative: below.",
            "raw = (dBelow - dAbove) / (dBelow + dAbove), distances to the nearest significant cluster each "
            "side",
            InCandles | InLiqLevels, 1},
        [](const CardInput& in, int) -> Opt {
            if (!in.symbol.features || in.f.size() == 0)
                return std::nullopt;
            const auto& lv = in.symbol.features->liqLevels();
            const double p = in.f.c.back();
            double biggest = 0;
            for (const auto& x : lv)
                biggest = std::max(biggest, x.notional);
            if (!(biggest > 0) || !(p > 0))
                return std::nullopt;
            double above = 1e9, below = 1e9;
            for (const auto& x : lv) {
                if (x.notional < 0.25 * biggest)
                    continue;
                if (x.price > p)
                    above = std::min(above, x.price / p - 1.0);
                else if (x.price < p)
                    below = std::min(below, 1.0 - x.price / p);
            }
            if (above >= 1e9 && below >= 1e9)
                return 0.0;
            above = std::min(above, 1.0);
            below = std::min(below, 1.0);
            return (below - above) / (below + above);
        });
}

} // namespace perp::sig
