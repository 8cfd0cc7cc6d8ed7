// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "loggrid.h"

#include <deque>
#include <memory>
#include <vector>

namespace perp::liq {

// One heatmap column: open estimated liquidation notional (longs below price plus shorts
// above, quote currency) per log-price bin at one moment. Immutable once built, shared
// by pointer with snapshots.
struct HeatColumn
{
    TimeMs time = 0; // start of the interval the column stands for
    double price = 0; // price when taken
    int firstBin = 0; // grid bin of values[0]
    std::vector<float> values;
};
using HeatColumnPtr = std::shared_ptr<const HeatColumn>;

// Bounded time x log-price history of the estimate (oldest column first).
class HeatmapHistory
{
public:
    explicit HeatmapHistory(std::size_t capacity = 1440, LogGrid grid = {})
        : m_capacity(capacity)
        , m_grid(grid)
    { }

    // Appends a column, or replaces the newest one if it has the same time.
    void push(HeatColumnPtr column);
    const std::deque<HeatColumnPtr>& columns() const { return m_columns; }
    // The newest `count` columns (all when count exceeds the size), oldest first.
    std::vector<HeatColumnPtr> latest(std::size_t count) const;
    // Columns whose time is >= from.
    std::vector<HeatColumnPtr> since(TimeMs from) const;
    const LogGrid& grid() const { return m_grid; }
    std::size_t capacity() const { return m_capacity; }
    std::uint64_t revision() const { return m_revision; }

private:
    std::size_t m_capacity;
    LogGrid m_grid;
    std::deque<HeatColumnPtr> m_columns;
    std::uint64_t m_revision = 0;
};

} // namespace perp::liq
