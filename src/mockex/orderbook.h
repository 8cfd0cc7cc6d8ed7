// SPDX-License-Identifier: MIT
#pragma once

#include "core/decimal.h"

#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <vector>

namespace perp::mockex {

struct LevelChange
{
    bool bid = true;
    Price price;
    Qty qty; // 0 removes
};

// The server's own order book of one symbol: at most kDepth levels per side kept
// around the last trade price, every change numbered with an update id (Binance
// U/u/pu, Bybit u). Changes since the last flush are kept for the diff streams.
class OrderBook
{
public:
    static constexpr int kDepth = 50;

    OrderBook(std::uint64_t seed, Price tick, Qty step);

    // Re-centres the book on this price and perturbs a few sizes. Deterministic for a
    // given seed and sequence of prices.
    void moveTo(Price mid);

    std::int64_t updateId() const { return m_updateId; }
    const std::map<Price, Qty, std::greater<>>& bids() const { return m_bids; }
    const std::map<Price, Qty>& asks() const { return m_asks; }
    bool empty() const { return m_bids.empty() && m_asks.empty(); }

    // Changes since the last takeChanges, latest value per level; firstId is the first
    // update id they cover (the server's U). Empty when nothing changed.
    struct Diff
    {
        std::int64_t firstId = 0;
        std::int64_t lastId = 0;
        std::vector<LevelChange> bids;
        std::vector<LevelChange> asks;
    };
    Diff takeChanges();

private:
    void set(bool bid, Price price, Qty qty);
    Qty randomQty();

    std::mt19937_64 m_rng;
    Price m_step;
    Qty m_qtyStep;
    std::map<Price, Qty, std::greater<>> m_bids;
    std::map<Price, Qty> m_asks;
    std::int64_t m_updateId = 1000;
    std::int64_t m_flushedId = 1000;
    std::map<Price, Qty, std::greater<>> m_pendingBids;
    std::map<Price, Qty> m_pendingAsks;
};

} // namespace perp::mockex
