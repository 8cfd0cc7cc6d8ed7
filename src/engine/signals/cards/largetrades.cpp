// SPDX-License-Identifier: MIT
// Large Trades: what the biggest takers (>= 10x the mean trade notional) are doing.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addLargeTradeCards(CardList& out)
{
    const auto cat = Category::LargeTrades;
    addCard(out,
        {"whale.net_flow", cat, "Large-trade net flow",
            "Net direction of large taker trades over the lookback.",
            "Positive: large trades mostly buys; negative: mostly sells. Missing when no large trade "
            "happened.",
            "raw = (bigBuy - bigSell) / (bigBuy + bigSell) over n bars, notional", InCandles | InFlow, 20},
        [](const CardInput& in, int n) -> Opt {
            auto b = sum(in.f.bigBuy, n), s = sum(in.f.bigSell, n);
            if (!b || !s || *b + *s <= 0)
                return std::nullopt;
            return (*b - *s) / (*b + *s);
        });
    addCard(out,
        {"whale.burst", cat, "Large-trade burst",
            "Net large-trade notional in the last 3 bars relative to typical bar notional.",
            "Positive: a burst of large buys; negative: a burst of large sells; 0 when none.",
            "raw = sum(bigBuy - bigSell, 3) / mean(close * volume, n)", InCandles | InFlow, 30},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            double notional = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i)
                notional += f.c[i] * f.v[i];
            notional /= n;
            auto b = sum(f.bigBuy, 3), s = sum(f.bigSell, 3);
            if (!b || !s || !(notional > 0))
                return std::nullopt;
            return (*b - *s) / notional;
        });
    addCard(out,
        {"whale.absorption", cat, "Large-sell absorption",
            "Large trades on one side that failed to move price that way.",
            "Positive: big sells hit but price held or rose (absorbed, bullish); negative: big buys "
            "absorbed.",
            "raw = -(bigBuy - bigSell)/(bigBuy + bigSell) when the n-bar return has the opposite sign, else "
            "0",
            InCandles | InFlow, 10},
        [](const CardInput& in, int n) -> Opt {
            auto b = sum(in.f.bigBuy, n), s = sum(in.f.bigSell, n);
            auto r = change(in.f.c, n);
            if (!b || !s || !r || *b + *s <= 0)
                return std::nullopt;
            const double net = (*b - *s) / (*b + *s);
            return sgn(net) != sgn(*r) && *r != 0 ? -net : 0.0;
        });
    addCard(out,
        {"whale.last_side", cat, "Latest large-trade side",
            "Side of the most recent bar with large trades, fading with its age.",
            "Positive: the latest large trades were net buys; negative: net sells; shrinks as they age; 0 if "
            "none in n bars.",
            "k = bars since the newest bar with bigBuy + bigSell > 0; raw = sign(bigBuy - bigSell) at it * "
            "(1 - k / n)",
            InCandles | InFlow, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            for (std::size_t k = 0; k < static_cast<std::size_t>(n); ++k) {
                const std::size_t i = f.size() - 1 - k;
                if (f.bigBuy[i] + f.bigSell[i] > 0)
                    return sgn(f.bigBuy[i] - f.bigSell[i]) * (1.0 - static_cast<double>(k) / n);
            }
            return 0.0;
        });
}

} // namespace perp::sig
