// SPDX-License-Identifier: MIT
// Price Momentum: is price moving, and is the move gaining speed?
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addMomentumCards(CardList& out)
{
    const auto cat = Category::PriceMomentum;
    addCard(out,
        {"mom.roc", cat, "Rate of change", "How far price moved over the lookback, in percent.",
            "Positive: price is higher than n bars ago (bullish momentum); negative: lower.",
            "roc = close / close[n] - 1", InCandles, 10},
        [](const CardInput& in, int n) { return change(in.f.c, static_cast<std::size_t>(n)); });
    addCard(out,
        {"mom.rsi", cat, "RSI momentum", "Wilder's relative strength index centred on 50.",
            "Above 0: gains outweigh losses (up momentum); below 0: losses dominate.",
            "RSI = 100 - 100/(1 + RMA(gains,14)/RMA(losses,14)); raw = RSI - 50", InCandles, 14},
        [](const CardInput& in, int n) -> Opt {
            auto r = rsi(in.f.c, static_cast<std::size_t>(n));
            return r ? Opt(*r - 50.0) : std::nullopt;
        });
    addCard(out,
        {"mom.macd", cat, "MACD histogram",
            "Gap between the MACD line and its signal line, on log prices (scale-free).",
            "Positive and rising: momentum turning up; negative: turning down.",
            "on x = ln(close): macd = EMA12(x) - EMA26(x); raw = hist = macd - EMA9(macd)", InCandles, 26},
        [](const CardInput& in, int) -> Opt {
            if (in.f.c.size() < 35)
                return std::nullopt;
            std::vector<double> c;
            for (double x : last(in.f.c, std::min<std::size_t>(in.f.c.size(), 27 + 3 * 26))) {
                if (!(x > 0))
                    return std::nullopt;
                c.push_back(std::log(x));
            }
            // One pass: both EMAs seeded with the first value, the MACD line kept for the last 27 bars.
            const double a12 = 2.0 / 13.0, a26 = 2.0 / 27.0;
            double e12 = c[0], e26 = c[0];
            std::vector<double> line;
            for (std::size_t i = 1; i < c.size(); ++i) {
                e12 += a12 * (c[i] - e12);
                e26 += a26 * (c[i] - e26);
                if (i + 27 >= c.size())
                    line.push_back(e12 - e26);
            }
            auto sig = ema(line, 9);
            if (!sig)
                return std::nullopt;
            return line.back() - *sig;
        });
    addCard(out,
        {"mom.accel", cat, "Momentum acceleration",
            "Whether the recent move is faster than the one before it.",
            "Positive: the last 5 bars rose more (or fell less) than the 5 before; momentum building upward.",
            "raw = (close / close[5] - 1) - (close[5] / close[10] - 1)", InCandles, 10},
        [](const CardInput& in, int) -> Opt {
            auto a = back(in.f.c), b = back(in.f.c, 5), c = back(in.f.c, 10);
            if (!a || !b || !c || *b <= 0 || *c <= 0)
                return std::nullopt;
            return (*a / *b - 1.0) - (*b / *c - 1.0);
        });
    addCard(out,
        {"mom.stoch", cat, "Stochastic %K", "Where the close sits inside the high-low range of the lookback.",
            "Positive: closing in the upper half of the range (buyers in control); negative: lower half.",
            "%K = (close - lowest low n) / (highest high n - lowest low n); raw = %K - 0.5", InCandles, 14},
        [](const CardInput& in, int n) -> Opt {
            auto hi = highest(in.f.h, n), lo = lowest(in.f.l, n);
            if (!hi || !lo || *hi <= *lo)
                return std::nullopt;
            return (in.f.c.back() - *lo) / (*hi - *lo) - 0.5;
        });
    addCard(out,
        {"mom.up_share", cat, "Up-bar share",
            "How many of the recent bars closed higher than the bar before.",
            "Positive: most recent bars closed up (persistent buying); negative: most closed down.",
            "raw = (bars with close > close[1]) / n - 0.5 over n bars", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& c = in.f.c;
            if (c.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            int up = 0;
            for (std::size_t i = c.size() - n; i < c.size(); ++i)
                up += c[i] > c[i - 1];
            return static_cast<double>(up) / n - 0.5;
        });
}

} // namespace perp::sig
