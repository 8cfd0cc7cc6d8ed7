// SPDX-License-Identifier: MIT
// Volume: whether volume confirms the price move.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addVolumeCards(CardList& out)
{
    const auto cat = Category::Volume;
    addCard(out,
        {"volu.obv", cat, "On-balance volume trend", "Volume added on up-closes minus volume on down-closes.",
            "Positive: more volume on rising bars (accumulation); negative: distribution.",
            "raw = sum(sign(close - close[1]) * volume) / sum(volume) over n", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            double obv = 0, vol = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                obv += sgn(f.c[i] - f.c[i - 1]) * f.v[i];
                vol += f.v[i];
            }
            return vol > 0 ? Opt(obv / vol) : std::nullopt;
        });
    addCard(out,
        {"volu.spike", cat, "Volume spike direction",
            "Last bar's volume relative to the average, signed by the bar's body.",
            "Positive: heavy volume on a rising bar; negative: heavy volume on a falling bar.",
            "raw = max(0, volume / mean(volume, n) - 1) * sign(close - open)", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto m = mean(f.v, n);
            if (!m || !(*m > 0))
                return std::nullopt;
            return std::max(0.0, f.v.back() / *m - 1.0) * sgn(f.c.back() - f.o.back());
        });
    addCard(out,
        {"volu.mfi", cat, "Money flow index",
            "RSI-like ratio of money flow on up versus down typical prices.",
            "Positive: money flowing in (MFI above 50); negative: flowing out.",
            "tp = (h+l+c)/3; MFI = 100 - 100/(1 + sum up tp*v / sum down tp*v); raw = MFI - 50", InCandles,
            14},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            double up = 0, dn = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double tp = (f.h[i] + f.l[i] + f.c[i]) / 3.0,
                             tp0 = (f.h[i - 1] + f.l[i - 1] + f.c[i - 1]) / 3.0;
                (tp >= tp0 ? up : dn) += tp * f.v[i];
            }
            if (up + dn <= 0)
                return std::nullopt;
            return 100.0 - 100.0 / (1.0 + up / std::max(dn, 1e-300)) - 50.0;
        });
    addCard(out,
        {"volu.cmf", cat, "Chaikin money flow", "Where closes land within bar ranges, weighted by volume.",
            "Positive: bars close near their highs on volume (buying pressure).",
            "raw = sum(((c - l) - (h - c)) / (h - l) * v) / sum(v) over n", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            double mf = 0, vol = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double r = f.h[i] - f.l[i];
                if (r > 0)
                    mf += ((f.c[i] - f.l[i]) - (f.h[i] - f.c[i])) / r * f.v[i];
                vol += f.v[i];
            }
            return vol > 0 ? Opt(mf / vol) : std::nullopt;
        });
    addCard(out,
        {"volu.vwma_gap", cat, "VWMA versus SMA", "Volume-weighted average price against the plain average.",
            "Positive: volume concentrated at higher prices (buyers active up there); negative: at lower "
            "prices.",
            "raw = (VWMA(n) - SMA(n)) / SMA(n)", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto m = mean(f.c, n);
            if (!m || !(*m > 0))
                return std::nullopt;
            double pv = 0, v = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                pv += f.c[i] * f.v[i];
                v += f.v[i];
            }
            return v > 0 ? Opt((pv / v - *m) / *m) : std::nullopt;
        });
    addCard(out,
        {"volu.force_index", cat, "Force index", "Elder's force index: price change times volume, smoothed.",
            "Positive: rises on volume outweigh falls on volume; negative: the reverse.",
            "raw = EMA13((close - close[1]) * volume) / (close * mean volume over 3 x 13 bars)", InCandles,
            13},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            const std::size_t w = 3 * static_cast<std::size_t>(n);
            if (f.size() < w + 1)
                return std::nullopt;
            std::vector<double> force;
            double vol = 0;
            for (std::size_t i = f.size() - w; i < f.size(); ++i) {
                force.push_back((f.c[i] - f.c[i - 1]) * f.v[i]);
                vol += f.v[i];
            }
            auto e = ema(force, n);
            vol /= static_cast<double>(w);
            if (!e || !(vol > 0) || !(f.c.back() > 0))
                return std::nullopt;
            return *e / (f.c.back() * vol);
        });
}

} // namespace perp::sig
