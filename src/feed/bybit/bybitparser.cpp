// SPDX-License-Identifier: MIT
#include "bybitparser.h"

#include "feed/parse/jsonfields.h"

namespace perp::bybit {

using feed::Frame;
using feed::JsonFields;
using feed::ParseResult;

namespace {

std::string identity(std::string_view s)
{
    return std::string(s);
}

EventHeader makeHeader(SymbolId id, TimeMs exchangeTime, TimeUs recv)
{
    EventHeader h;
    h.symbol = id;
    h.venue = Venue::Bybit;
    h.exchangeTime = exchangeTime;
    h.receiveTime = recv;
    return h;
}

template <typename F> std::optional<F> optionalDecimal(JsonFields& j, std::string_view key)
{
    if (!j.has(key))
        return std::nullopt;
    const auto text = j.str(key);
    if (text.empty())
        return std::nullopt; // Bybit sends "" for fields that do not apply
    auto v = F::parse(text);
    if (!v)
        j.fail(key, "not a decimal");
    return v;
}

} // namespace

std::int64_t tradeIdFromText(std::string_view id)
{
    std::int64_t n = 0;
    if (feed::parseInt64(id, n) && n >= 0)
        return n;
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : id) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return static_cast<std::int64_t>(h >> 1);
}

Parser::Parser()
    : m_symbols(&identity)
{ }

ParseResult Parser::parse(const Frame& f, std::vector<MarketEvent>& out)
{
    simdjson::dom::element root;
    if (auto err = m_json.parse(f.text.data(), f.text.size()).get(root))
        return ParseResult::fail(f, std::string("invalid JSON: ") + simdjson::error_message(err));
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return ParseResult::fail(f, "not a JSON object");
    JsonFields j(obj);
    if (!j.has("topic")) {
        if (j.has("op") || j.has("success") || j.has("ret_msg"))
            return j.has("success") && !j.boolean("success")
                ? ParseResult::fail(f, "request failed: " + std::string(j.str("ret_msg")))
                : ParseResult::skip();
        return ParseResult::fail(f, "unrecognized message: no 'topic'");
    }
    const auto topic = j.str("topic");
    const auto dot = topic.find('.');
    const auto channel = topic.substr(0, dot);
    const bool snapshot = j.has("type") && j.str("type") == "snapshot";
    const TimeMs ts = j.has("ts") ? j.i64("ts") : 0;
    if (!j.ok())
        return ParseResult::fail(f, j.error());
    if (channel == "publicTrade") {
        auto data = j.array("data");
        if (!j.ok())
            return ParseResult::fail(f, "publicTrade: " + j.error());
        return trades(f, data, out);
    }
    if (channel == "allLiquidation" || channel == "liquidation") {
        simdjson::dom::element data;
        if (obj.at_key("data").get(data))
            return ParseResult::fail(f, "liquidation: missing 'data'");
        return liquidations(f, data, out);
    }
    if (channel == "tickers") {
        auto data = j.object("data");
        if (!j.ok())
            return ParseResult::fail(f, "tickers: " + j.error());
        return tickers(f, data, snapshot, ts, out);
    }
    if (channel == "orderbook") {
        auto data = j.object("data");
        if (!j.ok())
            return ParseResult::fail(f, "orderbook: " + j.error());
        return book(f, data, snapshot, ts, out);
    }
    if (channel == "kline")
        return ParseResult::skip(); // candles come from trades
    return ParseResult::fail(f, "unknown topic '" + std::string(topic) + "'");
}

ParseResult Parser::trades(const Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out)
{
    if (data.size() == 0)
        return ParseResult::fail(f, "publicTrade: empty 'data'");
    const auto start = out.size();
    for (auto item : data) {
        simdjson::dom::object o;
        if (item.get_object().get(o)) {
            out.resize(start);
            return ParseResult::fail(f, "publicTrade: data element is not an object");
        }
        JsonFields t(o);
        Trade tr;
        const auto name = t.str("s");
        const auto side = t.str("S");
        tr.price = t.price("p");
        tr.qty = t.qty("v");
        tr.id = tradeIdFromText(t.str("i"));
        const TimeMs time = t.i64("T");
        std::string reason;
        if (!t.ok())
            reason = t.error();
        else if (side != "Buy" && side != "Sell")
            reason = "side '" + std::string(side) + "' is neither Buy nor Sell";
        else if (tr.price.raw <= 0 || tr.qty.raw <= 0)
            reason = "price and size must be positive";
        if (!reason.empty()) {
            out.resize(start);
            return ParseResult::fail(f, "publicTrade: " + reason);
        }
        tr.takerSide = side == "Buy" ? Side::Buy : Side::Sell;
        tr.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(tr);
    }
    return ParseResult::events(out.size() - start);
}

