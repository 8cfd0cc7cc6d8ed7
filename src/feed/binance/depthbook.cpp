// SPDX-License-Identifier: MIT
#include "depthbook.h"

namespace perp::binance {

namespace {
constexpr std::size_t kMaxBuffered = 20'000;
}

void DepthBook::setLevels(const std::vector<BookLevel>& levels, auto& side)
{
    for (const auto& l : levels) {
        if (l.qty.raw == 0)
            side.erase(l.price); // removing a level we do not hold is normal
        else
            side[l.price] = l.qty;
    }
}

DepthBook::Result DepthBook::applySnapshot(const BookUpdate& snapshot)
{
    m_bids.clear();
    m_asks.clear();
    setLevels(snapshot.bids, m_bids);
    setLevels(snapshot.asks, m_asks);
    m_snapshotId = snapshot.lastUpdateId;
    m_prevU = snapshot.lastUpdateId;
    m_synced = true;
    m_first = true;
    auto buffered = std::move(m_buffer);
    m_buffer.clear();
    for (const auto& d : buffered)
        if (apply(d) == Result::Gap)
            return Result::Gap;
    return Result::Applied;
}

DepthBook::Result DepthBook::applyDiff(const BookUpdate& diff)
{
    if (!m_synced) {
        m_buffer.push_back(diff);
        if (m_buffer.size() > kMaxBuffered)
            m_buffer.pop_front();
        return Result::Buffered;
    }
    return apply(diff);
}

DepthBook::Result DepthBook::apply(const BookUpdate& d)
{
    if (m_first) {
        if (d.lastUpdateId < m_snapshotId)
            return Result::Dropped;
        if (d.firstUpdateId > m_snapshotId) {
            ++m_gaps; // the snapshot is older than the stream we have: fetch a new one
            m_synced = false;
            m_buffer.push_back(d);
            return Result::Gap;
        }
        m_first = false;
    } else if (d.prevLastUpdateId != m_prevU) {
        ++m_gaps;
        m_synced = false;
        m_bids.clear();
        m_asks.clear();
        m_buffer.push_back(d);
        return Result::Gap;
    }
    setLevels(d.bids, m_bids);
    setLevels(d.asks, m_asks);
    m_prevU = d.lastUpdateId;
    return Result::Applied;
}

std::optional<BookLevel> DepthBook::bestBid() const
{
    if (m_bids.empty())
        return std::nullopt;
    return BookLevel {m_bids.begin()->first, m_bids.begin()->second};
}

std::optional<BookLevel> DepthBook::bestAsk() const
{
    if (m_asks.empty())
        return std::nullopt;
    return BookLevel {m_asks.begin()->first, m_asks.begin()->second};
}

} // namespace perp::binance
