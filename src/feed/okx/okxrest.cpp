// SPDX-License-Identifier: MIT
#include "okxrest.h"

#include "feed/parse/jsonfields.h"

#include <algorithm>
#include <simdjson.h>

namespace perp::okx {

using feed::JsonFields;
using feed::ParseResult;

namespace {

// The data array of a v5 answer, or an error.
std::string dataArray(simdjson::dom::parser& parser, const feed::Frame& f, simdjson::dom::array& data)
{
    simdjson::dom::object root;
    if (auto err = parser.parse(f.text.data(), f.text.size()).get_object().get(root))
        return std::string("not a JSON object: ") + simdjson::error_message(err);
    JsonFields j(root);
    const auto code = j.str("code");
    if (!j.ok())
        return j.error();
    if (code != "0")
        return "code " + std::string(code) + ": " + std::string(j.has("msg") ? j.str("msg") : "");
    data = j.array("data");
    return j.ok() ? std::string() : j.error();
}

std::string elementError(const char* what, std::size_t index, JsonFields& j)
{
    return std::string(what) + ": malformed element " + std::to_string(index)
        + (j.ok() ? std::string() : ": " + j.error());
}

} // namespace

ParseResult readInstruments(const feed::Frame& f, ContractTable& table, std::size_t& updated)
{
    simdjson::dom::parser parser;
    simdjson::dom::array data;
    if (std::string e = dataArray(parser, f, data); !e.empty())
        return ParseResult::fail(f, "instruments: " + e);
    std::vector<std::pair<std::string, Qty>> found;
    std::size_t index = 0;
    for (auto item : data) {
        simdjson::dom::object o;
        if (item.get_object().get(o))
            return ParseResult::fail(
                f, "instruments: element " + std::to_string(index) + " is not an object");
        JsonFields j(o);
        const auto inst = j.str("instId");
        const auto ctValCcy = j.str("ctValCcy");
        const auto ctType = j.has("ctType") ? j.str("ctType") : std::string_view("linear");
        const auto state = j.has("state") ? j.str("state") : std::string_view("live");
        const Qty ctVal = j.qty("ctVal");
        if (!j.ok())
            return ParseResult::fail(f, elementError("instruments", index, j));
        ++index;
        // "BTC-USDT-SWAP" with ctValCcy "BTC": base units per contract. Inverse swaps
        // (ctValCcy "USD") and instruments not trading are not ours.
        const auto dash = inst.find('-');
        if (ctType != "linear" || state != "live" || dash == std::string_view::npos
            || inst.substr(0, dash) != ctValCcy)
            continue;
        if (ctVal.raw <= 0)
            return ParseResult::fail(f, "instruments: " + std::string(inst) + " has ctVal <= 0");
        found.emplace_back(std::string(inst), ctVal);
    }
    for (const auto& [inst, v] : found)
        table.set(inst, v);
    updated = found.size();
    return ParseResult::events(0);
}

ParseResult readCandles(const feed::Frame& f, std::vector<Candle>& out, std::size_t* forming)
{
    simdjson::dom::parser parser;
    simdjson::dom::array data;
    if (std::string e = dataArray(parser, f, data); !e.empty())
        return ParseResult::fail(f, "candles: " + e);
    std::vector<Candle> candles;
    std::size_t index = 0;
    for (auto item : data) {
        simdjson::dom::array row;
        std::string_view cells[7];
        bool ok = !item.get_array().get(row) && row.size() >= 7;
        for (std::size_t i = 0; ok && i < 7; ++i)
            ok = !row.at(i).get_string().get(cells[i]);
        std::int64_t open = 0;
        const auto o = ok ? Price::parse(cells[1]) : std::nullopt;
        const auto h = ok ? Price::parse(cells[2]) : std::nullopt;
        const auto l = ok ? Price::parse(cells[3]) : std::nullopt;
        const auto c = ok ? Price::parse(cells[4]) : std::nullopt;
        const auto v = ok ? Qty::parse(cells[6]) : std::nullopt; // volCcy: base units
        if (!ok || !feed::parseInt64(cells[0], open) || !o || !h || !l || !c || !v || *h < *l)
            return ParseResult::fail(f, "candles: malformed row " + std::to_string(index));
        Candle k;
        k.openTime = open;
        k.open = *o;
        k.high = *h;
        k.low = *l;
        k.close = *c;
        k.volume = *v; // OKX candles carry no taker split
        ++index;
        std::string_view confirm;
        if (row.size() >= 9 && !row.at(8).get_string().get(confirm) && confirm == "0") {
            if (forming)
                ++*forming;
            continue;
        }
        candles.push_back(k);
    }
    std::sort(candles.begin(), candles.end(),
        [](const Candle& a, const Candle& b) { return a.openTime < b.openTime; });
    out.insert(out.end(), candles.begin(), candles.end());
    return ParseResult::events(candles.size());
}

ParseResult readTrades(const feed::Frame& f, const ContractTable& table, std::vector<MarketEvent>& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array data;
    if (std::string e = dataArray(parser, f, data); !e.empty())
        return ParseResult::fail(f, "trades: " + e);
    std::vector<MarketEvent> trades;
    std::size_t index = 0;
    for (auto item : data) {
        simdjson::dom::object o;
        if (item.get_object().get(o))
            return ParseResult::fail(f, "trades: element " + std::to_string(index) + " is not an object");
        JsonFields t(o);
        const auto inst = t.str("instId");
        const auto side = t.str("side");
        Trade tr;
        tr.price = t.price("px");
        const Qty contracts = t.qty("sz");
        tr.id = t.i64("tradeId");
        const TimeMs time = t.i64("ts");
        const auto ctVal = t.ok() ? table.contractValue(inst) : std::nullopt;
        if (!t.ok() || (side != "buy" && side != "sell") || !ctVal)
            return ParseResult::fail(f,
                elementError("trades", index, t)
                    + (t.ok() && !ctVal ? ": no contract value for " + std::string(inst) : ""));
        tr.qty = contractsToBase(contracts, *ctVal);
        if (tr.price.raw <= 0 || tr.qty.raw <= 0)
            return ParseResult::fail(
                f, "trades: element " + std::to_string(index) + ": price and size must be positive");
        tr.takerSide = side == "buy" ? Side::Buy : Side::Sell;
        tr.h.symbol = internSymbol(normalizeInstrument(inst));
        tr.h.venue = Venue::Okx;
        tr.h.exchangeTime = time;
        tr.h.receiveTime = f.receiveTime;
        trades.emplace_back(tr);
        ++index;
    }
    std::reverse(trades.begin(), trades.end()); // newest first on the wire
    for (MarketEvent& e : trades)
        out.push_back(std::move(e));
    return ParseResult::events(trades.size());
}

ParseResult readOpenInterest(const feed::Frame& f,
    const std::function<std::optional<SymbolId>(std::string_view instId)>& symbolOf,
    std::vector<MarketEvent>& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array data;
    if (std::string e = dataArray(parser, f, data); !e.empty())
        return ParseResult::fail(f, "open-interest: " + e);
    std::vector<MarketEvent> events;
    std::size_t index = 0;
    for (auto item : data) {
        simdjson::dom::object o;
        if (item.get_object().get(o))
            return ParseResult::fail(
                f, "open-interest: element " + std::to_string(index) + " is not an object");
        JsonFields j(o);
        const auto inst = j.str("instId");
        OpenInterest oi;
        oi.openInterest = j.qty("oiCcy");
        const TimeMs time = j.i64("ts");
        if (!j.ok())
            return ParseResult::fail(f, elementError("open-interest", index, j));
        ++index;
        const auto id = symbolOf(inst);
        if (!id)
            continue;
        oi.h.symbol = *id;
        oi.h.venue = Venue::Okx;
        oi.h.exchangeTime = time;
        oi.h.receiveTime = f.receiveTime;
        events.emplace_back(oi);
    }
    for (MarketEvent& e : events)
        out.push_back(std::move(e));
    return ParseResult::events(events.size());
}

ParseResult readServerTime(const feed::Frame& f, TimeMs& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array data;
    if (std::string e = dataArray(parser, f, data); !e.empty())
        return ParseResult::fail(f, "time: " + e);
    simdjson::dom::object o;
    if (data.size() != 1 || data.at(0).get_object().get(o))
        return ParseResult::fail(f, "time: expected one object in 'data'");
    JsonFields j(o);
    const TimeMs t = j.i64("ts");
    if (!j.ok())
        return ParseResult::fail(f, "time: " + j.error());
    out = t;
    return ParseResult::events(0);
}

} // namespace perp::okx
