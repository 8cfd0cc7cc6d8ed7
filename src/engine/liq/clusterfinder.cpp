// SPDX-License-Identifier: MIT
#include "clusterfinder.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

namespace {

std::vector<double> smooth(const std::vector<double>& v, double sigma)
{
    if (sigma <= 0)
        return v;
    const int r = static_cast<int>(std::ceil(3 * sigma));
    std::vector<double> k(static_cast<std::size_t>(2 * r + 1));
    for (int i = -r; i <= r; ++i)
        k[static_cast<std::size_t>(i + r)] = std::exp(-0.5 * i * i / (sigma * sigma));
    const int n = static_cast<int>(v.size());
    std::vector<double> out(v.size(), 0.0);
    for (int i = 0; i < n; ++i) {
        if (v[static_cast<std::size_t>(i)] == 0)
            continue;
        for (int j = std::max(0, i - r); j <= std::min(n - 1, i + r); ++j)
            out[static_cast<std::size_t>(j)]
                += v[static_cast<std::size_t>(i)] * k[static_cast<std::size_t>(j - i + r)];
    }
    double ksum = 0;
    for (double x : k)
        ksum += x;
    for (auto& x : out)
        x /= ksum;
    return out;
}

// Topographic prominence of the local maximum at i.
double prominence(const std::vector<double>& s, int i)
{
    const int n = static_cast<int>(s.size());
    const double h = s[static_cast<std::size_t>(i)];
    double leftMin = h, rightMin = h;
    int j = i - 1;
    for (; j >= 0 && s[static_cast<std::size_t>(j)] <= h; --j)
        leftMin = std::min(leftMin, s[static_cast<std::size_t>(j)]);
    if (j < 0)
        leftMin = std::min(leftMin, 0.0);
    j = i + 1;
    for (; j < n && s[static_cast<std::size_t>(j)] <= h; ++j)
        rightMin = std::min(rightMin, s[static_cast<std::size_t>(j)]);
    if (j >= n)
        rightMin = std::min(rightMin, 0.0);
    return h - std::max(leftMin, rightMin);
}

} // namespace

std::vector<LiqBand> ClusterFinder::find(const LiqProfile& profile, double atr, const ClusterConfig& config)
{
    std::vector<LiqBand> out;
    if (profile.price <= 0 || profile.size() == 0)
        return out;
    // Restrict to +-range around price.
    const int centre = profile.indexOf(profile.price);
    const int half = profile.grid.binsFor(config.range);
    const int from = std::max(0, centre - half);
    const int to = std::min(static_cast<int>(profile.size()), centre + half + 1);
    if (from >= to)
        return out;
    std::vector<double> raw(static_cast<std::size_t>(to - from));
    double total = 0;
    for (int i = from; i < to; ++i) {
        raw[static_cast<std::size_t>(i - from)]
            = profile.longs[static_cast<std::size_t>(i)] + profile.shorts[static_cast<std::size_t>(i)];
        total += raw[static_cast<std::size_t>(i - from)];
    }
    if (total <= 0)
        return out;
    const std::vector<double> s = smooth(raw, config.smoothSigmaBins);
    const double top = *std::max_element(s.begin(), s.end());
    const int n = static_cast<int>(s.size());
    const int priceIdx = centre - from;
    std::vector<int> peaks;
    for (int i = 0; i < n; ++i) {
        const double h = s[static_cast<std::size_t>(i)];
        if (h <= 0 || (i > 0 && s[static_cast<std::size_t>(i - 1)] > h)
            || (i + 1 < n && s[static_cast<std::size_t>(i + 1)] >= h))
            continue;
        if (prominence(s, i) >= config.minProminence * top)
            peaks.push_back(i);
    }
    // Highest peaks claim their bins first.
    std::stable_sort(peaks.begin(), peaks.end(),
        [&](int a, int b) { return s[static_cast<std::size_t>(a)] > s[static_cast<std::size_t>(b)]; });
    std::vector<char> used(s.size(), 0);
    for (int i : peaks) {
        if (used[static_cast<std::size_t>(i)])
            continue;
        const double h = s[static_cast<std::size_t>(i)];
        // Grow the band while density stays high, never across the price bin.
        int lo = i, hi = i;
        const double edge = config.edgeFraction * h;
        while (lo - 1 >= 0 && i - (lo - 1) <= config.maxHalfWidthBins
            && s[static_cast<std::size_t>(lo - 1)] >= edge
            && s[static_cast<std::size_t>(lo - 1)] <= s[static_cast<std::size_t>(lo)]
            && (lo - 1 != priceIdx || i == priceIdx) && !used[static_cast<std::size_t>(lo - 1)])
            --lo;
        while (hi + 1 < n && (hi + 1) - i <= config.maxHalfWidthBins
            && s[static_cast<std::size_t>(hi + 1)] >= edge
            && s[static_cast<std::size_t>(hi + 1)] <= s[static_cast<std::size_t>(hi)]
            && (hi + 1 != priceIdx || i == priceIdx) && !used[static_cast<std::size_t>(hi + 1)])
            ++hi;
        LiqBand b;
        double longN = 0, shortN = 0;
        for (int k = lo; k <= hi; ++k) {
            used[static_cast<std::size_t>(k)] = 1;
            longN += profile.longs[static_cast<std::size_t>(k + from)];
            shortN += profile.shorts[static_cast<std::size_t>(k + from)];
        }
        b.notional = longN + shortN;
        if (b.notional <= 0)
            continue;
        b.side = longN >= shortN ? PositionSide::Long : PositionSide::Short;
        b.low = profile.lowerOf(static_cast<std::size_t>(lo + from));
        b.high = profile.upperOf(static_cast<std::size_t>(hi + from));
        b.peak = profile.grid.mid(profile.firstBin + i + from);
        b.share = b.notional / total;
        const double p = profile.price;
        const double dist = p < b.low ? b.low - p : (p > b.high ? b.high - p : 0.0);
        b.distancePct = dist / p * 100.0;
        b.distanceAtr = atr > 0 ? std::abs(dist) / atr : 0.0;
        const double d3 = b.distanceAtr / 3.0;
        b.magnet = 100.0 * b.share / (1.0 + d3 * d3);
        out.push_back(b);
    }
    std::sort(out.begin(), out.end(), [](const LiqBand& a, const LiqBand& b) {
        return a.notional != b.notional ? a.notional > b.notional : a.low < b.low;
    });
    if (out.size() > config.maxBands)
        out.resize(config.maxBands);
    return out;
}

const std::vector<LiqBand>& ClusterFinder::update(const LiqProfile& profile, double atr)
{
    std::vector<LiqBand> next = find(profile, atr, m_config);
    std::vector<char> taken(m_bands.size(), 0);
    for (auto& b : next) {
        double best = m_config.matchOverlap;
        std::size_t bestIdx = m_bands.size();
        for (std::size_t j = 0; j < m_bands.size(); ++j) {
            const auto& o = m_bands[j];
            if (taken[j] || o.side != b.side)
                continue;
            const double inter = std::min(b.high, o.high) - std::max(b.low, o.low);
            const double narrower = std::min(b.high - b.low, o.high - o.low);
            if (inter <= 0 || narrower <= 0)
                continue;
            const double overlap = inter / narrower;
            if (overlap >= best) {
                best = overlap;
                bestIdx = j;
            }
        }
        if (bestIdx < m_bands.size()) {
            b.id = m_bands[bestIdx].id;
            taken[bestIdx] = 1;
        } else {
            b.id = m_nextId++;
        }
    }
    m_bands = std::move(next);
    return m_bands;
}

} // namespace perp::liq
