// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "level.h"

#include <span>
#include <vector>

namespace perp::zones {

// Step 2: volume by price of a run of candles (each candle's volume spread evenly over its
// low..high) in equal bins, and the high-volume nodes in it.
class VolumeProfile
{
public:
    // binWidth <= 0 or no candles: an empty profile. At most maxBins bins (wider if needed).
    VolumeProfile(std::span<const Candle> bars, double binWidth, std::size_t maxBins = 4000);

    bool empty() const { return m_bins.empty(); }
    double lower() const { return m_lower; }
    double binWidth() const { return m_width; }
    const std::vector<double>& bins() const { return m_bins; }
    double total() const { return m_total; }
    // Volume traded inside [low, high] (partial bins pro rata).
    double volumeIn(double low, double high) const;
    // volumeIn / the average volume of a band that wide over the profile's range (1 = average).
    double ratio(double low, double high) const;

    // Local maxima of the 3-bin smoothed profile at least minRatio x the mean bin volume,
    // the largest `maxNodes` (by volume, ties lower price first), sorted by price. Weight =
    // the node's ratio to the mean bin, at most 3.
    std::vector<Level> nodes(double minRatio, std::size_t maxNodes, TimeMs time) const;

private:
    double m_lower = 0;
    double m_width = 0;
    double m_total = 0;
    std::vector<double> m_bins;
};

} // namespace perp::zones
