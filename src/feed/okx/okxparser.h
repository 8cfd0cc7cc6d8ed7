// SPDX-License-Identifier: MIT
#pragma once

#include "feed/parse/frame.h"
#include "feed/parse/symbolcache.h"
#include "okxcontracts.h"

#include <simdjson.h>

#include <unordered_map>
#include <vector>

namespace perp::okx {

// Turns OKX v5 public frames into core events: trades (side = taker side),
// liquidation-orders (posSide long/short is the liquidated side; in net mode an
// order side sell means a long was liquidated; price is bkPx), funding-rate,
// mark-price and index-tickers (merged per symbol into one MarkFunding: a field not
// seen yet is 0 = not carried), open-interest (oiCcy, base units) and books5 / books
// (snapshot, update). Contract sizes are converted to base units with the
// ContractTable. The text "pong" and event replies are ignored.
class Parser
{
public:
    Parser();

    feed::ParseResult parse(const feed::Frame& frame, std::vector<MarketEvent>& out);
    ContractTable& contracts() { return m_contracts; }
    const ContractTable& contracts() const { return m_contracts; }
    // liquidation-orders carries every instrument of the instType: a live feed skips the
    // ones without a known ctVal (not subscribed, or inverse swaps) instead of rejecting
    // the message; replay keeps them as errors. skippedLiquidations() counts them.
    void setSkipUnknownLiquidations(bool skip) { m_skipUnknownLiquidations = skip; }
    std::uint64_t skippedLiquidations() const { return m_skippedLiquidations; }
    // For each trade the last parse() appended, in order: how many matches it
    // aggregates (`count`, 1 when absent). Its ids are tradeId - count + 1 .. tradeId.
    const std::vector<std::int32_t>& tradeCounts() const { return m_tradeCounts; }

private:
    feed::ParseResult trades(const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult liquidations(
        const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult openInterest(
        const feed::Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out);
    feed::ParseResult marks(const feed::Frame& f, std::string_view channel, simdjson::dom::array data,
        std::vector<MarketEvent>& out);
    feed::ParseResult book(const feed::Frame& f, std::string_view instId, bool snapshot,
        simdjson::dom::array data, std::vector<MarketEvent>& out);

    simdjson::dom::parser m_json;
    feed::SymbolCache m_symbols;
    ContractTable m_contracts;
    struct MarkState
    {
        Price mark, index;
        double fundingRate = 0;
        TimeMs nextFundingTime = 0;
    };
    std::unordered_map<SymbolId, MarkState> m_marks;
    std::vector<std::int32_t> m_tradeCounts;
    bool m_skipUnknownLiquidations = false;
    std::uint64_t m_skippedLiquidations = 0;
};

} // namespace perp::okx
