// SPDX-License-Identifier: MIT
// Regime: is the market trending or mean-reverting, read with its direction.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addRegimeCards(CardList& out)
{
    const auto cat = Category::Regime;
    addCard(out,
        {"reg.efficiency", cat, "Efficiency ratio",
            "Kaufman efficiency: net move divided by the path travelled.",
            "Near +1: a clean up-trend regime; near -1: clean down-trend; near 0: noise.",
            "raw = (close - close[n]) / sum |close - close[1]| over n", InCandles, 20},
        [](const CardInput& in, int n) -> Opt {
            const auto& c = in.f.c;
            if (c.size() < static_cast<std::size_t>(n) + 1)
                return std::nullopt;
            double path = 0;
            for (std::size_t i = c.size() - n; i < c.size(); ++i)
                path += std::abs(c[i] - c[i - 1]);
            return path > 0 ? Opt((c.back() - c[c.size() - 1 - n]) / path) : std::nullopt;
        });
    addCard(out,
        {"reg.variance_ratio", cat, "Variance-ratio regime",
            "Lo-MacKinlay variance ratio: trending (VR > 1) or reverting (VR < 1), signed by the recent "
            "move.",
            "Positive: trending regime with price rising, or reverting regime after a fall; negative: the "
            "mirror.",
            "VR = var(4-bar returns) / (4 var(1-bar returns)) over n; raw = (VR - 1) * sign(ln "
            "close/close[8])",
            InCandles, 60},
        [](const CardInput& in, int n) -> Opt {
            auto r = logReturns(in.f.c, n);
            if (!r)
                return std::nullopt;
            std::vector<double> r4;
            for (std::size_t i = 3; i < r->size(); ++i)
                r4.push_back((*r)[i] + (*r)[i - 1] + (*r)[i - 2] + (*r)[i - 3]);
            auto v1 = stdev(*r, r->size()), v4 = stdev(r4, r4.size());
            auto r8 = change(in.f.c, 8);
            if (!v1 || !v4 || !r8 || !(*v1 > 0))
                return std::nullopt;
            return ((*v4 * *v4) / (4 * *v1 * *v1) - 1.0) * sgn(*r8);
        });
}

} // namespace perp::sig
