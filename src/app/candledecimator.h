// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"

#include <span>
#include <vector>

namespace perp {

// Candles per drawn bucket so that `visible` candles occupy at least two pixels each
// in `widthPx` pixels. A power of two, so buckets stay put while the user zooms a little.
int decimationFactor(std::size_t visible, double widthPx);

// Merges candles into buckets of `factor` timeframe periods, aligned on UTC multiples
// of factor * timeframe so a bucket never changes while panning. Exact: open of the
// first candle, close of the last, extreme high/low, summed volumes and trade counts.
// openTime of a bucket is its aligned start. factor <= 1 returns the input unchanged.
std::vector<Candle> mergeCandles(std::span<const Candle> candles, TimeMs timeframe, int factor);

// What the chart plots for a visible time window [lowerMs, upperMs]: the candles
// touching it plus one window's worth on each side (so a drag never uncovers an empty
// area), widened to whole buckets, merged by the factor that fits widthPx.
struct PlotBars
{
    std::vector<Candle> bars;
    int factor = 1;
    std::size_t visibleCandles = 0;
};
PlotBars barsForWindow(
    std::span<const Candle> candles, TimeMs timeframe, TimeMs lowerMs, TimeMs upperMs, double widthPx);

} // namespace perp
