// SPDX-License-Identifier: MIT
#include "liqmetrics.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

int EvalBins::count() const
{
    return static_cast<int>(std::ceil((std::log1p(range) - std::log1p(-range)) / step));
}

int EvalBins::index(double p) const
{
    if (!(p > 0) || !(price > 0))
        return -1;
    const double x = std::log(p / price) - std::log1p(-range);
    if (x < 0 || p > price * (1 + range))
        return -1;
    const int i = static_cast<int>(std::floor(x / step));
    return i < count() ? i : -1;
}

std::vector<double> densityOf(std::span<const KnownLevel> levels, const EvalBins& bins)
{
    std::vector<double> out(static_cast<std::size_t>(std::max(0, bins.count())), 0.0);
    for (const auto& l : levels)
        if (const int i = bins.index(l.price); i >= 0)
            out[static_cast<std::size_t>(i)] += l.notional;
    return out;
}

std::vector<double> densityOf(const LiqProfile& profile, const EvalBins& bins)
{
    std::vector<double> out(static_cast<std::size_t>(std::max(0, bins.count())), 0.0);
    for (std::size_t k = 0; k < profile.size(); ++k) {
        const double v = profile.longs[k] + profile.shorts[k];
        if (v == 0)
            continue;
        if (const int i = bins.index(profile.grid.mid(profile.firstBin + static_cast<int>(k))); i >= 0)
            out[static_cast<std::size_t>(i)] += v;
    }
    return out;
}

double correlation(std::span<const double> a, std::span<const double> b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return 0;
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= static_cast<double>(n);
    mb /= static_cast<double>(n);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0)
        return 0;
    return sab / std::sqrt(saa * sbb);
}

double capture(std::span<const LiqBand> bands, std::span<const KnownLevel> levels, double price, double range)
{
    double inRange = 0, inside = 0;
    for (const auto& l : levels) {
        if (l.price < price * (1 - range) || l.price > price * (1 + range))
            continue;
        inRange += l.notional;
        for (const auto& b : bands) {
            if (l.price >= b.low && l.price < b.high) {
                inside += l.notional;
                break;
            }
        }
    }
    return inRange > 0 ? inside / inRange : 0.0;
}

double bestCapture(
    std::span<const KnownLevel> levels, double price, double range, int bands, double maxCoverage, int bins)
{
    const double lo = price * (1 - range), hi = price * (1 + range);
    if (!(hi > lo) || bins < 1 || bands < 1)
        return 0;
    std::vector<double> mass(static_cast<std::size_t>(bins), 0.0);
    double total = 0;
    for (const auto& l : levels) {
        if (l.price < lo || l.price > hi)
            continue;
        const int i = std::min(bins - 1, static_cast<int>((l.price - lo) / (hi - lo) * bins));
        mass[static_cast<std::size_t>(i)] += l.notional;
        total += l.notional;
    }
    if (!(total > 0))
        return 0;
    const int maxWidth = static_cast<int>(std::floor(maxCoverage * bins + 1e-9));
    // best[k][w][open]: most mass with k intervals of total width w; open: the last bin is covered.
    const auto K = static_cast<std::size_t>(bands + 1), W = static_cast<std::size_t>(maxWidth + 1);
    constexpr double kNone = -1;
    std::vector<double> cur(K * W * 2, kNone), next;
    const auto at = [W](std::size_t k, std::size_t w, std::size_t open) { return (k * W + w) * 2 + open; };
    cur[at(0, 0, 0)] = 0;
    for (std::size_t i = 0; i < mass.size(); ++i) {
        next.assign(cur.size(), kNone);
        for (std::size_t k = 0; k < K; ++k) {
            for (std::size_t w = 0; w < W; ++w) {
                for (std::size_t open = 0; open < 2; ++open) {
                    const double v = cur[at(k, w, open)];
                    if (v < 0)
                        continue;
                    double& skip = next[at(k, w, 0)];
                    skip = std::max(skip, v);
                    if (w + 1 >= W)
                        continue;
                    if (open) {
                        double& extend = next[at(k, w + 1, 1)];
                        extend = std::max(extend, v + mass[i]);
                    } else if (k + 1 < K) {
                        double& start = next[at(k + 1, w + 1, 1)];
                        start = std::max(start, v + mass[i]);
                    }
                }
            }
        }
        cur.swap(next);
    }
    return *std::max_element(cur.begin(), cur.end()) / total;
}

double coverage(std::span<const LiqBand> bands, double price, double range)
{
    const double lo = price * (1 - range), hi = price * (1 + range);
    std::vector<std::pair<double, double>> iv;
    for (const auto& b : bands) {
        const double a = std::max(lo, b.low), z = std::min(hi, b.high);
        if (z > a)
            iv.emplace_back(a, z);
    }
    std::sort(iv.begin(), iv.end());
    double covered = 0, end = lo;
    for (const auto& [a, z] : iv) {
        const double s = std::max(a, end);
        if (z > s)
            covered += z - s;
        end = std::max(end, z);
    }
    return hi > lo ? covered / (hi - lo) : 0.0;
}

} // namespace perp::liq
