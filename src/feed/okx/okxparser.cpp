// SPDX-License-Identifier: MIT
#include "okxparser.h"

#include "feed/parse/jsonfields.h"

namespace perp::okx {

using feed::Frame;
using feed::JsonFields;
using feed::ParseResult;

namespace {

EventHeader makeHeader(SymbolId id, TimeMs exchangeTime, TimeUs recv)
{
    EventHeader h;
    h.symbol = id;
    h.venue = Venue::Okx;
    h.exchangeTime = exchangeTime;
    h.receiveTime = recv;
    return h;
}

// Runs fn on every object of `data`; on the first failure drops what this message
// appended and returns the failure.
template <typename Fn>
ParseResult eachObject(
    const Frame& f, const char* what, simdjson::dom::array data, std::vector<MarketEvent>& out, Fn&& fn)
{
    const auto start = out.size();
    if (data.size() == 0)
        return ParseResult::fail(f, std::string(what) + ": empty 'data'");
    for (auto item : data) {
        simdjson::dom::object o;
        std::string reason = item.get_object().get(o) ? "data element is not an object" : fn(o);
        if (!reason.empty()) {
            out.resize(start);
            return ParseResult::fail(f, std::string(what) + ": " + reason);
        }
    }
    return ParseResult::events(out.size() - start);
}

} // namespace

Parser::Parser()
    : m_symbols(&normalizeInstrument)
{ }

ParseResult Parser::parse(const Frame& f, std::vector<MarketEvent>& out)
{
    m_tradeCounts.clear();
    if (f.text == "pong")
        return ParseResult::skip();
    simdjson::dom::element root;
    if (auto err = m_json.parse(f.text.data(), f.text.size()).get(root))
        return ParseResult::fail(f, std::string("invalid JSON: ") + simdjson::error_message(err));
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return ParseResult::fail(f, "not a JSON object");
    JsonFields j(obj);
    if (j.has("event")) {
        const auto ev = j.str("event");
        if (ev == "error")
            return ParseResult::fail(f,
                "exchange error " + std::string(j.has("code") ? j.str("code") : "") + ": "
                    + std::string(j.has("msg") ? j.str("msg") : ""));
        return ParseResult::skip();
    }
    JsonFields arg(j.object("arg"));
    if (!j.ok())
        return ParseResult::fail(f, j.error());
    const auto channel = arg.str("channel");
    if (!arg.ok())
        return ParseResult::fail(f, "arg: " + arg.error());
    auto data = j.array("data");
    if (!j.ok())
        return ParseResult::fail(f, std::string(channel) + ": " + j.error());
    if (channel == "trades" || channel == "trades-all")
        return trades(f, data, out);
    if (channel == "liquidation-orders")
        return liquidations(f, data, out);
    if (channel == "funding-rate" || channel == "mark-price" || channel == "index-tickers")
        return marks(f, channel, data, out);
    if (channel == "open-interest")
        return openInterest(f, data, out);
    if (channel == "books5" || channel == "books" || channel == "bbo-tbt") {
        const auto instId = arg.str("instId");
        const bool snapshot = channel != "books" || !j.has("action") || j.str("action") == "snapshot";
        if (!arg.ok() || !j.ok())
            return ParseResult::fail(f, std::string(channel) + ": " + (arg.ok() ? j.error() : arg.error()));
        return book(f, instId, snapshot, data, out);
    }
    return ParseResult::fail(f, "unknown channel '" + std::string(channel) + "'");
}

ParseResult Parser::trades(const Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out)
{
    const auto start = out.size();
    const ParseResult r = eachObject(f, "trades", data, out, [&](simdjson::dom::object o) -> std::string {
        JsonFields t(o);
        const auto inst = t.str("instId");
        const auto side = t.str("side");
        Trade tr;
        tr.price = t.price("px");
        const Qty contracts = t.qty("sz");
        tr.id = t.i64("tradeId");
        const TimeMs time = t.i64("ts");
        const std::int64_t count = t.has("count") ? t.i64("count") : 1;
        if (!t.ok())
            return t.error();
        if (count < 1 || count > 1'000'000)
            return "count " + std::to_string(count) + " is out of range";
        if (side != "buy" && side != "sell")
            return "side '" + std::string(side) + "' is neither buy nor sell";
        const auto ctVal = m_contracts.contractValue(inst);
        if (!ctVal)
            return "no contract value known for " + std::string(inst);
        tr.qty = contractsToBase(contracts, *ctVal);
        if (tr.price.raw <= 0 || tr.qty.raw <= 0)
            return "price and size must be positive";
        tr.takerSide = side == "buy" ? Side::Buy : Side::Sell;
        tr.h = makeHeader(m_symbols.get(inst), time, f.receiveTime);
        out.emplace_back(tr);
        m_tradeCounts.push_back(static_cast<std::int32_t>(count));
        return {};
    });
    if (out.size() == start)
        m_tradeCounts.clear(); // eachObject dropped what this message appended
    return r;
}

ParseResult Parser::liquidations(const Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out)
{
    return eachObject(f, "liquidation-orders", data, out, [&](simdjson::dom::object o) -> std::string {
        JsonFields g(o);
        const auto inst = g.str("instId");
        auto details = g.array("details");
        if (!g.ok())
            return g.error();
        const auto ctVal = m_contracts.contractValue(inst);
        if (!ctVal && m_skipUnknownLiquidations) {
            ++m_skippedLiquidations;
            return {};
        }
        if (!ctVal)
            return "no contract value known for " + std::string(inst);
        const SymbolId id = m_symbols.get(inst);
        for (auto item : details) {
            simdjson::dom::object d;
            if (item.get_object().get(d))
                return "details element is not an object";
            JsonFields l(d);
            Liquidation liq;
            const auto posSide = l.str("posSide");
            const auto side = l.str("side");
            liq.price = l.price("bkPx");
            liq.qty = contractsToBase(l.qty("sz"), *ctVal);
            const TimeMs time = l.i64("ts");
            if (!l.ok())
                return l.error();
            if (posSide == "long" || (posSide == "net" && side == "sell"))
                liq.liquidated = PositionSide::Long;
            else if (posSide == "short" || (posSide == "net" && side == "buy"))
                liq.liquidated = PositionSide::Short;
            else
                return "cannot tell the liquidated side from posSide '" + std::string(posSide) + "', side '"
                    + std::string(side) + "'";
            if (liq.price.raw <= 0 || liq.qty.raw <= 0)
                return "price and size must be positive";
            liq.h = makeHeader(id, time, f.receiveTime);
            out.emplace_back(liq);
        }
        return {};
    });
}

ParseResult Parser::marks(
    const Frame& f, std::string_view channel, simdjson::dom::array data, std::vector<MarketEvent>& out)
{
    return eachObject(
        f, std::string(channel).c_str(), data, out, [&](simdjson::dom::object o) -> std::string {
            JsonFields j(o);
            const auto inst = j.str("instId");
            const TimeMs time = j.i64("ts");
            if (!j.ok())
                return j.error();
            // index-tickers name the index ("BTC-USDT"); it maps to the same symbol as the swap.
            const SymbolId id = m_symbols.get(inst);
            MarkState next = m_marks[id];
            if (channel == "funding-rate") {
                next.fundingRate = j.f64("fundingRate");
                next.nextFundingTime = j.i64("fundingTime");
            } else if (channel == "mark-price") {
                next.mark = j.price("markPx");
                if (j.ok() && next.mark.raw <= 0)
                    return "markPx must be positive";
            } else {
                next.index = j.price("idxPx");
                if (j.ok() && next.index.raw <= 0)
                    return "idxPx must be positive";
            }
            if (!j.ok())
                return j.error();
            m_marks[id] = next;
            MarkFunding m;
            m.markPrice = next.mark;
            m.indexPrice = next.index;
            m.fundingRate = next.fundingRate;
            m.nextFundingTime = next.nextFundingTime;
            m.h = makeHeader(id, time, f.receiveTime);
            out.emplace_back(m);
            return {};
        });
}

ParseResult Parser::openInterest(const Frame& f, simdjson::dom::array data, std::vector<MarketEvent>& out)
{
    return eachObject(f, "open-interest", data, out, [&](simdjson::dom::object o) -> std::string {
        JsonFields j(o);
        OpenInterest oi;
        const auto inst = j.str("instId");
        oi.openInterest = j.qty("oiCcy");
        const TimeMs time = j.i64("ts");
        if (!j.ok())
            return j.error();
        oi.h = makeHeader(m_symbols.get(inst), time, f.receiveTime);
        out.emplace_back(oi);
        return {};
    });
}

ParseResult Parser::book(const Frame& f, std::string_view instId, bool snapshot, simdjson::dom::array data,
    std::vector<MarketEvent>& out)
{
    const auto ctVal = m_contracts.contractValue(instId);
    if (!ctVal)
        return ParseResult::fail(f, "book: no contract value known for " + std::string(instId));
    const SymbolId id = m_symbols.get(instId);
    return eachObject(f, "book", data, out, [&](simdjson::dom::object o) -> std::string {
        JsonFields j(o);
        BookUpdate b;
        b.kind = snapshot ? BookKind::Snapshot : BookKind::Delta;
        auto bids = j.array("bids");
        auto asks = j.array("asks");
        const TimeMs time = j.i64("ts");
        if (j.has("seqId")) {
            b.lastUpdateId = j.i64("seqId");
            b.firstUpdateId = b.lastUpdateId;
        }
        if (j.has("prevSeqId"))
            b.prevLastUpdateId = j.i64("prevSeqId");
        if (!j.ok())
            return j.error();
        for (int side = 0; side < 2; ++side) {
            auto& levels = side == 0 ? b.bids : b.asks;
            const auto& arr = side == 0 ? bids : asks;
            for (auto level : arr) {
                BookLevel l;
                if (!feed::readLevel(level, l.price, l.qty))
                    return std::string("malformed ") + (side == 0 ? "bid" : "ask") + " level "
                        + std::to_string(levels.size());
                l.qty = contractsToBase(l.qty, *ctVal);
                levels.push_back(l);
            }
        }
        b.h = makeHeader(id, time, f.receiveTime);
        out.emplace_back(std::move(b));
        return {};
    });
}

} // namespace perp::okx
