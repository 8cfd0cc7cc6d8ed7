// SPDX-License-Identifier: MIT
// Support/Resistance: nearby levels where price has turned before.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"
#include "swings.h"

#include <algorithm>

namespace perp::sig {

using namespace math;

void addSupportResistanceCards(CardList& out)
{
    const auto cat = Category::SupportResistance;
    addCard(out,
        {"sr.proximity", cat, "Support versus resistance distance",
            "Distance to the nearest swing support below and resistance above.",
            "Positive: closer to support than to resistance (room to rise, bounce expected); negative: "
            "pressed under resistance.",
            "raw = (dRes - dSup) / (dRes + dSup), nearest swing low below / swing high above in n bars",
            InCandles, 100},
        [](const CardInput& in, int n) -> Opt {
            auto s = findSwings(in.f, n);
            const double c = in.f.c.empty() ? 0 : in.f.c.back();
            double sup = 0, res = 0;
            for (const auto& p : s.lows)
                if (p.price < c)
                    sup = std::max(sup, p.price);
            for (const auto& p : s.highs)
                if (p.price > c && (res == 0 || p.price < res))
                    res = p.price;
            if (sup <= 0 || res <= 0)
                return std::nullopt;
            const double ds = c - sup, dr = res - c;
            return (dr - ds) / (dr + ds);
        });
    addCard(out,
        {"sr.wick_rejection", cat, "Wick rejection",
            "Long lower wicks (buyers defending) against long upper wicks (sellers defending).",
            "Positive: lower wicks dominate the last bars (a level is holding below); negative: upper wicks "
            "dominate.",
            "raw = mean over n bars of (lowerWick - upperWick) / (high - low)", InCandles, 3},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            double acc = 0;
            int k = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double r = f.h[i] - f.l[i];
                if (!(r > 0))
                    continue;
                const double lower = std::min(f.o[i], f.c[i]) - f.l[i];
                const double upper = f.h[i] - std::max(f.o[i], f.c[i]);
                acc += (lower - upper) / r;
                ++k;
            }
            return k > 0 ? Opt(acc / k) : std::nullopt;
        });
    addCard(out,
        {"sr.pivot", cat, "Floor pivot position",
            "Close against the classic pivot of the previous block of n bars.",
            "Positive: above the pivot toward R1 (pivot acting as support); negative: below toward S1.",
            "P = (H + L + C)/3 of the previous n bars; R1 = 2P - L; S1 = 2P - H; raw = (close - P) / (R1 - "
            "S1)",
            InCandles, 24},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            auto hi = highest(f.h, n, n), lo = lowest(f.l, n, n);
            auto pc = back(f.c, n);
            if (!hi || !lo || !pc || *hi <= *lo)
                return std::nullopt;
            const double p = (*hi + *lo + *pc) / 3.0;
            const double r1 = 2 * p - *lo, s1 = 2 * p - *hi;
            return r1 > s1 ? Opt((f.c.back() - p) / (r1 - s1)) : std::nullopt;
        });
    addCard(out,
        {"sr.round_number", cat, "Round-number level",
            "Position between the two nearest round price levels (half powers of ten).",
            "Positive: just above a round number (it acts as support); negative: just under the next one "
            "(resistance).",
            "step = 10^floor(log10 close) / 2; frac = (close mod step) / step; raw = 1 - 2 frac", InCandles,
            1},
        [](const CardInput& in, int) -> Opt {
            if (in.f.size() == 0 || !(in.f.c.back() > 0))
                return std::nullopt;
            const double c = in.f.c.back();
            const double step = std::pow(10.0, std::floor(std::log10(c))) / 2.0;
            const double frac = (c - std::floor(c / step) * step) / step;
            return 1.0 - 2.0 * frac;
        });
}

} // namespace perp::sig
