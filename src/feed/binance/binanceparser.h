// SPDX-License-Identifier: MIT
#pragma once

#include "feed/parse/frame.h"
#include "feed/parse/symbolcache.h"

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perp::binance {

// Turns Binance USD-M (and COIN-M) market-data frames into core events. Reads the
// raw stream payloads and the combined-stream envelope {"stream":..,"data":..}:
// aggTrade, trade, markPriceUpdate, forceOrder, depthUpdate, bookTicker, kline
// (ignored: candles are built from trades), and the REST bodies of /fapi/v1/depth,
// /fapi/v1/openInterest and /fapi/v1/premiumIndex.
//
// Normalization: trade time T is the exchange time of trades, event time E of the
// rest; forceOrder side SELL means a long was liquidated; COIN-M quantities
// (contracts of 100 USD for BTC, 10 USD otherwise) are converted to base units.
// aggTrade events carry the aggregate id `a`, raw trades the trade id `t`.
class Parser
{
public:
    Parser();

    feed::ParseResult parse(const feed::Frame& frame, std::vector<MarketEvent>& out);

    // A REST depth snapshot names no symbol: use this one (else the last depth symbol seen).
    void setSnapshotSymbol(std::string_view exchangeName);

private:
    // The hot path: a well-formed USD-M trade or aggTrade. False leaves it to parsePayload.
    bool fastTrade(const feed::Frame& f, simdjson::dom::object payload, std::vector<MarketEvent>& out);
    feed::ParseResult parsePayload(const feed::Frame& f, simdjson::dom::object payload,
        std::string_view stream, std::vector<MarketEvent>& out);
    feed::ParseResult parseRest(
        const feed::Frame& f, simdjson::dom::object obj, std::vector<MarketEvent>& out);
    feed::ParseResult parseDepth(const feed::Frame& f, simdjson::dom::object obj, bool snapshot, bool rest,
        std::vector<MarketEvent>& out);

    simdjson::dom::parser m_json;
    feed::SymbolCache m_symbols;
    std::optional<SymbolId> m_depthSymbol;
    int m_depthContractUsd = 0;
    bool m_depthSymbolFixed = false;
};

// Normalized symbol for a Binance symbol ("BTCUSDT" stays, "btcusdt" is uppercased).
std::string normalizeSymbol(std::string_view exchangeName);
// USD value of one COIN-M contract for this symbol, or 0 for a USD-M (base-quantity) symbol.
int coinMarginedContractUsd(std::string_view exchangeName);
// Base quantity of `contracts` COIN-M contracts of `contractUsd` each at `price`.
Qty contractsToBase(Qty contracts, int contractUsd, Price price);

} // namespace perp::binance
