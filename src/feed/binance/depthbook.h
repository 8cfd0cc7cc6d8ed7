// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <deque>
#include <functional>
#include <map>
#include <optional>

namespace perp::binance {

// A local Binance USD-M order book kept by the futures rules: diffs that arrive
// before the REST snapshot are buffered; those with u < lastUpdateId are dropped;
// the first one applied must have U <= lastUpdateId <= u; after that every diff's
// pu must equal the previous u. A break is a gap: the book is cleared and the
// owner must fetch a new snapshot (diffs are buffered meanwhile). Quantities are
// absolute; 0 removes a level.
class DepthBook
{
public:
    enum class Result : std::uint8_t { Applied, Buffered, Dropped, Gap };

    Result applySnapshot(const BookUpdate& snapshot);
    Result applyDiff(const BookUpdate& diff);

    bool synced() const { return m_synced; }
    std::int64_t lastUpdateId() const { return m_prevU; }
    std::optional<BookLevel> bestBid() const;
    std::optional<BookLevel> bestAsk() const;
    std::size_t bidLevels() const { return m_bids.size(); }
    std::size_t askLevels() const { return m_asks.size(); }
    std::uint64_t gaps() const { return m_gaps; }

private:
    Result apply(const BookUpdate& diff);
    static void setLevels(const std::vector<BookLevel>& levels, auto& side);

    std::map<Price, Qty, std::greater<>> m_bids;
    std::map<Price, Qty> m_asks;
    std::deque<BookUpdate> m_buffer;
    std::int64_t m_snapshotId = 0;
    std::int64_t m_prevU = 0;
    bool m_synced = false;
    bool m_first = true;
    std::uint64_t m_gaps = 0;
};

} // namespace perp::binance
