// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "liqprofile.h"

#include <cstdint>
#include <vector>

namespace perp::liq {

// A price band where estimated liquidations concentrate.
struct LiqBand
{
    std::uint64_t id = 0; // stable across updates while the band persists
    PositionSide side = PositionSide::Long; // whose positions would be liquidated there
    double low = 0, high = 0; // price range
    double peak = 0; // price of the densest bin
    double notional = 0; // estimated open liquidation notional inside [low, high] (quote)
    double share = 0; // notional / all estimated notional within the analysed range
    double distancePct = 0; // signed % from price to the nearest band edge (0 if inside)
    double distanceAtr = 0; // |distance| in ATR
    // Attraction of price to the band: 100 * share / (1 + (distanceAtr/3)^2): large and
    // near bands score high; at 3 ATR the attraction halves (cf. "USD/distance^2" magnets).
    double magnet = 0;
    bool operator==(const LiqBand&) const = default;
};

struct ClusterConfig
{
    double range = 0.10; // analyse +-10% around price
    // Gaussian smoothing of the profile, in bins (0.1%): 1 bin keeps bands on the mass (liq-eval:
    // more capture per covered range than 1.5 or 2.5).
    double smoothSigmaBins = 1.0;
    double minProminence = 0.03; // peak prominence relative to the highest smoothed bin
    double edgeFraction = 0.5; // a band extends while smoothed density >= this * peak
    // and at most this many bins each side of the peak: bands at most 0.7% wide, so the top 5
    // cover at most 3.5% of price (liq-eval: coverage of +-10% stays near 0.15).
    int maxHalfWidthBins = 3;
    std::size_t maxBands = 12;
    double matchOverlap = 0.3; // overlap (of the narrower band) needed to keep an identity
};

// Smoothed profile -> peaks by prominence -> bands, sorted by notional (largest first).
// Keeps the previous bands to give each new band the identity of the previous band of the
// same side it overlaps most.
class ClusterFinder
{
public:
    explicit ClusterFinder(ClusterConfig config = {})
        : m_config(config)
    { }

    // atr in price units (<= 0: distanceAtr stays 0 and magnet uses share only).
    const std::vector<LiqBand>& update(const LiqProfile& profile, double atr);
    const std::vector<LiqBand>& bands() const { return m_bands; }
    const ClusterConfig& config() const { return m_config; }

    // Stateless part: bands (ids unset) of a profile.
    static std::vector<LiqBand> find(const LiqProfile& profile, double atr, const ClusterConfig& config);

private:
    ClusterConfig m_config;
    std::vector<LiqBand> m_bands;
    std::uint64_t m_nextId = 1;
};

} // namespace perp::liq
