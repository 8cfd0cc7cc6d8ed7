// SPDX-License-Identifier: MIT
// Volume Profile: where volume traded by price (point of control, value area).
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

#include <algorithm>
#include <array>

namespace perp::sig {

using namespace math;

namespace {
constexpr std::size_t kBins = 24;

struct Profile
{
    double lo, step, poc, val, vah;
};

// Volume of the newest n bars binned by typical price; value area = 70% of volume around the POC.
std::optional<Profile> profile(const FrameView& f, std::size_t n)
{
    auto hi = highest(f.h, n), lo = lowest(f.l, n);
    if (!hi || !lo || *hi <= *lo)
        return std::nullopt;
    const double step = (*hi - *lo) / kBins;
    std::array<double, kBins> vol {};
    double total = 0;
    for (std::size_t i = f.size() - n; i < f.size(); ++i) {
        const double tp = (f.h[i] + f.l[i] + f.c[i]) / 3.0;
        const auto b = std::min<std::size_t>(kBins - 1, static_cast<std::size_t>((tp - *lo) / step));
        vol[b] += f.v[i];
        total += f.v[i];
    }
    if (!(total > 0))
        return std::nullopt;
    const std::size_t poc = static_cast<std::size_t>(std::max_element(vol.begin(), vol.end()) - vol.begin());
    std::size_t a = poc, b = poc;
    double inside = vol[poc];
    while (inside < 0.7 * total && (a > 0 || b + 1 < kBins)) {
        const double left = a > 0 ? vol[a - 1] : -1, right = b + 1 < kBins ? vol[b + 1] : -1;
        if (right >= left)
            inside += vol[++b];
        else
            inside += vol[--a];
    }
    return Profile {*lo, step, *lo + (poc + 0.5) * step, *lo + a * step, *lo + (b + 1) * step};
}
} // namespace

void addVolumeProfileCards(CardList& out)
{
    const auto cat = Category::VolumeProfile;
    addCard(out,
        {"vp.poc_pull", cat, "Point-of-control pull",
            "Distance from price to the price level with the most volume.",
            "Positive: price below the POC (pulled back up toward it); negative: above it.",
            "24 bins over the n-bar range; raw = (POC - close) / close", InCandles, 120},
        [](const CardInput& in, int n) -> Opt {
            auto p = profile(in.f, n);
            return p ? Opt((p->poc - in.f.c.back()) / in.f.c.back()) : std::nullopt;
        });
    addCard(out,
        {"vp.value_area", cat, "Value-area acceptance",
            "Price trading outside the 70% value area (acceptance of a new range).",
            "Positive: holding above the value-area high (bullish acceptance); negative: below the "
            "value-area low; 0 inside.",
            "raw = (close - VAH) / (VAH - VAL) above, (close - VAL) / (VAH - VAL) below, else 0", InCandles,
            120},
        [](const CardInput& in, int n) -> Opt {
            auto p = profile(in.f, n);
            if (!p || !(p->vah > p->val))
                return std::nullopt;
            const double c = in.f.c.back(), w = p->vah - p->val;
            return c > p->vah ? (c - p->vah) / w : (c < p->val ? (c - p->val) / w : 0.0);
        });
    addCard(out,
        {"vp.node_support", cat, "Volume below versus above",
            "Volume traded within 2% below the price against within 2% above.",
            "Positive: heavy volume just below (a floor of accepted prices); negative: heavy volume just "
            "above (overhead supply).",
            "raw = (vol with typical price in [0.98 c, c) - vol in (c, 1.02 c]) / their sum, over n bars",
            InCandles, 120},
        [](const CardInput& in, int n) -> Opt {
            const auto& f = in.f;
            if (f.size() < static_cast<std::size_t>(n))
                return std::nullopt;
            const double c = f.c.back();
            double below = 0, above = 0;
            for (std::size_t i = f.size() - n; i < f.size(); ++i) {
                const double tp = (f.h[i] + f.l[i] + f.c[i]) / 3.0;
                if (tp < c && tp >= 0.98 * c)
                    below += f.v[i];
                else if (tp > c && tp <= 1.02 * c)
                    above += f.v[i];
            }
            return below + above > 0 ? Opt((below - above) / (below + above)) : Opt(0.0);
        });
}

} // namespace perp::sig
