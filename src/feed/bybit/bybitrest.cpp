// SPDX-License-Identifier: MIT
#include "bybitrest.h"

#include "bybitparser.h"
#include "feed/parse/jsonfields.h"

#include <algorithm>
#include <simdjson.h>

namespace perp::bybit {

using feed::JsonFields;
using feed::ParseResult;

namespace {

// The result list of a v5 answer, or an error.
std::string resultList(
    simdjson::dom::parser& parser, const feed::Frame& f, simdjson::dom::array& list, std::string& symbol)
{
    simdjson::dom::object root;
    if (auto err = parser.parse(f.text.data(), f.text.size()).get_object().get(root))
        return std::string("not a JSON object: ") + simdjson::error_message(err);
    JsonFields j(root);
    const std::int64_t code = j.i64("retCode");
    if (!j.ok())
        return j.error();
    if (code != 0)
        return "retCode " + std::to_string(code) + ": " + std::string(j.str("retMsg"));
    JsonFields r(j.object("result"));
    if (!j.ok())
        return j.error();
    list = r.array("list");
    if (r.has("symbol"))
        symbol = std::string(r.str("symbol"));
    return r.ok() ? std::string() : r.error();
}

} // namespace

ParseResult readRecentTrades(const feed::Frame& f, std::vector<MarketEvent>& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array list;
    std::string ignored;
    if (std::string e = resultList(parser, f, list, ignored); !e.empty())
        return ParseResult::fail(f, "recent-trade: " + e);
    std::vector<MarketEvent> trades;
    std::size_t index = 0;
    for (auto item : list) {
        simdjson::dom::object o;
        if (item.get_object().get(o))
            return ParseResult::fail(
                f, "recent-trade: element " + std::to_string(index) + " is not an object");
        JsonFields t(o);
        Trade tr;
        const auto side = t.str("side");
        tr.price = t.price("price");
        tr.qty = t.qty("size");
        tr.id = tradeIdFromText(t.str("execId"));
        const TimeMs time = t.i64("time");
        const auto name = t.str("symbol");
        if (!t.ok() || (side != "Buy" && side != "Sell") || tr.price.raw <= 0 || tr.qty.raw <= 0)
            return ParseResult::fail(f,
                "recent-trade: malformed element " + std::to_string(index)
                    + (t.ok() ? "" : ": " + t.error()));
        tr.takerSide = side == "Buy" ? Side::Buy : Side::Sell;
        tr.h.symbol = internSymbol(name);
        tr.h.venue = Venue::Bybit;
        tr.h.exchangeTime = time;
        tr.h.receiveTime = f.receiveTime;
        trades.emplace_back(tr);
        ++index;
    }
    std::reverse(trades.begin(), trades.end()); // the list is newest first
    for (MarketEvent& e : trades)
        out.push_back(std::move(e));
    return ParseResult::events(trades.size());
}

ParseResult readKlines(const feed::Frame& f, std::vector<Candle>& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array list;
    std::string ignored;
    if (std::string e = resultList(parser, f, list, ignored); !e.empty())
        return ParseResult::fail(f, "kline: " + e);
    std::vector<Candle> candles;
    std::size_t index = 0;
    for (auto item : list) {
        simdjson::dom::array row;
        std::string_view cells[6];
        bool ok = !item.get_array().get(row) && row.size() >= 6;
        for (std::size_t i = 0; ok && i < 6; ++i)
            ok = !row.at(i).get_string().get(cells[i]);
        Candle c;
        std::int64_t open = 0;
        const auto o = ok ? Price::parse(cells[1]) : std::nullopt;
        const auto h = ok ? Price::parse(cells[2]) : std::nullopt;
        const auto l = ok ? Price::parse(cells[3]) : std::nullopt;
        const auto cl = ok ? Price::parse(cells[4]) : std::nullopt;
        const auto v = ok ? Qty::parse(cells[5]) : std::nullopt;
        if (!ok || !feed::parseInt64(cells[0], open) || !o || !h || !l || !cl || !v || *h < *l)
            return ParseResult::fail(f, "kline: malformed row " + std::to_string(index));
        c.openTime = open;
        c.open = *o;
        c.high = *h;
        c.low = *l;
        c.close = *cl;
        c.volume = *v; // Bybit klines carry no taker split
        candles.push_back(c);
        ++index;
    }
    std::reverse(candles.begin(), candles.end());
    out.insert(out.end(), candles.begin(), candles.end());
    return ParseResult::events(candles.size());
}

ParseResult readRiskLimits(
    const feed::Frame& f, std::map<std::string, std::vector<MarginTier>>& out, std::string& nextCursor)
{
    simdjson::dom::parser parser;
    simdjson::dom::object root;
    if (auto err = parser.parse(f.text.data(), f.text.size()).get_object().get(root))
        return ParseResult::fail(
            f, std::string("risk-limit: not a JSON object: ") + simdjson::error_message(err));
    JsonFields j(root);
    const std::int64_t code = j.i64("retCode");
    if (j.ok() && code != 0)
        return ParseResult::fail(
            f, "risk-limit: retCode " + std::to_string(code) + ": " + std::string(j.str("retMsg")));
    JsonFields r(j.object("result"));
    if (!j.ok())
        return ParseResult::fail(f, "risk-limit: " + j.error());
    const simdjson::dom::array list = r.array("list");
    nextCursor = r.has("nextPageCursor") ? std::string(r.str("nextPageCursor")) : std::string();
    if (!r.ok())
        return ParseResult::fail(f, "risk-limit: " + r.error());
    std::vector<std::pair<std::string, MarginTier>> rows;
    std::size_t index = 0;
    for (auto item : list) {
        simdjson::dom::object o;
        if (item.get_object().get(o))
            return ParseResult::fail(f, "risk-limit: element " + std::to_string(index) + " is not an object");
        JsonFields t(o);
        MarginTier tier {};
        const auto name = t.str("symbol");
        tier.notionalCap = t.f64("riskLimitValue");
        tier.mmr = t.f64("maintenanceMargin");
        tier.maxLeverage = t.f64("maxLeverage");
        const std::string_view deduction
            = t.has("mmDeduction") ? t.str("mmDeduction") : std::string_view("0");
        if (t.ok() && !deduction.empty() && !feed::parseDouble(deduction, tier.cum))
            return ParseResult::fail(
                f, "risk-limit: element " + std::to_string(index) + ": mmDeduction is not a number");
        if (!t.ok() || name.empty() || !(tier.notionalCap > 0) || !(tier.mmr > 0 && tier.mmr < 1)
            || !(tier.maxLeverage >= 1) || !(tier.cum >= 0))
            return ParseResult::fail(f,
                "risk-limit: malformed element " + std::to_string(index) + (t.ok() ? "" : ": " + t.error()));
        rows.emplace_back(std::string(name), tier);
        ++index;
    }
    for (auto& [name, tier] : rows)
        out[name].push_back(tier);
    return ParseResult::events(rows.size());
}

void sortTiers(std::map<std::string, std::vector<MarginTier>>& tiers)
{
    for (auto it = tiers.begin(); it != tiers.end();) {
        auto& v = it->second;
        std::sort(v.begin(), v.end(),
            [](const MarginTier& a, const MarginTier& b) { return a.notionalCap < b.notionalCap; });
        const bool repeated
            = std::adjacent_find(v.begin(), v.end(),
                  [](const MarginTier& a, const MarginTier& b) { return a.notionalCap == b.notionalCap; })
            != v.end();
        it = repeated ? tiers.erase(it) : std::next(it);
    }
}

} // namespace perp::bybit
