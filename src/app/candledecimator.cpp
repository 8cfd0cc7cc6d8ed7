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

PlotBars barsForWindow(std::span<const Candle> all, TimeMs tf, TimeMs lowerMs, TimeMs upperMs, double widthPx)
{
    auto byOpen = [](const Candle& c, TimeMs t) { return c.openTime < t; };
    const auto first = std::lower_bound(all.begin(), all.end(), lowerMs - tf + 1, byOpen);
    const auto last = std::lower_bound(first, all.end(), upperMs + 1, byOpen);
    const auto i0 = static_cast<std::size_t>(first - all.begin());
    const auto i1 = static_cast<std::size_t>(last - all.begin());
    PlotBars out;
    out.visibleCandles = i1 - i0;
    out.factor = decimationFactor(out.visibleCandles, widthPx);
    const TimeMs bucket = tf * out.factor;
    std::size_t from = i0 > out.visibleCandles ? i0 - out.visibleCandles : 0;
    std::size_t to = std::min(all.size(), i1 + out.visibleCandles);
    if (from < all.size()) {
        const TimeMs start = floorTo(all[from].openTime, bucket);
        while (from > 0 && all[from - 1].openTime >= start)
            --from;
    }
    if (to > 0 && to < all.size()) {
        const TimeMs end = floorTo(all[to - 1].openTime, bucket) + bucket;
        while (to < all.size() && all[to].openTime < end)
            ++to;
    }
    if (from < to)
        out.bars = mergeCandles(all.subspan(from, to - from), tf, out.factor);
    return out;
}

} // namespace perp
