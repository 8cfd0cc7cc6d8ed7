// SPDX-License-Identifier: MIT
#pragma once

#include "localbook.h"

#include <deque>
#include <vector>

namespace perp::net {

// Keeps one Binance USD-M book in step with the diff stream by the futures rules
// (reference A3): buffer diffs, take a REST snapshot, drop diffs with u < lastUpdateId,
// the first applied diff must have U <= lastUpdateId <= u, every later one must have
// pu == the previous u. A break asks for a new snapshot. Events leave through `out`.
class DepthSync
{
public:
    enum class State { NeedSnapshot, Syncing, Live };

    // A diff from the stream. Returns true when a (new) REST snapshot is needed now.
    bool onDiff(const BookUpdate& diff, std::vector<MarketEvent>& out);
    // The REST snapshot arrived. Returns true when it was too old for the buffered
    // diffs and another one is needed.
    bool onSnapshot(const BookUpdate& snapshot, std::vector<MarketEvent>& out);
    // Something went wrong (a lost frame, a failed snapshot): start over. Returns true
    // when the caller should request a snapshot (none is in flight yet).
    bool invalidate();
    // An id the book has reached elsewhere (bookTicker u). True when the book is live
    // but behind it for no reason the buffer explains: a diff was lost.
    bool behind(std::int64_t updateId) const;

    State state() const { return m_state; }
    const LocalBook& book() const { return m_book; }
    std::uint64_t resyncs() const { return m_resyncs; }
    std::uint64_t dropped() const { return m_dropped; }

private:
    bool apply(const BookUpdate& diff, std::vector<MarketEvent>& out);

    State m_state = State::NeedSnapshot;
    bool m_firstAfterSnapshot = false;
    LocalBook m_book;
    std::deque<BookUpdate> m_buffer;
    std::uint64_t m_resyncs = 0;
    std::uint64_t m_dropped = 0;
};

} // namespace perp::net
