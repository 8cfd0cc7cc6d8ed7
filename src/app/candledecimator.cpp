// SPDX-License-Identifier: MIT
#include "candledecimator.h"

#include <algorithm>

namespace perp {

int decimationFactor(std::size_t visible, double widthPx)
{
    const double slots = std::max(1.0, widthPx / 2.0);
    int factor = 1;
    while (static_cast<double>(visible) / factor > slots && factor < (1 << 20))
        factor *= 2;
    return factor;
}

std::vector<Candle> mergeCandles(std::span<const Candle> candles, TimeMs timeframe, int factor)
{
    if (factor <= 1)
        return {candles.begin(), candles.end()};
    const TimeMs bucketMs = timeframe * factor;
    std::vector<Candle> out;
    out.reserve(candles.size() / static_cast<std::size_t>(factor) + 2);
    for (const Candle& c : candles) {
        const TimeMs start = floorTo(c.openTime, bucketMs);
        if (out.empty() || out.back().openTime != start) {
            out.push_back(c);
            out.back().openTime = start;
            continue;
        }
        Candle& b = out.back();
        b.high = std::max(b.high, c.high);
        b.low = std::min(b.low, c.low);
        b.close = c.close;
        b.volume += c.volume;
        b.buyVolume += c.buyVolume;
        b.sellVolume += c.sellVolume;
        b.trades += c.trades;
    }
    return out;
}

} // namespace perp
