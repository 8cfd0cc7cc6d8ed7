// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"
#include "orderbook.h"

#include <functional>
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

// Who holds what, as Binance's ratio endpoints report it: long shares in [0, 1] of all
// accounts, of the top 20% traders' position size and of their accounts.
struct Positioning
{
    double longAccount = 0.5;
    double topLongPosition = 0.5;
    double topLongAccount = 0.5;
};

struct PositioningPoint
{
    TimeMs time = 0;
    Positioning p;
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
    std::vector<PositioningPoint> positioning; // 5m points (when the source knows positions)
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
    // Advances the market clock: records funding, 5m open-interest and positioning points.
    void advanceTo(TimeMs t);
    // Where positioning comes from (the simulator's open positions); none: no points.
    using PositioningFn = std::function<std::optional<Positioning>(SymbolId)>;
    void setPositioning(PositioningFn fn) { m_positioning = std::move(fn); }

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
    PositioningFn m_positioning;
};

} // namespace perp::mockex
