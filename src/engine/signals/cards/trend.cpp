// SPDX-License-Identifier: MIT
// Trend: the direction and quality of the prevailing move.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

void addTrendCards(CardList& out)
{
    const auto cat = Category::Trend;
    addCard(out,
        {"trend.ema_cross", cat, "EMA 9/21 spread", "Distance between a fast and a slow exponential average.",
            "Positive: fast average above slow (uptrend); the larger, the stronger.",
            "raw = (EMA9 - EMA21) / close", InCandles, 21},
        [](const CardInput& in, int) -> Opt {
            auto f = ema(in.f.c, 9), s = ema(in.f.c, 21);
            if (!f || !s || in.f.c.size() < 21 || !(in.f.c.back() > 0))
                return std::nullopt;
            return (*f - *s) / in.f.c.back();
        });
    addCard(out,
        {"trend.regression", cat, "Regression slope",
            "Least-squares slope of log price, weighted by fit quality.",
            "Positive: a clean upward line through the closes; near 0 when choppy.",
            "raw = slope(ln close, n) * n * R^2", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            if (!have(in.f.c, n))
                return std::nullopt;
            std::vector<double> lc;
            for (double x : last(in.f.c, n)) {
                if (!(x > 0))
                    return std::nullopt;
                lc.push_back(std::log(x));
            }
            auto fit = linreg(lc, n);
            return fit ? Opt(fit->slope * n * fit->r2) : std::nullopt;
        });
    addCard(out,
        {"trend.dmi", cat, "Directional movement", "Wilder's +DI against -DI.",
            "Positive: up-moves dominate (+DI above -DI); negative: down-moves dominate.",
            "+DM = max(h - h[1], 0) if > down-move; -DM likewise; raw = (sum +DM - sum -DM) / sum TR over n",
            InCandles, 14},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            double pdm = 0, mdm = 0, tr = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double up = f.h[i] - f.h[i - 1], dn = f.l[i - 1] - f.l[i];
                pdm += (up > dn && up > 0) ? up : 0;
                mdm += (dn > up && dn > 0) ? dn : 0;
                tr += std::max(
                    {f.h[i] - f.l[i], std::abs(f.h[i] - f.c[i - 1]), std::abs(f.l[i] - f.c[i - 1])});
            }
            return tr > 0 ? Opt((pdm - mdm) / tr) : std::nullopt;
        });
    addCard(out,
        {"trend.sma_distance", cat, "Distance from SMA50",
            "How far price is above or below its 50-bar average.",
            "Positive: trading above the long average (uptrend bias).", "raw = close / SMA50 - 1", InCandles,
            50},
        [](const CardInput& in, int n) -> Opt {
            auto m = mean(in.f.c, n);
            return m && *m > 0 ? Opt(in.f.c.back() / *m - 1.0) : std::nullopt;
        });
    addCard(out,
        {"trend.aroon", cat, "Aroon oscillator",
            "How recently the highest high versus the lowest low happened.",
            "Positive: the recent extreme was a high (uptrend); negative: a low.",
            "raw = (bars since low - bars since high) / n over the last n+1 bars", InCandles, 25},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            std::size_t hi = f.size() - n - 1, lo = hi;
            for (std::size_t i = hi; i < f.size(); ++i) {
                if (f.h[i] >= f.h[hi])
                    hi = i;
                if (f.l[i] <= f.l[lo])
                    lo = i;
            }
            return (static_cast<double>(hi) - static_cast<double>(lo)) / n;
        });
    addCard(out,
        {"trend.supertrend", cat, "ATR trailing stop",
            "Side of a SuperTrend-style trailing stop (3 x ATR10) and the distance to it.",
            "Positive: price above a rising stop (uptrend intact); negative: below a falling stop.",
            "band = (h + l)/2 -+ 3 ATR10, trailed over the last n bars, flips on a close through it; raw = "
            "(close - stop) / ATR10",
            InCandles, 60},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto a = atr(f.h, f.l, f.c, 10);
            if (!a || !(*a > 0) || f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            int dir = 1;
            double stop = (f.h[f.size() - n - 1] + f.l[f.size() - n - 1]) / 2 - 3 * *a;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double mid = (f.h[i] + f.l[i]) / 2;
                if (dir > 0) {
                    stop = std::max(stop, mid - 3 * *a);
                    if (f.c[i] < stop) {
                        dir = -1;
                        stop = mid + 3 * *a;
                    }
                } else {
                    stop = std::min(stop, mid + 3 * *a);
                    if (f.c[i] > stop) {
                        dir = 1;
                        stop = mid - 3 * *a;
                    }
                }
            }
            return (f.c.back() - stop) / *a;
        });
}

} // namespace perp::sig
