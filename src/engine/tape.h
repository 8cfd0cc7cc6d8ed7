// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <cstddef>
#include <vector>

namespace perp {

// One line of time & sales: a trade or a liquidation (forced order).
struct TapePrint
{
    TimeMs time = 0;
    double price = 0;
    double qty = 0;
    // Trades: +1 taker bought, -1 taker sold. Liquidations: +1 a long was liquidated
    // (a forced sell), -1 a short was liquidated (a forced buy).
    int side = 0;
    bool liquidation = false;

    bool operator==(const TapePrint&) const = default;
};

// A small fixed-capacity ring of the newest prints of one symbol.
class TapeRing
{
public:
    explicit TapeRing(std::size_t capacity = 200);

    void add(const TapePrint& p);
    // Oldest first.
    std::vector<TapePrint> prints() const;
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_ring.size(); }

private:
    std::vector<TapePrint> m_ring;
    std::size_t m_next = 0;
    std::size_t m_size = 0;
};

} // namespace perp
