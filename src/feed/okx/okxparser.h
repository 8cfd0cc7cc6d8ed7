// SPDX-License-Identifier: MIT
#pragma once

#include "feed/parse/frame.h"
#include "feed/parse/symbolcache.h"
#include "okxcontracts.h"

#include <simdjson.h>

#include <vector>

namespace perp::okx {

// Turns OKX v5 public frames into core events: trades (side = taker side),
// liquidation-orders (posSide long/short is the liquidated side; in net mode an
// order side sell means a long was liquidated; price is bkPx), funding-rate
// (MarkFunding with mark and index 0 = not carried), open-interest (oiCcy, base
// units) and books5 / books (snapshot, update). Contract sizes are converted to base
// units with the ContractTable. The text "pong" and event replies are ignored.
class Parser
{
public:
    Parser();

    feed::ParseResult parse(const feed::Frame& frame, std::vector<MarketEvent>& out);
    ContractTable& contracts() { return m_contracts; }

private:
    feed::ParseResult trades(const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult liquidations(
        const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult funding(const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult openInterest(
        const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult book(const feed::Frame& f, std::string_view instId, bool snapshot,
        simdjson::dom::array data, std::vector<MarketEvent>& out);

    simdjson::dom::parser m_json;
    feed::SymbolCache m_symbols;
    ContractTable m_contracts;
};

} // namespace perp::okx
