// SPDX-License-Identifier: MIT
#include "swings.h"

namespace perp::sig {

Swings findSwings(const FrameView& f, std::size_t n, std::size_t k)
{
    Swings s;
    if (f.size() < 2 * k + 1)
        return s;
    const std::size_t start = f.size() > n ? f.size() - n : 0;
    for (std::size_t i = std::max(start, k); i + k < f.size(); ++i) {
        bool hi = true, lo = true;
        for (std::size_t j = i - k; j <= i + k; ++j) {
            if (j == i)
                continue;
            // Strictly beyond the bars on the left, at least equal to those on the right, so a
            // flat top of two bars gives one pivot (the first).
            hi = hi && (j < i ? f.h[i] > f.h[j] : f.h[i] >= f.h[j]);
            lo = lo && (j < i ? f.l[i] < f.l[j] : f.l[i] <= f.l[j]);
        }
        if (hi)
            s.highs.push_back({i, f.h[i]});
        if (lo)
            s.lows.push_back({i, f.l[i]});
    }
    return s;
}

} // namespace perp::sig
