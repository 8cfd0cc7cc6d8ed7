// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "engine/candlebook.h"

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace perp::mockex {

// One frame for the streams of a symbol: the stream name ("btcusdt@aggTrade") and
// the raw payload JSON, as Binance USD-M sends them.
struct StreamFrame
{
    std::string stream;
    std::string payload;
    std::int64_t aggTradeId = 0; // for aggTrade frames
};

struct AggTradeRecord
{
    std::int64_t id = 0;
    Price price;
    Qty qty;
    TimeMs time = 0;
    bool buyerMaker = false;
};

// Turns simulator events into Binance USD-M frames and keeps what the REST side
// serves: every aggTrade per symbol (ids 1, 2, 3... per symbol, the server's truth),
// 1m candles, the latest mark/funding and open interest.
class BinanceEncoder
{
public:
    std::vector<StreamFrame> encode(const MarketEvent& e);

    const std::deque<AggTradeRecord>& aggTrades(SymbolId id) const;
    // GET /fapi/v1/aggTrades body: trades with id >= fromId (or the latest `limit` when fromId < 0).
    std::string aggTradesJson(SymbolId id, std::int64_t fromId, int limit) const;
    // GET /fapi/v1/klines body for 1m (other intervals from the candle book too).
    std::string klinesJson(SymbolId id, Timeframe tf, int limit) const;
    std::string premiumIndexJson(SymbolId id, TimeMs now) const;
    std::string openInterestJson(SymbolId id, double openInterest, TimeMs now) const;
    std::string bookTickerJson(SymbolId id) const;

private:
    struct PerSymbol
    {
        std::deque<AggTradeRecord> trades;
        CandleBook candles {5000};
        MarkFunding mark;
        BookUpdate top;
        std::int64_t bookUpdateId = 0;
    };
    PerSymbol& state(SymbolId id);

    std::map<SymbolId, PerSymbol> m_symbols;
};

std::string lowerSymbol(SymbolId id);

} // namespace perp::mockex
