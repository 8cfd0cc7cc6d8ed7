// SPDX-License-Identifier: MIT
// Bybit v5 REST bodies.
#include "bybitparser.h"

#include "feed/parse/jsonfields.h"

#include <algorithm>

namespace perp::bybit {

feed::ParseResult Parser::parseRecentTrades(const feed::Frame& f, std::vector<MarketEvent>& out)
{
    simdjson::dom::element root;
    if (auto err = m_json.parse(f.text.data(), f.text.size()).get(root))
        return feed::ParseResult::fail(f, std::string("invalid JSON: ") + simdjson::error_message(err));
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return feed::ParseResult::fail(f, "not a JSON object");
    feed::JsonFields top(obj);
    const auto code = top.i64("retCode");
    if (!top.ok())
        return feed::ParseResult::fail(f, "recent-trade: " + top.error());
    if (code != 0)
        return feed::ParseResult::fail(f,
            "recent-trade: retCode " + std::to_string(code) + ": "
                + std::string(top.has("retMsg") ? top.str("retMsg") : ""));
    feed::JsonFields result(top.object("result"));
    if (!top.ok())
        return feed::ParseResult::fail(f, "recent-trade: " + top.error());
    auto list = result.array("list");
    if (!result.ok())
        return feed::ParseResult::fail(f, "recent-trade: " + result.error());
    const auto start = out.size();
    for (auto item : list) {
        simdjson::dom::object o;
        std::string reason;
        if (item.get_object().get(o)) {
            reason = "element is not an object";
        } else {
            feed::JsonFields j(o);
            Trade t;
            const auto name = j.str("symbol");
            const auto side = j.str("side");
            t.id = tradeIdFromText(j.str("execId"));
            t.price = j.price("price");
            t.qty = j.qty("size");
            t.h.exchangeTime = j.i64("time");
            if (!j.ok())
                reason = j.error();
            else if (side != "Buy" && side != "Sell")
                reason = "side '" + std::string(side) + "' is neither Buy nor Sell";
            else if (t.price.raw <= 0 || t.qty.raw <= 0)
                reason = "price and size must be positive";
            if (reason.empty()) {
                t.takerSide = side == "Buy" ? Side::Buy : Side::Sell;
                t.h.symbol = m_symbols.get(name);
                t.h.venue = Venue::Bybit;
                t.h.receiveTime = f.receiveTime;
                out.emplace_back(t);
            }
        }
        if (!reason.empty()) {
            out.resize(start);
            return feed::ParseResult::fail(f, "recent-trade: " + reason);
        }
    }
    std::reverse(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
    return feed::ParseResult::events(out.size() - start);
}

} // namespace perp::bybit
