// SPDX-License-Identifier: MIT
#include "binanceparser.h"

#include "feed/parse/jsonfields.h"
#include "feed/parse/wide.h"

#include <cctype>

namespace perp::binance {

using feed::Frame;
using feed::JsonFields;
using feed::ParseResult;

std::string normalizeSymbol(std::string_view exchangeName)
{
    std::string s(exchangeName);
    for (auto& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

int coinMarginedContractUsd(std::string_view name)
{
    if (name.find('_') == std::string_view::npos)
        return 0;
    return name.starts_with("BTCUSD") ? 100 : 10;
}

Qty contractsToBase(Qty contracts, int contractUsd, Price price)
{
    if (price.raw <= 0)
        return Qty {};
    // base = contracts * usd / price, all in fixed point; rounded half up.
    const feed::Int128 num = static_cast<feed::Int128>(contracts.raw) * contractUsd * Price::scale;
    const feed::Int128 q = (2 * num + price.raw) / (2 * static_cast<feed::Int128>(price.raw));
    return Qty::fromRaw(static_cast<std::int64_t>(q));
}

Parser::Parser()
    : m_symbols(&normalizeSymbol)
{ }

void Parser::setSnapshotSymbol(std::string_view exchangeName)
{
    m_depthSymbol = m_symbols.get(exchangeName);
    m_depthContractUsd = coinMarginedContractUsd(normalizeSymbol(exchangeName));
    m_depthSymbolFixed = true;
}

ParseResult Parser::parse(const Frame& f, std::vector<MarketEvent>& out)
{
    simdjson::dom::element root;
    if (auto err = m_json.parse(f.text.data(), f.text.size()).get(root))
        return ParseResult::fail(f, std::string("invalid JSON: ") + simdjson::error_message(err));
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return ParseResult::fail(f, "not a JSON object");
    // Envelope {"stream":..,"data":{..}} read in one walk over the two fields.
    simdjson::dom::element data, stream;
    bool hasData = false, hasStream = false;
    for (auto field : obj) {
        if (field.key == "data") {
            data = field.value;
            hasData = true;
        } else if (field.key == "stream") {
            stream = field.value;
            hasStream = true;
        }
    }
    if (hasData) {
        simdjson::dom::object payload;
        std::string_view name;
        if (!hasStream || stream.get_string().get(name))
            return ParseResult::fail(f, "envelope without a 'stream' name");
        if (data.get_object().get(payload))
            return ParseResult::fail(f, "envelope: field 'data': not an object");
        return parsePayload(f, payload, name, out);
    }
    return parsePayload(f, obj, {}, out);
}

namespace {

EventHeader makeHeader(SymbolId id, TimeMs exchangeTime, TimeUs recv)
{
    EventHeader h;
    h.symbol = id;
    h.venue = Venue::Binance;
    h.exchangeTime = exchangeTime;
    h.receiveTime = recv;
    return h;
}

} // namespace

bool Parser::fastTrade(const Frame& f, simdjson::dom::object obj, std::vector<MarketEvent>& out)
{
    // One walk over the one-letter fields of a trade/aggTrade payload; anything
    // unexpected returns false and the general path reports it precisely.
    simdjson::dom::element e, s, p, q, m, id, aggId, time;
    unsigned seen = 0;
    for (auto field : obj) {
        if (field.key.size() != 1)
            continue;
        switch (field.key[0]) {
        case 'e':
            e = field.value;
            seen |= 1;
            break;
        case 's':
            s = field.value;
            seen |= 2;
            break;
        case 'p':
            p = field.value;
            seen |= 4;
            break;
        case 'q':
            q = field.value;
            seen |= 8;
            break;
        case 'm':
            m = field.value;
            seen |= 16;
            break;
        case 'T':
            time = field.value;
            seen |= 32;
            break;
        case 't':
            id = field.value;
            seen |= 64;
            break;
        case 'a':
            aggId = field.value;
            seen |= 128;
            break;
        default:
            break;
        }
    }
    std::string_view type, name, px, qty;
    if ((seen & 63) != 63 || e.get_string().get(type))
        return false;
    const bool agg = type == "aggTrade";
    if ((!agg && type != "trade") || (seen & (agg ? 128 : 64)) == 0)
        return false;
    bool buyerMaker = false;
    Trade t;
    if (s.get_string().get(name) || p.get_string().get(px) || q.get_string().get(qty)
        || m.get_bool().get(buyerMaker) || (agg ? aggId : id).get_int64().get(t.id)
        || time.get_int64().get(t.h.exchangeTime))
        return false;
    const auto price = Price::parse(px);
    const auto size = Qty::parse(qty);
    if (!price || !size || price->raw <= 0 || size->raw <= 0 || coinMarginedContractUsd(name) != 0)
        return false;
    t.price = *price;
    t.qty = *size;
    t.takerSide = buyerMaker ? Side::Sell : Side::Buy;
    t.h = makeHeader(m_symbols.get(name), t.h.exchangeTime, f.receiveTime);
    out.emplace_back(t);
    return true;
}

ParseResult Parser::parsePayload(
    const Frame& f, simdjson::dom::object obj, std::string_view stream, std::vector<MarketEvent>& out)
{
    if (fastTrade(f, obj, out))
        return ParseResult::events(1);
    JsonFields j(obj);
    if (!j.has("e"))
        return parseRest(f, obj, out);
    const std::string_view type = j.str("e");
    if (!j.ok())
        return ParseResult::fail(f, j.error());
    if (type == "aggTrade" || type == "trade") {
        const auto name = j.str("s");
        Trade t;
        t.price = j.price("p");
        t.qty = j.qty("q");
        t.takerSide = j.boolean("m") ? Side::Sell : Side::Buy;
        t.id = j.i64(type == "trade" ? "t" : "a");
        const TimeMs time = j.i64("T");
        if (!j.ok())
            return ParseResult::fail(f, std::string(type) + ": " + j.error());
        if (t.price.raw <= 0 || t.qty.raw <= 0)
            return ParseResult::fail(f, std::string(type) + ": price and quantity must be positive");
        if (const int usd = coinMarginedContractUsd(name))
            t.qty = contractsToBase(t.qty, usd, t.price);
        t.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(t);
        return ParseResult::events(1);
    }
    if (type == "markPriceUpdate") {
        MarkFunding m;
        const auto name = j.str("s");
        m.markPrice = j.price("p");
        m.indexPrice = j.price("i");
        m.fundingRate = j.has("r") && !j.str("r").empty() ? j.f64("r") : 0.0;
        m.nextFundingTime = j.i64("T");
        const TimeMs time = j.i64("E");
        if (!j.ok())
            return ParseResult::fail(f, "markPriceUpdate: " + j.error());
        m.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(m);
        return ParseResult::events(1);
    }
    if (type == "forceOrder") {
        JsonFields o(j.object("o"));
        if (!j.ok())
            return ParseResult::fail(f, "forceOrder: " + j.error());
        const auto name = o.str("s");
        const auto side = o.str("S");
        Liquidation l;
        l.price = o.price("ap");
        if (l.price.raw <= 0)
            l.price = o.price("p");
        l.qty = o.qty("z");
        if (l.qty.raw <= 0)
            l.qty = o.qty("q");
        const TimeMs time = o.i64("T");
        if (!o.ok())
            return ParseResult::fail(f, "forceOrder: " + o.error());
        if (side != "SELL" && side != "BUY")
            return ParseResult::fail(
                f, "forceOrder: side '" + std::string(side) + "' is neither BUY nor SELL");
        if (l.price.raw <= 0 || l.qty.raw <= 0)
            return ParseResult::fail(f, "forceOrder: price and quantity must be positive");
        l.liquidated = side == "SELL" ? PositionSide::Long : PositionSide::Short;
        if (const int usd = coinMarginedContractUsd(name))
            l.qty = contractsToBase(l.qty, usd, l.price);
        l.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(l);
        return ParseResult::events(1);
    }
    if (type == "depthUpdate") {
        // Partial-depth streams (@depth5/10/20) carry a whole top-N book each time.
        const auto at = stream.find("@depth");
        const bool partial = at != std::string_view::npos && at + 6 < stream.size()
            && std::isdigit(static_cast<unsigned char>(stream[at + 6])) && stream[at + 6] != '0';
        return parseDepth(f, obj, partial, false, out);
    }
    if (type == "bookTicker") {
        BookUpdate b;
        b.kind = BookKind::TopOfBook;
        const auto name = j.str("s");
        BookLevel bid {j.price("b"), j.qty("B")};
        BookLevel ask {j.price("a"), j.qty("A")};
        b.lastUpdateId = j.i64("u");
        const TimeMs time = j.has("E") ? j.i64("E") : j.i64("T");
        if (!j.ok())
            return ParseResult::fail(f, "bookTicker: " + j.error());
        if (const int usd = coinMarginedContractUsd(name)) {
            bid.qty = contractsToBase(bid.qty, usd, bid.price);
            ask.qty = contractsToBase(ask.qty, usd, ask.price);
        }
        b.firstUpdateId = b.lastUpdateId;
        b.bids.push_back(bid);
        b.asks.push_back(ask);
        b.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(std::move(b));
        return ParseResult::events(1);
    }
    if (type == "kline" || type == "continuous_kline")
        return ParseResult::skip(); // candles come from trades
    return ParseResult::fail(f, "unknown event type '" + std::string(type) + "'");
}

ParseResult Parser::parseDepth(
    const Frame& f, simdjson::dom::object obj, bool snapshot, bool rest, std::vector<MarketEvent>& out)
{
    JsonFields j(obj);
    BookUpdate b;
    b.kind = snapshot ? BookKind::Snapshot : BookKind::Delta;
    SymbolId id = 0;
    std::string_view name;
    if (rest) {
        if (!m_depthSymbol)
            return ParseResult::fail(f, "depth snapshot: no symbol known for it");
        id = *m_depthSymbol;
        b.lastUpdateId = j.i64("lastUpdateId");
        b.firstUpdateId = b.lastUpdateId;
    } else {
        name = j.str("s");
        b.firstUpdateId = j.i64("U");
        b.lastUpdateId = j.i64("u");
        b.prevLastUpdateId = j.has("pu") ? j.i64("pu") : 0;
    }
    const TimeMs time = j.has("E") ? j.i64("E") : (j.has("T") ? j.i64("T") : 0);
    auto bids = j.array(rest ? "bids" : "b");
    auto asks = j.array(rest ? "asks" : "a");
    if (!j.ok())
        return ParseResult::fail(f, std::string(rest ? "depth snapshot: " : "depthUpdate: ") + j.error());
    const int usd = rest ? m_depthContractUsd : coinMarginedContractUsd(name);
    for (int side = 0; side < 2; ++side) {
        auto& levels = side == 0 ? b.bids : b.asks;
        const auto& arr = side == 0 ? bids : asks;
        levels.reserve(arr.size());
        for (auto level : arr) {
            BookLevel l;
            if (!feed::readLevel(level, l.price, l.qty))
                return ParseResult::fail(f,
                    std::string("depth: malformed ") + (side == 0 ? "bid" : "ask") + " level "
                        + std::to_string(levels.size()));
            if (usd)
                l.qty = contractsToBase(l.qty, usd, l.price);
            levels.push_back(l);
        }
    }
    if (!rest) {
        id = m_symbols.get(name);
        if (!m_depthSymbolFixed) {
            m_depthSymbol = id;
            m_depthContractUsd = usd;
        }
    }
    b.h = makeHeader(id, time, f.receiveTime);
    out.emplace_back(std::move(b));
    return ParseResult::events(1);
}

ParseResult Parser::parseRest(const Frame& f, simdjson::dom::object obj, std::vector<MarketEvent>& out)
{
    JsonFields j(obj);
    if (j.has("lastUpdateId") && j.has("bids"))
        return parseDepth(f, obj, true, true, out);
    if (j.has("result") && j.has("id"))
        return ParseResult::skip(); // SUBSCRIBE / UNSUBSCRIBE acknowledgement
    if (j.has("code") && j.has("msg"))
        return ParseResult::fail(
            f, "exchange error " + std::to_string(j.i64("code")) + ": " + std::string(j.str("msg")));
    if (j.has("openInterest") && j.has("symbol")) {
        OpenInterest oi;
        const auto name = j.str("symbol");
        oi.openInterest = j.qty("openInterest");
        const TimeMs time = j.i64("time");
        if (!j.ok())
            return ParseResult::fail(f, "openInterest: " + j.error());
        oi.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(oi);
        return ParseResult::events(1);
    }
    if (j.has("markPrice") && j.has("lastFundingRate")) {
        MarkFunding m;
        const auto name = j.str("symbol");
        m.markPrice = j.price("markPrice");
        m.indexPrice = j.price("indexPrice");
        m.fundingRate = j.f64("lastFundingRate");
        m.nextFundingTime = j.i64("nextFundingTime");
        const TimeMs time = j.i64("time");
        if (!j.ok())
            return ParseResult::fail(f, "premiumIndex: " + j.error());
        m.h = makeHeader(m_symbols.get(name), time, f.receiveTime);
        out.emplace_back(m);
        return ParseResult::events(1);
    }
    return ParseResult::fail(f, "unrecognized message: no event type 'e'");
}

} // namespace perp::binance
