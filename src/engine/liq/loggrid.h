// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>

namespace perp::liq {

// A log-price grid: bin k covers [exp(k*step), exp((k+1)*step)). The grid is absolute
// (not anchored to any price), so bins mean the same price range over a symbol's whole
// history and heatmap columns taken at different times line up.
struct LogGrid
{
    double step = 0.001; // natural-log width of a bin (0.1% of price)

    int bin(double price) const { return static_cast<int>(std::floor(std::log(price) / step)); }
    double lower(int k) const { return std::exp(k * step); }
    double upper(int k) const { return std::exp((k + 1) * step); }
    double mid(int k) const { return std::exp((k + 0.5) * step); }
    // Number of bins spanning a relative distance (e.g. 0.10 = 10%) from a price.
    int binsFor(double fraction) const { return static_cast<int>(std::ceil(std::log1p(fraction) / step)); }
};

} // namespace perp::liq
