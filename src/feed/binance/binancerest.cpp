// SPDX-License-Identifier: MIT
// REST bodies of Binance USD-M that are arrays (no event type to dispatch on).
#include "binanceparser.h"

#include "feed/parse/jsonfields.h"

namespace perp::binance {

feed::ParseResult Parser::parseAggTrades(
    const feed::Frame& f, std::string_view symbol, std::vector<MarketEvent>& out)
{
    simdjson::dom::element root;
    if (auto err = m_json.parse(f.text.data(), f.text.size()).get(root))
        return feed::ParseResult::fail(f, std::string("invalid JSON: ") + simdjson::error_message(err));
    simdjson::dom::array arr;
    if (root.get_array().get(arr))
        return feed::ParseResult::fail(f, "aggTrades: not a JSON array");
    const SymbolId id = m_symbols.get(symbol);
    const int usd = coinMarginedContractUsd(symbol);
    const auto start = out.size();
    for (auto item : arr) {
        simdjson::dom::object o;
        if (item.get_object().get(o)) {
            out.resize(start);
            return feed::ParseResult::fail(f, "aggTrades: element is not an object");
        }
        feed::JsonFields j(o);
        Trade t;
        t.id = j.i64("a");
        t.price = j.price("p");
        t.qty = j.qty("q");
        t.takerSide = j.boolean("m") ? Side::Sell : Side::Buy;
        const TimeMs time = j.i64("T");
        if (!j.ok() || t.price.raw <= 0 || t.qty.raw <= 0) {
            out.resize(start);
            return feed::ParseResult::fail(
                f, "aggTrades: " + (j.ok() ? std::string("price and quantity must be positive") : j.error()));
        }
        if (usd)
            t.qty = contractsToBase(t.qty, usd, t.price);
        t.h.symbol = id;
        t.h.venue = Venue::Binance;
        t.h.exchangeTime = time;
        t.h.receiveTime = f.receiveTime;
        out.emplace_back(t);
    }
    return feed::ParseResult::events(out.size() - start);
}

} // namespace perp::binance
