// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace perp::mockex {

// One Bybit v5 public (linear) push: its topic and the whole message JSON.
struct TopicFrame
{
    std::string topic;
    std::string message;
};

struct BybitTradeRecord
{
    std::string execId; // UUID-shaped, as on Bybit linear
    Price price;
    Qty qty;
    TimeMs time = 0;
    bool buy = true; // taker side
};

// Turns simulator events into Bybit v5 linear pushes (publicTrade, allLiquidation,
// tickers: one snapshot, then deltas) and keeps the trades for /v5/market/recent-trade.
class BybitEncoder
{
public:
    std::vector<TopicFrame> encode(const MarketEvent& e);
    // The first tickers message a new subscriber gets.
    std::string tickerSnapshot(SymbolId id) const;
    const std::deque<BybitTradeRecord>& trades(SymbolId id) const;
    // GET /v5/market/recent-trade body: the latest `limit` trades, newest first (as Bybit sends them).
    std::string recentTradesJson(SymbolId id, int limit) const;

private:
    struct PerSymbol
    {
        std::deque<BybitTradeRecord> trades;
        std::uint64_t next = 1;
        MarkFunding mark;
        double openInterest = 0;
    };
    std::map<SymbolId, PerSymbol> m_symbols;
};

} // namespace perp::mockex
