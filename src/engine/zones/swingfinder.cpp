// SPDX-License-Identifier: MIT
#include "swingfinder.h"

#include "zone.h"

namespace perp::zones {

std::vector<Level> findSwings(
    std::span<const Candle> bars, std::size_t pivotBars, double weight, std::uint8_t frame)
{
    std::vector<Level> out;
    const std::size_t k = pivotBars == 0 ? 1 : pivotBars;
    if (bars.size() < 2 * k + 1)
        return out;
    for (std::size_t i = k; i + k < bars.size(); ++i) {
        const Candle& c = bars[i];
        bool high = true, low = true;
        for (std::size_t j = i - k; j < i && (high || low); ++j) {
            high = high && bars[j].high < c.high;
            low = low && bars[j].low > c.low;
        }
        for (std::size_t j = i + 1; j <= i + k && (high || low); ++j) {
            high = high && bars[j].high <= c.high;
            low = low && bars[j].low >= c.low;
        }
        if (high)
            out.push_back({c.high.toDouble(), 0, 0, weight, SourceSwingHigh, frame, c.openTime, 0});
        if (low)
            out.push_back({c.low.toDouble(), 0, 0, weight, SourceSwingLow, frame, c.openTime, 0});
    }
    return out;
}

} // namespace perp::zones
