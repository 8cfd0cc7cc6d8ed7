// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"
#include "orderbook.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace perp::mockex {

// One trade as the server published it, with the server's own aggregate id.
struct SentTrade
{
    std::int64_t id = 0;
    TimeMs time = 0;
    Price price;
    Qty qty;
    Side taker = Side::Buy;
};

struct FundingPoint
{
    TimeMs time = 0;
    double rate = 0;
    Price mark;
};

struct OiPoint
{
    TimeMs time = 0;
    Qty oi;
    Price mark;
};

// Everything the server knows about one symbol. The trade tape is kept whole so
// REST backfill (aggTrades fromId) and /mockex/stats answer from the same record.
struct SymbolMarket
{
    SymbolId id = 0;
    std::vector<SentTrade> trades;
    std::int64_t firstTradeId = 0;
    std::map<TimeMs, Candle> klines; // 1m, by open time
    Qty volume, buyVolume;
    Price mark, index;
    double fundingRate = 0.0001;
    TimeMs nextFunding = 0;
    std::vector<FundingPoint> funding;
    Qty openInterest;
    std::vector<OiPoint> oiHistory; // 5m points
    std::uint64_t liquidations = 0;
    std::unique_ptr<OrderBook> book;
    bool tickerChanged = false;
    bool klineChanged = false;
    TimeMs klineOpenSent = 0; // open time of the kline last pushed on kline_1m
};

// The server's market: fed with simulator events, assigns trade ids, builds 1m
// klines, funding and open-interest history, and moves each book with the trades.
class Market
{
public:
    Market(std::uint64_t seed, std::vector<SymbolId> symbols);

    // Records a trade and returns it with its server id.
    const SentTrade& addTrade(const Trade& t);
    void apply(const MarkFunding& m);
    void apply(const OpenInterest& oi);
    void noteLiquidation(const Liquidation& l) { symbol(l.h.symbol).liquidations++; }
    // Advances the market clock: records funding and 5m open-interest points.
    void advanceTo(TimeMs t);

    TimeMs now() const { return m_now; }
    SymbolMarket* find(SymbolId id);
    SymbolMarket& symbol(SymbolId id);
    const std::vector<SymbolId>& symbols() const { return m_order; }
    std::uint64_t totalTrades() const { return m_totalTrades; }

private:
    std::uint64_t m_seed;
    std::map<SymbolId, SymbolMarket> m_symbols;
    std::vector<SymbolId> m_order;
    TimeMs m_now = 0;
    std::uint64_t m_totalTrades = 0;
};

} // namespace perp::mockex
