// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <set>

namespace perp::net {

// Trade-id bookkeeping for a venue with consecutive ids (Binance aggregate ids):
// drops duplicates, tolerates reordering, and reports holes to fill from REST.
// The first id seen is the anchor; ids below it (a reordered first message, or a
// backfill of what was lost before the anchor) are accepted once each.
class TradeTracker
{
public:
    enum class Verdict { New, Duplicate };

    Verdict offer(std::int64_t id, std::int64_t nowMs);
    // Highest id below which every id has been seen (0 before the first trade).
    std::int64_t contiguous() const { return m_contiguous; }
    std::int64_t anchor() const { return m_anchor; }
    // True when ids above contiguous() were seen while some below them are missing,
    // for at least `graceMs` (reordered trades get that long to arrive).
    bool hasGap(std::int64_t nowMs, std::int64_t graceMs) const;
    bool started() const { return m_contiguous > 0; }
    std::size_t ahead() const { return m_ahead.size(); }
    // Lowest id seen above a hole (0 when there is none): the top end of the first hole.
    std::int64_t firstAhead() const { return m_ahead.empty() ? 0 : *m_ahead.begin(); }

private:
    std::int64_t m_anchor = 0;
    std::int64_t m_contiguous = 0;
    std::set<std::int64_t> m_ahead;
    std::set<std::int64_t> m_below; // accepted ids under the anchor
    std::int64_t m_gapSinceMs = 0;
};

} // namespace perp::net
