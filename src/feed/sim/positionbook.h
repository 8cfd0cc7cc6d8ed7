// SPDX-License-Identifier: MIT
#pragma once

#include "simconfig.h"

#include <cstdint>
#include <optional>
#include <queue>
#include <set>
#include <span>
#include <vector>

namespace perp::sim {

// One open position held by a simulated trader.
struct Position
{
    PositionSide side = PositionSide::Long;
    double entryPrice = 0;
    double liquidationPrice = 0;
    std::int64_t qtyRaw = 0; // Qty raw units, a multiple of the symbol's qty step
    double leverage = 1;
    TimeMs openedAt = 0;
    double stopPrice = 0; // 0: no stop-loss
};

// All open positions of one symbol, indexed by liquidation price (for the
// liquidation engine) and by planned closing time. Open interest is exact: the
// sum of the positions' raw quantities. The market makers hold the other side of
// any long/short imbalance as one net position, so longs always equal shorts.
class PositionBook
{
public:
    using Slot = std::uint32_t;

    Slot open(const Position& p, TimeMs closeAt, double price);
    // Removes a position and returns it; `price` is where it was closed (market-maker book-keeping).
    Position close(Slot slot, double price, TimeMs time);

    // When the next planned close is due, if any position is open.
    std::optional<TimeMs> nextCloseTime();
    // The next position due to close at or before t, if any.
    std::optional<Slot> dueForClose(TimeMs t);
    // A position whose liquidation price the mid has crossed, if any (most exposed first).
    std::optional<Slot> crossed(double mid) const;
    // A position whose stop-loss the mid has reached, if any.
    std::optional<Slot> stopped(double mid) const;

    const Position& at(Slot s) const { return m_slots[s].pos; }
    std::size_t size() const { return m_active; }

    std::int64_t longRaw() const { return m_longRaw; }
    std::int64_t shortRaw() const { return m_shortRaw; }
    // Open interest in raw Qty units (one side, market makers included).
    std::int64_t openInterestRaw() const { return std::max(m_longRaw, m_shortRaw); }
    // (longs - shorts) / (longs + shorts) of the traders, in [-1, 1].
    double imbalance() const;

    GroundTruth truth(TimeMs time, SymbolId symbol, std::span<const MarginTier> tiers) const;

private:
    struct Entry
    {
        Position pos;
        std::uint32_t generation = 0;
        bool active = false;
    };
    struct Due
    {
        TimeMs at;
        Slot slot;
        std::uint32_t generation;
        bool operator>(const Due& o) const { return at != o.at ? at > o.at : slot > o.slot; }
    };
    void moveMarketMaker(std::int64_t newNetRaw, double price, TimeMs time);

    std::vector<Entry> m_slots;
    std::vector<Slot> m_free;
    std::size_t m_active = 0;
    std::set<std::pair<double, Slot>> m_longs; // by liquidation price
    std::set<std::pair<double, Slot>> m_shorts;
    std::set<std::pair<double, Slot>> m_longStops; // by stop price
    std::set<std::pair<double, Slot>> m_shortStops;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_closing;
    std::int64_t m_longRaw = 0;
    std::int64_t m_shortRaw = 0;
    std::int64_t m_mmNetRaw = 0; // market makers' net position (short - long of traders)
    double m_mmEntry = 0;
    TimeMs m_mmSince = 0;
};

} // namespace perp::sim
