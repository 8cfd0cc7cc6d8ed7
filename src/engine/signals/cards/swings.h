// SPDX-License-Identifier: MIT
#pragma once

#include "engine/signals/frame.h"

#include <vector>

namespace perp::sig {

struct SwingPoint
{
    std::size_t index;
    double price;
};

// Pivot highs and lows among the newest n bars: a bar whose high (low) is beyond the
// k bars on its left and at least equal to the k bars on its right. The newest k bars cannot be confirmed
// yet.
struct Swings
{
    std::vector<SwingPoint> highs, lows; // oldest first
};
Swings findSwings(const FrameView& f, std::size_t n, std::size_t k = 2);

} // namespace perp::sig
