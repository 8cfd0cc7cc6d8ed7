// SPDX-License-Identifier: MIT
#include "volumeprofile.h"

#include "zone.h"

#include <algorithm>
#include <cmath>

namespace perp::zones {

VolumeProfile::VolumeProfile(std::span<const Candle> bars, double binWidth, std::size_t maxBins)
{
    if (bars.empty() || !(binWidth > 0) || maxBins == 0)
        return;
    double lo = bars.front().low.toDouble(), hi = bars.front().high.toDouble();
    for (const Candle& c : bars) {
        lo = std::min(lo, c.low.toDouble());
        hi = std::max(hi, c.high.toDouble());
    }
    if (!(hi >= lo) || lo <= 0)
        return;
    const double span = std::max(hi - lo, binWidth);
    const double n = std::ceil(span / binWidth);
    m_width = n > static_cast<double>(maxBins) ? span / static_cast<double>(maxBins) : binWidth;
    m_lower = lo;
    m_bins.assign(static_cast<std::size_t>(std::min(n, static_cast<double>(maxBins))) + 1, 0.0);
    const auto last = static_cast<double>(m_bins.size() - 1);
    for (const Candle& c : bars) {
        const double v = c.volume.toDouble();
        if (v <= 0)
            continue;
        m_total += v;
        const double a = (c.low.toDouble() - m_lower) / m_width;
        const double b = (c.high.toDouble() - m_lower) / m_width;
        const auto first = static_cast<std::size_t>(std::clamp(std::floor(a), 0.0, last));
        const auto end = static_cast<std::size_t>(std::clamp(std::floor(b), 0.0, last));
        if (first == end || b - a <= 0) {
            m_bins[first] += v;
            continue;
        }
        for (std::size_t i = first; i <= end; ++i) {
            const double from = std::max(a, static_cast<double>(i));
            const double to = std::min(b, static_cast<double>(i + 1));
            if (to > from)
                m_bins[i] += v * (to - from) / (b - a);
        }
    }
}

double VolumeProfile::volumeIn(double low, double high) const
{
    if (m_bins.empty() || !(high > low))
        return 0;
    const double a = (low - m_lower) / m_width, b = (high - m_lower) / m_width;
    double sum = 0;
    const double n = static_cast<double>(m_bins.size());
    for (double i = std::max(0.0, std::floor(a)); i < std::min(n, std::ceil(b)); ++i) {
        const double from = std::max(a, i), to = std::min(b, i + 1);
        if (to > from)
            sum += m_bins[static_cast<std::size_t>(i)] * (to - from);
    }
    return sum;
}

double VolumeProfile::ratio(double low, double high) const
{
    if (m_bins.empty() || m_total <= 0 || !(high > low))
        return 0;
    const double perPrice = m_total / (m_width * static_cast<double>(m_bins.size()));
    return volumeIn(low, high) / (perPrice * (high - low));
}

std::vector<Level> VolumeProfile::nodes(double minRatio, std::size_t maxNodes, TimeMs time) const
{
    std::vector<Level> out;
    const std::size_t n = m_bins.size();
    if (n < 3 || m_total <= 0)
        return out;
    std::vector<double> s(n);
    for (std::size_t i = 0; i < n; ++i)
        s[i] = (m_bins[i] + (i > 0 ? m_bins[i - 1] : m_bins[i]) + (i + 1 < n ? m_bins[i + 1] : m_bins[i]))
            / 3.0;
    const double mean = m_total / static_cast<double>(n);
    std::vector<std::pair<double, std::size_t>> peaks;
    for (std::size_t i = 0; i < n; ++i) {
        const bool left = i == 0 || s[i] > s[i - 1];
        const bool right = i + 1 == n || s[i] >= s[i + 1];
        if (left && right && s[i] >= minRatio * mean)
            peaks.emplace_back(s[i], i);
    }
    std::stable_sort(
        peaks.begin(), peaks.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    if (peaks.size() > maxNodes)
        peaks.resize(maxNodes);
    for (const auto& [v, i] : peaks) {
        Level l;
        l.price = m_lower + (static_cast<double>(i) + 0.5) * m_width;
        l.weight = std::min(3.0, v / mean);
        l.source = SourceVolumeNode;
        l.time = time;
        out.push_back(l);
    }
    std::sort(out.begin(), out.end(), [](const Level& x, const Level& y) { return x.price < y.price; });
    return out;
}

} // namespace perp::zones
