// SPDX-License-Identifier: MIT
#include "binancerest.h"

#include "feed/parse/jsonfields.h"

#include <simdjson.h>

namespace perp::binance {

using feed::ParseResult;

namespace {

template <typename T> bool decimalAt(simdjson::dom::array row, std::size_t i, T& out)
{
    std::string_view text;
    if (row.at(i).get_string().get(text))
        return false;
    const auto v = T::parse(text);
    if (!v)
        return false;
    out = *v;
    return true;
}

} // namespace

ParseResult readKlines(const feed::Frame& f, std::vector<Candle>& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array rows;
    if (auto err = parser.parse(f.text.data(), f.text.size()).get_array().get(rows))
        return ParseResult::fail(f, std::string("klines: not a JSON array: ") + simdjson::error_message(err));
    const std::size_t start = out.size();
    std::size_t index = 0;
    for (auto element : rows) {
        simdjson::dom::array row;
        Candle c;
        std::int64_t open = 0;
        std::int64_t count = 0;
        Qty takerBuy;
        const bool ok = !element.get_array().get(row) && row.size() >= 11 && !row.at(0).get_int64().get(open)
            && decimalAt(row, 1, c.open) && decimalAt(row, 2, c.high) && decimalAt(row, 3, c.low)
            && decimalAt(row, 4, c.close) && decimalAt(row, 5, c.volume) && !row.at(8).get_int64().get(count)
            && decimalAt(row, 9, takerBuy);
        if (!ok || count < 0 || c.high < c.low) {
            out.resize(start);
            return ParseResult::fail(f, "klines: malformed row " + std::to_string(index));
        }
        c.openTime = open;
        c.trades = static_cast<std::uint32_t>(count);
        c.buyVolume = takerBuy;
        c.sellVolume = c.volume - takerBuy;
        out.push_back(c);
        ++index;
    }
    return ParseResult::events(out.size() - start);
}

ParseResult aggTradesAsPayloads(const feed::Frame& f, std::string_view symbol, std::vector<std::string>& out)
{
    simdjson::dom::parser parser;
    simdjson::dom::array items;
    if (auto err = parser.parse(f.text.data(), f.text.size()).get_array().get(items))
        return ParseResult::fail(
            f, std::string("aggTrades: not a JSON array: ") + simdjson::error_message(err));
    const std::size_t start = out.size();
    std::size_t index = 0;
    for (auto element : items) {
        simdjson::dom::object o;
        if (element.get_object().get(o) || o.size() == 0) {
            out.resize(start);
            return ParseResult::fail(f, "aggTrades: element " + std::to_string(index) + " is not an object");
        }
        const std::string body = simdjson::minify(o);
        out.push_back("{\"e\":\"aggTrade\",\"s\":\"" + std::string(symbol) + "\"," + body.substr(1));
        ++index;
    }
    return ParseResult::events(out.size() - start);
}

} // namespace perp::binance
