// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "loggrid.h"

#include <cstdint>
#include <vector>

namespace perp::liq {

// How much an estimate can be trusted: Normal when built from open-interest changes, Low for
// the volume-based fallback (no OI data, e.g. a trades-only replay), None before any data.
enum class Confidence : std::uint8_t { None, Low, Normal };
const char* confidenceName(Confidence c);

// Estimated open liquidation notional (quote currency, position notional at entry) by
// log-price bin of the liquidation price around a price:
// longs[i] / shorts[i] belong to grid bin firstBin + i. Longs sit below price, shorts above.
struct LiqProfile
{
    TimeMs time = 0;
    double price = 0; // reference (last trade) price
    LogGrid grid;
    int firstBin = 0;
    std::vector<double> longs;
    std::vector<double> shorts;
    Confidence confidence = Confidence::None;

    std::size_t size() const { return longs.size(); }
    double total() const;
    // Bin index in the vectors of a price (may be out of range).
    int indexOf(double p) const { return grid.bin(p) - firstBin; }
    double lowerOf(std::size_t i) const { return grid.lower(firstBin + static_cast<int>(i)); }
    double upperOf(std::size_t i) const { return grid.upper(firstBin + static_cast<int>(i)); }
};

} // namespace perp::liq