ParseResult Parser::liquidations(const Frame& f, simdjson::dom::element data, std::vector<MarketEvent>& out)
{
    // allLiquidation: array of {T,s,S,v,p}; the old `liquidation` topic: one object
    // {updatedTime,symbol,side,size,price}.
    const auto start = out.size();
    auto one = [&](simdjson::dom::object o, bool legacy) -> std::string {
        JsonFields l(o);
        Liquidation liq;
        const auto name = l.str(legacy ? "symbol" : "s");
        const auto side = l.str(legacy ? "side" : "S");
        liq.price = l.price(legacy ? "price" : "p");
        liq.qty = l.qty(legacy ? "size" : "v");
        const TimeMs time = l.i64(legacy ? "updatedTime" : "T");
        if (!l.ok())
            return l.error();
        if (side != "Buy" && side != "Sell")
            return "side '" + std::string(side) + "' is neither Buy nor Sell";
        if (liq.price.raw <= 0 || liq.qty.raw <= 0)
            return "price and size must be positive";
        liq.liquidated = side == "Buy" ? PositionSide::Long : PositionSide::Short;
        liq.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(liq);
        return {};
    };
    std::string reason;
    simdjson::dom::array arr;
    simdjson::dom::object single;
    if (!data.get_array().get(arr)) {
        if (arr.size() == 0)
            reason = "empty 'data'";
        for (auto item : arr) {
            simdjson::dom::object o;
            reason = item.get_object().get(o) ? "data element is not an object" : one(o, false);
            if (!reason.empty())
                break;
        }
    } else if (!data.get_object().get(single)) {
        reason = one(single, true);
    } else {
        reason = "missing 'data'";
    }
    if (!reason.empty()) {
        out.resize(start);
        return ParseResult::fail(f, "liquidation: " + reason);
    }
    return ParseResult::events(out.size() - start);
}

ParseResult Parser::tickers(
    const Frame& f, simdjson::dom::object data, bool snapshot, TimeMs ts, std::vector<MarketEvent>& out)
{
    JsonFields j(data);
    TickerFields t;
    const auto name = j.str("symbol");
    t.mark = optionalDecimal<Price>(j, "markPrice");
    t.index = optionalDecimal<Price>(j, "indexPrice");
    t.openInterestBothSides = optionalDecimal<Qty>(j, "openInterest");
    t.openInterestOneSide = optionalDecimal<Qty>(j, "singleOpenInterest");
    if (j.has("fundingRate") && !j.str("fundingRate").empty())
        t.fundingRate = j.f64("fundingRate");
    if (j.has("nextFundingTime") && !j.str("nextFundingTime").empty())
        t.nextFundingTime = j.i64("nextFundingTime");
    if (!j.ok())
        return ParseResult::fail(f, "tickers: " + j.error());
    const auto h = makeHeader(m_symbols.get(name), ts, f.receiveTime);
    const auto n = m_tickers.apply(h, snapshot, t, out);
    return n ? ParseResult::events(n) : ParseResult::skip();
}

ParseResult Parser::book(
    const Frame& f, simdjson::dom::object data, bool snapshot, TimeMs ts, std::vector<MarketEvent>& out)
{
    JsonFields j(data);
    BookUpdate b;
    b.kind = snapshot ? BookKind::Snapshot : BookKind::Delta;
    const auto name = j.str("s");
    b.lastUpdateId = j.i64("u");
    b.firstUpdateId = b.lastUpdateId;
    auto bids = j.array("b");
    auto asks = j.array("a");
    if (!j.ok())
        return ParseResult::fail(f, "orderbook: " + j.error());
    for (int side = 0; side < 2; ++side) {
        auto& levels = side == 0 ? b.bids : b.asks;
        const auto& arr = side == 0 ? bids : asks;
        levels.reserve(arr.size());
        for (auto level : arr) {
            BookLevel l;
            if (!feed::readLevel(level, l.price, l.qty))
                return ParseResult::fail(f,
                    std::string("orderbook: malformed ") + (side == 0 ? "bid" : "ask") + " level "
                        + std::to_string(levels.size()));
            levels.push_back(l);
        }
    }
    b.h = makeHeader(m_symbols.get(name), ts, f.receiveTime);
    out.emplace_back(std::move(b));
    return ParseResult::events(1);
}

} // namespace perp::bybit
