// SPDX-License-Identifier: MIT
#include "markfunding.h"

#include <algorithm>
#include <cmath>

namespace perp::sim {

namespace {
// One-second samples; the mark follows the perp's premium with a ~30 s time constant.
constexpr double kMarkSmoothing = 1.0 / 30.0;

Price nearestTick(const BookModel& book, double p)
{
    const Price lo = book.floorTick(p);
    const Price hi = book.ceilTick(p);
    return (p - lo.toDouble()) <= (hi.toDouble() - p) ? lo : hi;
}
} // namespace

MarkFunding MarkFundingModel::sample(TimeMs t, double mid, double index, const BookModel& book)
{
    const TimeMs window = floorTo(t, kFundingIntervalMs);
    if (window != m_windowStart) {
        m_windowStart = window;
        m_sum = 0;
        m_count = 0;
    }
    const double premium = (mid - index) / index;
    m_premiumEma = m_primed ? m_premiumEma + (premium - m_premiumEma) * kMarkSmoothing : premium;
    m_primed = true;

    MarkFunding e;
    e.indexPrice = nearestTick(book, index);
    e.markPrice = nearestTick(book, index * (1.0 + m_premiumEma));
    const double ix = e.indexPrice.toDouble();
    m_sum += (e.markPrice.toDouble() - ix) / ix;
    ++m_count;
    e.fundingRate = std::clamp(m_sum / static_cast<double>(m_count), -kMaxRate, kMaxRate);
    e.nextFundingTime = window + kFundingIntervalMs;
    return e;
}

} // namespace perp::sim
