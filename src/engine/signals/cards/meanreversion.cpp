// SPDX-License-Identifier: MIT
// Mean Reversion: price stretched away from a reference tends to come back.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addMeanReversionCards(CardList& out)
{
    const auto cat = Category::MeanReversion;
    addCard(out,
        {"mr.bollinger", cat, "Bollinger stretch",
            "Distance of price from its 20-bar mean in units of two standard deviations.",
            "Positive: price is stretched below the mean (expect a bounce); negative: stretched above.",
            "raw = -(close - SMA20) / (2 * stdev20)", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            auto m = mean(in.f.c, n);
            auto s = stdev(in.f.c, n);
            if (!m || !s || !(*s > 0))
                return std::nullopt;
            return -(in.f.c.back() - *m) / (2.0 * *s);
        });
    addCard(out,
        {"mr.vwap", cat, "VWAP deviation",
            "Distance of price from the volume-weighted average price of the lookback.",
            "Positive: price below VWAP (cheap versus where volume traded); negative: above.",
            "VWAP = sum(typical * volume) / sum(volume); raw = -(close - VWAP) / VWAP", InCandles, 60},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            double pv = 0, vol = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                pv += (f.h[i] + f.l[i] + f.c[i]) / 3.0 * f.v[i];
                vol += f.v[i];
            }
            if (!(vol > 0))
                return std::nullopt;
            const double vwap = pv / vol;
            return -(f.c.back() - vwap) / vwap;
        });
    addCard(out,
        {"mr.short_reversal", cat, "Short-term reversal",
            "The last 3 bars' return measured against normal bar-to-bar noise.",
            "Positive: a sharp recent drop (likely to retrace up); negative: a sharp pop.",
            "raw = -ln(close / close[3]) / (stdev of 1-bar log returns over 60 bars * sqrt 3)", InCandles,
            60},
        [](const CardInput& in, int n) -> Opt {
            auto r = logReturns(in.f.c, n);
            if (!r)
                return std::nullopt;
            auto sd = stdev(*r, r->size());
            if (!sd || !(*sd > 0))
                return std::nullopt;
            const double r3 = (*r)[r->size() - 1] + (*r)[r->size() - 2] + (*r)[r->size() - 3];
            return -r3 / (*sd * std::sqrt(3.0));
        });
    addCard(out,
        {"mr.rsi2", cat, "Two-bar RSI fade", "Connors-style 2-bar RSI, read contrarian.",
            "Positive: RSI(2) very low after a couple of down bars (bounce expected); negative: very high.",
            "raw = 50 - RSI(2) (Wilder)", InCandles, 2},
        [](const CardInput& in, int n) -> Opt {
            auto r = rsi(in.f.c, static_cast<std::size_t>(n));
            return r ? Opt(50.0 - *r) : std::nullopt;
        });
}

} // namespace perp::sig
