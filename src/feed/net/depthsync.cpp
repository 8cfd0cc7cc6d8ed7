// SPDX-License-Identifier: MIT
#include "depthsync.h"

namespace perp::net {

namespace {
constexpr std::size_t kMaxBuffered = 2000;
}

bool DepthSync::invalidate()
{
    const bool request = m_state != State::Syncing;
    if (m_state == State::Live)
        ++m_resyncs;
    m_state = State::Syncing;
    m_firstAfterSnapshot = false;
    m_buffer.clear();
    return request;
}

bool DepthSync::onDiff(const BookUpdate& diff, std::vector<MarketEvent>& out)
{
    if (m_state != State::Live) {
        if (m_buffer.size() >= kMaxBuffered)
            m_buffer.pop_front();
        m_buffer.push_back(diff);
        if (m_state == State::NeedSnapshot) {
            m_state = State::Syncing;
            return true;
        }
        return false;
    }
    if (apply(diff, out))
        return false;
    // Lost events: keep this diff and resynchronise.
    ++m_resyncs;
    m_state = State::Syncing;
    m_firstAfterSnapshot = false;
    m_buffer.clear();
    m_buffer.push_back(diff);
    return true;
}

bool DepthSync::apply(const BookUpdate& diff, std::vector<MarketEvent>& out)
{
    const std::int64_t last = m_book.lastUpdateId();
    if (diff.lastUpdateId < last || (!m_firstAfterSnapshot && diff.lastUpdateId == last)) {
        ++m_dropped; // older than the book (or a duplicate): nothing to do
        return true;
    }
    if (m_firstAfterSnapshot) {
        if (diff.firstUpdateId > last)
            return false;
    } else if (diff.prevLastUpdateId != last) {
        return false;
    }
    m_firstAfterSnapshot = false;
    m_book.applyDelta(diff);
    out.emplace_back(diff);
    return true;
}

bool DepthSync::onSnapshot(const BookUpdate& snapshot, std::vector<MarketEvent>& out)
{
    m_book.applySnapshot(snapshot);
    m_firstAfterSnapshot = true;
    m_state = State::Live;
    out.emplace_back(m_book.toSnapshot(snapshot.h));
    std::deque<BookUpdate> buffered;
    buffered.swap(m_buffer);
    for (const BookUpdate& d : buffered) {
        if (!apply(d, out)) {
            // The snapshot is older than the first diff we still hold, or the buffered
            // diffs have a hole: try again with a newer snapshot.
            m_state = State::Syncing;
            m_firstAfterSnapshot = false;
            m_buffer.clear();
            return true;
        }
    }
    return false;
}

bool DepthSync::behind(std::int64_t updateId) const
{
    return m_state == State::Live && updateId > m_book.lastUpdateId();
}

} // namespace perp::net
