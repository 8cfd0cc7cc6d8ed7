// SPDX-License-Identifier: MIT
#pragma once

#include "clusterfinder.h"
#include "realizedliquidations.h"

#include <array>
#include <deque>
#include <span>
#include <vector>

namespace perp::liq {

// How often the ESTIMATED bands were right, over a rolling window: every REALIZED
// liquidation within +-range of the price at which the bands were drawn is scored against the
// top bands drawn before it. A random set of bands covering the same share of the range
// would capture that share on average, so captured / coverage is the lift over chance.
struct BandRecord
{
    TimeMs horizon = 0; // bands drawn at least this long before the liquidation (0: the latest)
    std::uint64_t events = 0; // realized liquidations scored
    double notional = 0; // their notional (quote)
    double captured = 0; // share of that notional that fell inside a band
    double coverage = 0; // share of the +-range the bands covered (notional-weighted mean)
    double lift() const { return coverage > 0 ? captured / coverage : 0.0; }
};

class BandScorecard
{
public:
    static constexpr std::array<TimeMs, 3> kHorizons {0, kHourMs, 4 * kHourMs};

    explicit BandScorecard(TimeMs window = 24 * kHourMs, double range = 0.10, std::size_t topBands = 5);

    // The bands as drawn at `time` (largest first; only the top `topBands` count). Kept once a
    // minute for the longer horizons; the latest is always kept.
    void onBands(TimeMs time, double price, std::span<const LiqBand> bands);
    // Scores one realized liquidation against the bands drawn before it.
    void onLiquidation(const RealizedLiq& l);
    // Figures over the window ending at `now`, one per horizon (kHorizons order).
    std::array<BandRecord, 3> records(TimeMs now) const;

private:
    struct Drawn
    {
        TimeMs time = 0;
        double price = 0;
        double coverage = 0;
        std::vector<std::pair<double, double>> ranges; // [low, high) of the top bands
    };
    struct Bucket
    {
        TimeMs hour = 0;
        std::uint64_t events = 0;
        double notional = 0, captured = 0, covered = 0; // covered: notional * coverage
    };
    const Drawn* drawnBefore(TimeMs t) const;
    void score(std::size_t h, const Drawn& d, const RealizedLiq& l);

    TimeMs m_window;
    double m_range;
    std::size_t m_top;
    Drawn m_latest;
    std::deque<Drawn> m_minutes; // one per minute, oldest first, spanning the longest horizon
    std::array<std::deque<Bucket>, 3> m_buckets; // per horizon, one per hour of the window
};

} // namespace perp::liq
