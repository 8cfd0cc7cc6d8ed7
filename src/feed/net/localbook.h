// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <functional>
#include <map>

namespace perp::net {

// A client-side order book of one symbol: absolute level quantities, 0 removes.
class LocalBook
{
public:
    void clear();
    void applySnapshot(const BookUpdate& snapshot);
    void applyDelta(const BookUpdate& delta);

    std::int64_t lastUpdateId() const { return m_lastUpdateId; }
    const std::map<Price, Qty, std::greater<>>& bids() const { return m_bids; }
    const std::map<Price, Qty>& asks() const { return m_asks; }
    // The whole book as a Snapshot event (best levels first).
    BookUpdate toSnapshot(const EventHeader& h) const;

private:
    std::map<Price, Qty, std::greater<>> m_bids;
    std::map<Price, Qty> m_asks;
    std::int64_t m_lastUpdateId = 0;
};

} // namespace perp::net
