// SPDX-License-Identifier: MIT
#include "liqprofile.h"

#include <numeric>

namespace perp::liq {

const char* confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::None:
        return "none";
    case Confidence::Low:
        return "low (volume-based estimate, no open-interest data)";
    case Confidence::Normal:
        return "normal (open-interest based estimate)";
    }
    return "unknown";
}

double LiqProfile::total() const
{
    return std::accumulate(longs.begin(), longs.end(), 0.0)
        + std::accumulate(shorts.begin(), shorts.end(), 0.0);
}

} // namespace perp::liq
