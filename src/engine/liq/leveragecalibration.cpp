// SPDX-License-Identifier: MIT
#include "leveragecalibration.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

LeverageCalibration::LeverageCalibration(const EstimatorConfig& config)
    : m_rate(config.adaptRate)
    // The per-bucket sums are kept over adaptMemory (exponential forgetting), so each bucket's
    // factor is the arithmetic mean ratio over many windows. A per-window geometric update is
    // biased: most windows hold zero or one liquidation, and log(0/predicted) punishes the
    // buckets consumed in many small windows (high leverage near price) far more than the
    // rare large windows reward them.
    , m_keep(config.adaptMemory > 0
              ? std::exp2(-static_cast<double>(config.adaptWindow) / static_cast<double>(config.adaptMemory))
              : 0.0)
    , m_minLiquidatedShare(config.minLiquidatedShare)
    , m_relative(config.relativeAdapt)
{
    double sum = 0;
    for (const auto& b : config.buckets)
        sum += std::max(0.0, b.weight);
    for (const auto& b : config.buckets)
        m_prior.push_back(
            sum > 0 ? std::max(0.0, b.weight) / sum : 1.0 / static_cast<double>(config.buckets.size()));
    m_weights = m_prior;
    for (auto& c : m_consumed)
        c.assign(m_prior.size(), 0.0);
    m_num.assign(m_prior.size(), 0.0);
    m_den.assign(m_prior.size(), 0.0);
}

bool LeverageCalibration::update()
{
    // Damped multiplicative EM step for the mixture weights: predicted = sum_b w_b c_b per
    // side; each bucket's factor is the realized/predicted ratio of the windows it
    // contributed to, weighted by its contribution.
    const std::size_t nb = m_weights.size();
    for (std::size_t b = 0; b < nb; ++b) {
        m_num[b] *= m_keep;
        m_den[b] *= m_keep;
    }
    bool any = false;
    m_allRealized *= m_keep;
    m_allPredicted *= m_keep;
    for (int s = 0; s < 2; ++s) {
        double predicted = 0;
        for (std::size_t b = 0; b < nb; ++b)
            predicted += m_weights[b] * m_consumed[s][b];
        m_allRealized += m_realized[s];
        m_allPredicted += predicted;
        if (predicted <= 0)
            continue;
        const double ratio = m_realized[s] / predicted;
        for (std::size_t b = 0; b < nb; ++b) {
            m_num[b] += m_consumed[s][b] * ratio;
            m_den[b] += m_consumed[s][b];
        }
        any = true;
    }
    for (int s = 0; s < 2; ++s) {
        std::fill(m_consumed[s].begin(), m_consumed[s].end(), 0.0);
        m_realized[s] = 0;
    }
    if (!any)
        return false;
    // The overall realized/predicted ratio (how much of the estimated notional really gets
    // liquidated rather than closed before) is not a property of the leverage mix: with
    // relativeAdapt each bucket's factor is taken relative to it.
    const double overall = m_relative && m_allPredicted > 0 && m_allRealized > 0
        ? std::clamp(m_allRealized / m_allPredicted, m_minLiquidatedShare, 1.0)
        : 1.0;
    double sum = 0;
    for (std::size_t b = 0; b < nb; ++b) {
        if (m_den[b] > 0) {
            const double g = std::clamp(m_num[b] / m_den[b] / overall, 0.05, 20.0);
            m_weights[b] *= std::pow(g, m_rate);
        }
        m_weights[b] = std::clamp(m_weights[b], m_prior[b] / 32, m_prior[b] * 32);
        sum += m_weights[b];
    }
    for (auto& w : m_weights)
        w /= sum;
    return true;
}

} // namespace perp::liq
