// SPDX-License-Identifier: MIT
#pragma once

#include "bookmodel.h"

namespace perp::sim {

// Mark price, index price and the funding rate of one symbol.
// - index: the fair (spot) price;
// - mark: index * (1 + smoothed premium of the perp mid over the index);
// - funding for the running 8h window: the average premium (mark - index) / index
//   over the window's one-second samples, clamped to +-0.75%. Its sign is the sign
//   of that average; the perp trades at a small premium by default (~0.01% per 8h).
class MarkFundingModel
{
public:
    static constexpr TimeMs kFundingIntervalMs = 8 * kHourMs;
    static constexpr double kMaxRate = 0.0075;

    // One sample (call about once per second): returns the event to publish.
    MarkFunding sample(TimeMs t, double mid, double index, const BookModel& book);

private:
    TimeMs m_windowStart = -1;
    double m_premiumEma = 0;
    bool m_primed = false;
    double m_sum = 0;
    std::int64_t m_count = 0;
};

} // namespace perp::sim
