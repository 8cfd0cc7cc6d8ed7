// SPDX-License-Identifier: MIT
#include "premiumcrowding.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

PremiumCrowding::PremiumCrowding(const EstimatorConfig& config)
    : m_weight(config.crowdingWeight)
    , m_maxZ(config.crowdingMaxZ)
    , m_minShare(config.minSideShare)
    , m_smoothing(config.premiumSmoothing)
    , m_baseline(config.premiumBaseline)
    , m_warmup(config.premiumWarmup)
{ }

void PremiumCrowding::add(double premium, TimeMs t)
{
    if (!std::isfinite(premium))
        return;
    if (m_start == 0) {
        m_start = m_last = t;
        m_fast = premium;
        return;
    }
    if (t <= m_last)
        return;
    const auto dt = static_cast<double>(t - m_last);
    m_last = t;
    auto alpha = [dt](TimeMs tau) { return tau > 0 ? 1.0 - std::exp(-dt / static_cast<double>(tau)) : 1.0; };
    m_fast += alpha(m_smoothing) * (premium - m_fast);
    // Exponentially weighted moments of the smoothed premium, normalised by their total
    // weight (no start-up bias: an early spread is not taken as near zero).
    const double a = alpha(m_baseline);
    m_w0 = (1.0 - a) * m_w0 + a;
    m_w1 = (1.0 - a) * m_w1 + a * m_fast;
    m_w2 = (1.0 - a) * m_w2 + a * m_fast * m_fast;
}

double PremiumCrowding::zScore() const
{
    if (!(m_w0 > 0))
        return 0.0;
    const double mean = m_w1 / m_w0;
    const double var = m_w2 / m_w0 - mean * mean;
    return var > 0 ? (m_fast - mean) / std::sqrt(var) : 0.0;
}

double PremiumCrowding::targetLongShare() const
{
    if (m_weight <= 0 || m_start == 0 || m_last - m_start < m_warmup)
        return 0.5;
    const double z = std::clamp(zScore(), -m_maxZ, m_maxZ);
    return std::clamp(0.5 + m_weight * z, m_minShare, 1.0 - m_minShare);
}

} // namespace perp::liq
