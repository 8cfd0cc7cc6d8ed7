// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <cstddef>
#include <span>
#include <vector>

namespace perp::liq {

// Open estimated liquidation notional per side, leverage bucket and log-price bin (a dense
// window of bins around a movable centre). Each bucket's grid holds the notional that
// would sit there if *all* new positions used that bucket's leverage; the estimator
// mixes buckets with its current weights, which lets it re-weight the leverage mix later.
// Scaling a whole side (OI decreases, time decay) is O(1) through a per-side factor.
class LevelBook
{
public:
    LevelBook(std::size_t buckets, int halfBins);

    bool empty() const { return !m_centred; }
    // Places the window so that `bin` is in its middle. Levels that fall outside are dropped
    // (they are far from any recent price). Returns the notional dropped.
    double recentre(int bin);
    int firstBin() const { return m_first; }
    int endBin() const { return m_first + m_bins; }
    bool contains(int bin) const { return bin >= m_first && bin < endBin(); }

    // Adds notional at a bin (ignored outside the window).
    void add(PositionSide side, std::size_t bucket, int bin, double notional);
    // Removes every long level at bins >= bin (price traded down through them), or every
    // short level at bins <= bin. Adds the removed notional per bucket to `consumed`.
    void consumeLongsFrom(int bin, std::span<double> consumed);
    void consumeShortsTo(int bin, std::span<double> consumed);
    // Multiplies every level of a side by factor (0..1].
    void scale(PositionSide side, double factor);

    // Open notional of a side and bucket.
    double total(PositionSide side, std::size_t bucket) const;
    // Sum of weights[b] * level over buckets for bins [from, to) of a side, written to out
    // (out.size() == to - from; bins outside the window give 0).
    void mix(PositionSide side, std::span<const double> weights, int from, std::span<double> out) const;
    // Highest bin holding longs / lowest bin holding shorts (or an out-of-window sentinel).
    int topLong() const { return m_topLong; }
    int bottomShort() const { return m_bottomShort; }
    std::size_t buckets() const { return m_buckets; }

private:
    std::size_t idx(int s, std::size_t b, int bin) const
    {
        return (static_cast<std::size_t>(s) * m_buckets + b) * static_cast<std::size_t>(m_bins)
            + static_cast<std::size_t>(bin - m_first);
    }
    static int sideIndex(PositionSide s) { return s == PositionSide::Long ? 0 : 1; }
    void normalise(int s);

    std::size_t m_buckets;
    int m_bins;
    int m_first = 0;
    bool m_centred = false;
    std::vector<double> m_raw; // [side][bucket][bin], real value = raw * m_scale[side]
    double m_scale[2] = {1, 1};
    std::vector<double> m_rawTotal; // [side][bucket]
    int m_topLong;
    int m_bottomShort;
};

} // namespace perp::liq
