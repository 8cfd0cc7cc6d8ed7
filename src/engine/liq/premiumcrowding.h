// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "liqconfig.h"

namespace perp::liq {

// Which side the traders crowd, read from the perp's premium over its index (mark/index - 1):
// buyers pay up when traders are net long. The premium is smoothed (premiumSmoothing) and
// turned into a z-score against its own exponentially weighted mean and spread over
// premiumBaseline, so no venue-specific scale or standing premium enters. The target long
// share of open positions is 0.5 + crowdingWeight * z (z clamped to +-crowdingMaxZ, share
// to [minSideShare, 1 - minSideShare]); 0.5 while off, before premiumWarmup of data, or
// without an index price.
class PremiumCrowding
{
public:
    explicit PremiumCrowding(const EstimatorConfig& config);

    // One premium sample (mark/index - 1) at time t; samples at or before the last are ignored.
    void add(double premium, TimeMs t);
    double targetLongShare() const;
    // Smoothed premium's z-score (0 before any spread is known).
    double zScore() const;

private:
    double m_weight, m_maxZ, m_minShare;
    TimeMs m_smoothing, m_baseline, m_warmup;
    TimeMs m_start = 0;
    TimeMs m_last = 0;
    double m_fast = 0; // smoothed premium
    double m_w0 = 0, m_w1 = 0, m_w2 = 0; // weighted sums of 1, fast, fast^2 over the baseline
};

} // namespace perp::liq
