// SPDX-License-Identifier: MIT
#include "localbook.h"

namespace perp::net {

void LocalBook::clear()
{
    m_bids.clear();
    m_asks.clear();
    m_lastUpdateId = 0;
}

void LocalBook::applySnapshot(const BookUpdate& snapshot)
{
    clear();
    applyDelta(snapshot);
}

void LocalBook::applyDelta(const BookUpdate& delta)
{
    for (const BookLevel& l : delta.bids) {
        if (l.qty.raw == 0)
            m_bids.erase(l.price);
        else
            m_bids[l.price] = l.qty;
    }
    for (const BookLevel& l : delta.asks) {
        if (l.qty.raw == 0)
            m_asks.erase(l.price);
        else
            m_asks[l.price] = l.qty;
    }
    m_lastUpdateId = delta.lastUpdateId;
}

BookUpdate LocalBook::toSnapshot(const EventHeader& h) const
{
    BookUpdate b;
    b.h = h;
    b.kind = BookKind::Snapshot;
    b.firstUpdateId = b.lastUpdateId = m_lastUpdateId;
    for (const auto& [p, q] : m_bids)
        b.bids.push_back({p, q});
    for (const auto& [p, q] : m_asks)
        b.asks.push_back({p, q});
    return b;
}

} // namespace perp::net
