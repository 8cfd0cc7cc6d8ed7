// SPDX-License-Identifier: MIT
#include "positionbook.h"

#include "margin.h"

#include <cstdlib>

namespace perp::sim {

PositionBook::Slot PositionBook::open(const Position& p, TimeMs closeAt, double price)
{
    Slot s;
    if (!m_free.empty()) {
        s = m_free.back();
        m_free.pop_back();
    } else {
        s = static_cast<Slot>(m_slots.size());
        m_slots.emplace_back();
    }
    auto& e = m_slots[s];
    e.pos = p;
    e.active = true;
    ++e.generation;
    ++m_active;
    if (p.side == PositionSide::Long) {
        m_longs.insert({p.liquidationPrice, s});
        if (p.stopPrice > 0)
            m_longStops.insert({p.stopPrice, s});
        m_longRaw += p.qtyRaw;
    } else {
        m_shorts.insert({p.liquidationPrice, s});
        if (p.stopPrice > 0)
            m_shortStops.insert({p.stopPrice, s});
        m_shortRaw += p.qtyRaw;
    }
    m_closing.push({closeAt, s, e.generation});
    moveMarketMaker(m_shortRaw - m_longRaw, price, p.openedAt);
    return s;
}

Position PositionBook::close(Slot slot, double price, TimeMs time)
{
    auto& e = m_slots[slot];
    const Position p = e.pos;
    if (p.side == PositionSide::Long) {
        m_longs.erase({p.liquidationPrice, slot});
        m_longStops.erase({p.stopPrice, slot});
        m_longRaw -= p.qtyRaw;
    } else {
        m_shorts.erase({p.liquidationPrice, slot});
        m_shortStops.erase({p.stopPrice, slot});
        m_shortRaw -= p.qtyRaw;
    }
    e.active = false;
    ++e.generation;
    --m_active;
    m_free.push_back(slot);
    moveMarketMaker(m_shortRaw - m_longRaw, price, time);
    return p;
}

void PositionBook::moveMarketMaker(std::int64_t newNetRaw, double price, TimeMs time)
{
    const std::int64_t old = m_mmNetRaw;
    m_mmNetRaw = newNetRaw;
    if (newNetRaw == 0 || old == 0 || (old > 0) != (newNetRaw > 0)) {
        m_mmEntry = price; // opened or flipped
        m_mmSince = time;
        return;
    }
    const auto a = std::llabs(old);
    const auto b = std::llabs(newNetRaw);
    if (b > a)
        m_mmEntry = (m_mmEntry * static_cast<double>(a) + price * static_cast<double>(b - a))
            / static_cast<double>(b);
}

std::optional<TimeMs> PositionBook::nextCloseTime()
{
    while (!m_closing.empty()) {
        const Due& d = m_closing.top();
        const auto& e = m_slots[d.slot];
        if (e.active && e.generation == d.generation)
            return d.at;
        m_closing.pop();
    }
    return std::nullopt;
}

std::optional<PositionBook::Slot> PositionBook::dueForClose(TimeMs t)
{
    while (!m_closing.empty()) {
        const Due d = m_closing.top();
        const auto& e = m_slots[d.slot];
        if (!e.active || e.generation != d.generation) {
            m_closing.pop();
            continue;
        }
        if (d.at > t)
            return std::nullopt;
        m_closing.pop();
        return d.slot;
    }
    return std::nullopt;
}

std::optional<PositionBook::Slot> PositionBook::crossed(double mid) const
{
    if (!m_longs.empty()) {
        const auto& top = *m_longs.rbegin();
        if (mid <= top.first)
            return top.second;
    }
    if (!m_shorts.empty()) {
        const auto& bottom = *m_shorts.begin();
        if (mid >= bottom.first)
            return bottom.second;
    }
    return std::nullopt;
}

std::optional<PositionBook::Slot> PositionBook::stopped(double mid) const
{
    if (!m_longStops.empty() && mid <= m_longStops.rbegin()->first)
        return m_longStops.rbegin()->second;
    if (!m_shortStops.empty() && mid >= m_shortStops.begin()->first)
        return m_shortStops.begin()->second;
    return std::nullopt;
}

double PositionBook::imbalance() const
{
    const auto total = m_longRaw + m_shortRaw;
    return total == 0 ? 0.0 : static_cast<double>(m_longRaw - m_shortRaw) / static_cast<double>(total);
}

GroundTruth PositionBook::truth(TimeMs time, SymbolId symbol, std::span<const MarginTier> tiers) const
{
    GroundTruth g;
    g.time = time;
    g.symbol = symbol;
    g.positions.reserve(m_active + 1);
    for (const auto& e : m_slots) {
        if (!e.active)
            continue;
        const auto& p = e.pos;
        g.positions.push_back({p.side, p.entryPrice, p.liquidationPrice, Qty::fromRaw(p.qtyRaw).toDouble(),
            p.leverage, p.openedAt, false, p.stopPrice});
    }
    if (m_mmNetRaw != 0) {
        const auto side = m_mmNetRaw > 0 ? PositionSide::Long : PositionSide::Short;
        const double qty = Qty::fromRaw(std::llabs(m_mmNetRaw)).toDouble();
        g.positions.push_back({side, m_mmEntry, liquidationPrice(tiers, side, qty, m_mmEntry, 1.0), qty, 1.0,
            m_mmSince, true, 0.0});
    }
    return g;
}

} // namespace perp::sim
