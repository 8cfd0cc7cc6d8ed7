// SPDX-License-Identifier: MIT
#include "orderbook.h"

#include <algorithm>

namespace perp::mockex {

OrderBook::OrderBook(std::uint64_t seed, Price tick, Qty step)
    : m_rng(seed)
    , m_step(tick)
    , m_qtyStep(step)
{ }

Qty OrderBook::randomQty()
{
    // 1..400 steps, skewed towards small sizes.
    std::uniform_int_distribution<int> d(1, 20);
    const int a = d(m_rng);
    const int b = d(m_rng);
    return Qty::fromRaw(m_qtyStep.raw * a * b);
}

void OrderBook::set(bool bid, Price price, Qty qty)
{
    ++m_updateId;
    if (bid) {
        if (qty.raw == 0)
            m_bids.erase(price);
        else
            m_bids[price] = qty;
        m_pendingBids[price] = qty;
    } else {
        if (qty.raw == 0)
            m_asks.erase(price);
        else
            m_asks[price] = qty;
        m_pendingAsks[price] = qty;
    }
}

void OrderBook::moveTo(Price mid)
{
    if (m_step.raw <= 0 || mid.raw <= m_step.raw * (kDepth + 2))
        return;
    // Levels are whole ticks; the best bid is below and the best ask above the trade price.
    const std::int64_t base = mid.raw / m_step.raw;
    const Price bestBid = Price::fromRaw((base - 1) * m_step.raw);
    const Price bestAsk = Price::fromRaw((base + 1) * m_step.raw);
    const Price lowBid = Price::fromRaw(bestBid.raw - (kDepth - 1) * m_step.raw);
    const Price highAsk = Price::fromRaw(bestAsk.raw + (kDepth - 1) * m_step.raw);

    std::vector<Price> drop;
    for (const auto& [p, q] : m_bids)
        if (p > bestBid || p < lowBid)
            drop.push_back(p);
    for (Price p : drop)
        set(true, p, Qty {});
    drop.clear();
    for (const auto& [p, q] : m_asks)
        if (p < bestAsk || p > highAsk)
            drop.push_back(p);
    for (Price p : drop)
        set(false, p, Qty {});

    for (int i = 0; i < kDepth; ++i) {
        const Price b = Price::fromRaw(bestBid.raw - i * m_step.raw);
        if (!m_bids.contains(b))
            set(true, b, randomQty());
        const Price a = Price::fromRaw(bestAsk.raw + i * m_step.raw);
        if (!m_asks.contains(a))
            set(false, a, randomQty());
    }
    // A few resting sizes change on every move.
    std::uniform_int_distribution<int> level(0, kDepth - 1);
    for (int k = 0; k < 3; ++k) {
        set(true, Price::fromRaw(bestBid.raw - level(m_rng) * m_step.raw), randomQty());
        set(false, Price::fromRaw(bestAsk.raw + level(m_rng) * m_step.raw), randomQty());
    }
}

OrderBook::Diff OrderBook::takeChanges()
{
    Diff d;
    if (m_updateId == m_flushedId)
        return d;
    d.firstId = m_flushedId + 1;
    d.lastId = m_updateId;
    for (const auto& [p, q] : m_pendingBids)
        d.bids.push_back({true, p, q});
    for (const auto& [p, q] : m_pendingAsks)
        d.asks.push_back({false, p, q});
    m_pendingBids.clear();
    m_pendingAsks.clear();
    m_flushedId = m_updateId;
    return d;
}

} // namespace perp::mockex
