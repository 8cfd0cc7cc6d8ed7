// SPDX-License-Identifier: MIT
#pragma once

#include "feed/parse/frame.h"
#include "feed/parse/symbolcache.h"
#include "tickermerger.h"

#include <simdjson.h>

#include <vector>

namespace perp::bybit {

// Turns Bybit v5 public (linear) frames into core events: publicTrade (S = taker
// side), allLiquidation and the older liquidation topic (S = the position side, so
// "Buy" means a long was liquidated), tickers (merged, see TickerMerger) and
// orderbook.N (snapshot / delta). kline, pong and op replies are ignored.
// Linear trade ids are UUIDs: Trade::id is a stable 63-bit hash of the id text,
// good for dropping duplicates, not for ordering (numeric ids are kept as they are).
class Parser
{
public:
    Parser();

    feed::ParseResult parse(const feed::Frame& frame, std::vector<MarketEvent>& out);
    // Forget ticker state (after a reconnect the next message is a snapshot).
    void reset() { m_tickers.clear(); }

private:
    feed::ParseResult trades(const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult liquidations(
        const feed::Frame& f, simdjson::dom::element data, std::vector<MarketEvent>& out);
    feed::ParseResult tickers(const feed::Frame& f, simdjson::dom::object data, bool snapshot, TimeMs ts,
        std::vector<MarketEvent>& out);
    feed::ParseResult book(const feed::Frame& f, simdjson::dom::object data, bool snapshot, TimeMs ts,
        std::vector<MarketEvent>& out);

    simdjson::dom::parser m_json;
    feed::SymbolCache m_symbols;
    TickerMerger m_tickers;
};

// FNV-1a of the text, folded to a positive int64; numeric text is returned as its value.
std::int64_t tradeIdFromText(std::string_view id);

} // namespace perp::bybit
