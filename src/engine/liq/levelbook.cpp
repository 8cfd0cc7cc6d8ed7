// SPDX-License-Identifier: MIT
#include "levelbook.h"

#include <algorithm>
#include <climits>

namespace perp::liq {

LevelBook::LevelBook(std::size_t buckets, int halfBins)
    : m_buckets(std::max<std::size_t>(1, buckets))
    , m_bins(2 * std::max(16, halfBins))
    , m_raw(2 * m_buckets * static_cast<std::size_t>(m_bins), 0.0)
    , m_rawTotal(2 * m_buckets, 0.0)
    , m_topLong(INT_MIN)
    , m_bottomShort(INT_MAX)
{ }

double LevelBook::recentre(int bin)
{
    const int newFirst = bin - m_bins / 2;
    if (!m_centred) {
        m_first = newFirst;
        m_centred = true;
        return 0;
    }
    std::vector<double> moved(m_raw.size(), 0.0);
    double dropped = 0;
    const int oldFirst = m_first;
    for (int s = 0; s < 2; ++s) {
        for (std::size_t b = 0; b < m_buckets; ++b) {
            double kept = 0;
            for (int i = 0; i < m_bins; ++i) {
                const double v = m_raw[idx(s, b, oldFirst + i)];
                if (v == 0)
                    continue;
                const int target = oldFirst + i - newFirst;
                if (target >= 0 && target < m_bins) {
                    moved[(static_cast<std::size_t>(s) * m_buckets + b) * static_cast<std::size_t>(m_bins)
                        + static_cast<std::size_t>(target)]
                        = v;
                    kept += v;
                } else {
                    dropped += v * m_scale[s];
                }
            }
            m_rawTotal[static_cast<std::size_t>(s) * m_buckets + b] = kept;
        }
    }
    m_raw.swap(moved);
    m_first = newFirst;
    m_topLong = std::min(m_topLong, endBin() - 1);
    m_bottomShort = std::max(m_bottomShort, m_first);
    return dropped;
}

void LevelBook::add(PositionSide side, std::size_t bucket, int bin, double notional)
{
    if (!contains(bin) || bucket >= m_buckets || !(notional > 0))
        return;
    const int s = sideIndex(side);
    const double raw = notional / m_scale[s];
    m_raw[idx(s, bucket, bin)] += raw;
    m_rawTotal[static_cast<std::size_t>(s) * m_buckets + bucket] += raw;
    if (side == PositionSide::Long)
        m_topLong = std::max(m_topLong, bin);
    else
        m_bottomShort = std::min(m_bottomShort, bin);
}

void LevelBook::consumeLongsFrom(int bin, std::span<double> consumed)
{
    const int lo = std::max(bin, m_first);
    const int hi = std::min(m_topLong, endBin() - 1);
    for (int k = hi; k >= lo; --k) {
        for (std::size_t b = 0; b < m_buckets; ++b) {
            double& v = m_raw[idx(0, b, k)];
            if (v == 0)
                continue;
            if (b < consumed.size())
                consumed[b] += v * m_scale[0];
            m_rawTotal[b] -= v;
            v = 0;
        }
    }
    if (hi >= lo)
        m_topLong = lo - 1;
}

void LevelBook::consumeShortsTo(int bin, std::span<double> consumed)
{
    const int lo = std::max(m_bottomShort, m_first);
    const int hi = std::min(bin, endBin() - 1);
    for (int k = lo; k <= hi; ++k) {
        for (std::size_t b = 0; b < m_buckets; ++b) {
            double& v = m_raw[idx(1, b, k)];
            if (v == 0)
                continue;
            if (b < consumed.size())
                consumed[b] += v * m_scale[1];
            m_rawTotal[m_buckets + b] -= v;
            v = 0;
        }
    }
    if (hi >= lo)
        m_bottomShort = hi + 1;
}

void LevelBook::scale(PositionSide side, double factor)
{
    const int s = sideIndex(side);
    m_scale[s] *= std::clamp(factor, 0.0, 1.0);
    if (m_scale[s] < 1e-12)
        normalise(s);
}

void LevelBook::normalise(int s)
{
    const double f = m_scale[s];
    for (std::size_t b = 0; b < m_buckets; ++b) {
        for (int i = 0; i < m_bins; ++i)
            m_raw[idx(s, b, m_first + i)] *= f;
        m_rawTotal[static_cast<std::size_t>(s) * m_buckets + b] *= f;
    }
    m_scale[s] = 1.0;
}

double LevelBook::total(PositionSide side, std::size_t bucket) const
{
    const int s = sideIndex(side);
    if (bucket >= m_buckets)
        return 0;
    return std::max(0.0, m_rawTotal[static_cast<std::size_t>(s) * m_buckets + bucket] * m_scale[s]);
}

void LevelBook::mix(PositionSide side, std::span<const double> weights, int from, std::span<double> out) const
{
    std::fill(out.begin(), out.end(), 0.0);
    const int s = sideIndex(side);
    const int to = from + static_cast<int>(out.size());
    const int lo = std::max(from, m_first);
    const int hi = std::min(to, endBin());
    if (lo >= hi)
        return;
    for (std::size_t b = 0; b < m_buckets && b < weights.size(); ++b) {
        const double w = weights[b] * m_scale[s];
        if (w == 0)
            continue;
        const double* row = &m_raw[idx(s, b, lo)];
        double* dst = out.data() + (lo - from);
        for (int i = 0; i < hi - lo; ++i)
            dst[i] += w * row[i];
    }
}

} // namespace perp::liq
