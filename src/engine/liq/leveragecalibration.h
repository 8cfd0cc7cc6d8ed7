// SPDX-License-Identifier: MIT
#pragma once

#include "liqconfig.h"

#include <vector>

namespace perp::liq {

// Online calibration of the estimator's leverage mix from realized liquidations. In each
// window the estimate records how much (unweighted) notional each bucket lost to consumption
// and how much was really liquidated; update() compares realized with predicted and applies a
// damped multiplicative EM step to the bucket weights (EstimatorConfig: adaptRate, adaptMemory,
// adaptWindow, relativeAdapt, minLiquidatedShare). Weights stay within [prior/32, prior*32] and
// sum to 1.
class LeverageCalibration
{
public:
    explicit LeverageCalibration(const EstimatorConfig& config);

    const std::vector<double>& weights() const { return m_weights; }
    double weight(std::size_t bucket) const { return m_weights[bucket]; }
    // side: 0 long, 1 short.
    void addConsumed(int side, std::size_t bucket, double notional) { m_consumed[side][bucket] += notional; }
    void addRealized(int side, double notional) { m_realized[side] += notional; }
    // Ends a window: one damped EM step. True if the weights changed.
    bool update();

private:
    double m_rate, m_keep, m_minLiquidatedShare;
    bool m_relative;
    std::vector<double> m_prior, m_weights;
    std::vector<double> m_consumed[2]; // this window, per bucket, unweighted
    double m_realized[2] = {0, 0}; // this window
    std::vector<double> m_num, m_den; // per bucket, over the memory
    double m_allRealized = 0, m_allPredicted = 0; // all buckets and sides, over the memory
};

} // namespace perp::liq
