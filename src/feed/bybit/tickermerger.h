// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace perp::bybit {

// The fields of one Bybit `tickers` message that PerpScope uses; absent fields stay empty.
struct TickerFields
{
    std::optional<Price> mark;
    std::optional<Price> index;
    std::optional<double> fundingRate;
    std::optional<TimeMs> nextFundingTime;
    std::optional<Qty> openInterestBothSides; // `openInterest`
    std::optional<Qty> openInterestOneSide; // `singleOpenInterest` (added 2026-06)
};

// Bybit tickers send a snapshot, then deltas with only the changed fields. This keeps
// the merged state per symbol and appends a MarkFunding when mark, index, funding or
// next funding time changed and an OpenInterest when open interest changed.
// Open interest is reported one-sided: singleOpenInterest when known, else half of
// the two-sided openInterest. A field never seen is 0 in MarkFunding (not carried).
class TickerMerger
{
public:
    std::size_t apply(
        const EventHeader& h, bool snapshot, const TickerFields& in, std::vector<MarketEvent>& out);
    void clear() { m_state.clear(); }

private:
    std::unordered_map<SymbolId, TickerFields> m_state;
};

} // namespace perp::bybit
