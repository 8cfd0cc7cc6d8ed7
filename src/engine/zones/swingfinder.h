// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "level.h"

#include <span>
#include <vector>

namespace perp::zones {

// Step 1: swing highs and lows of one timeframe. A bar is a swing high when its high is
// above the highs of the `pivotBars` bars on its left and not below those on its right
// (swing low likewise), so a flat double top yields one pivot, the first. The newest
// pivotBars bars cannot be confirmed yet and give none. Levels oldest first; each gets
// `weight` and `frame`.
std::vector<Level> findSwings(
    std::span<const Candle> bars, std::size_t pivotBars, double weight, std::uint8_t frame);

} // namespace perp::zones
