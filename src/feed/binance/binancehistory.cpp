// SPDX-License-Identifier: MIT
#include "binancehistory.h"

#include "feed/parse/jsonfields.h"

#include <cmath>
#include <simdjson.h>

namespace perp::binance {

using feed::JsonFields;
using feed::ParseResult;

namespace {

EventHeader headerFor(std::string_view name, TimeMs time, TimeUs receive)
{
    EventHeader h;
    h.symbol = internSymbol(name);
    h.venue = Venue::Binance;
    h.exchangeTime = time;
    h.receiveTime = receive;
    return h;
}

// Calls read(fields, index) for each element of the top-level array; read returns an
// error text or "" and appends its event. Nothing is appended when one element fails.
template <typename Read>
ParseResult eachObject(const feed::Frame& f, std::string_view what, std::vector<MarketEvent>& out, Read read)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (auto err = parser.parse(f.text.data(), f.text.size()).get(root))
        return ParseResult::fail(f, std::string(what) + ": not JSON: " + simdjson::error_message(err));
    simdjson::dom::array items;
    if (root.get_array().get(items)) {
        simdjson::dom::object o;
        if (!root.get_object().get(o)) {
            JsonFields e(o);
            if (e.has("code") && e.has("msg"))
                return ParseResult::fail(f,
                    std::string(what) + ": exchange error " + std::to_string(e.i64("code")) + ": "
                        + std::string(e.str("msg")));
        }
        return ParseResult::fail(f, std::string(what) + ": not a JSON array");
    }
    std::vector<MarketEvent> events;
    std::size_t index = 0;
    for (auto element : items) {
        simdjson::dom::object o;
        std::string error;
        if (element.get_object().get(o))
            error = "not an object";
        else {
            JsonFields j(o);
            error = read(j, events);
        }
        if (!error.empty())
            return ParseResult::fail(
                f, std::string(what) + ": element " + std::to_string(index) + ": " + error);
        ++index;
    }
    for (MarketEvent& e : events)
        out.push_back(std::move(e));
    return ParseResult::events(events.size());
}

} // namespace

ParseResult readOpenInterestHist(const feed::Frame& f, std::vector<MarketEvent>& out)
{
    return eachObject(f, "openInterestHist", out, [&](JsonFields& j, std::vector<MarketEvent>& events) {
        OpenInterest oi;
        const auto name = j.str("symbol");
        oi.openInterest = j.qty("sumOpenInterest");
        const TimeMs time = j.i64("timestamp");
        if (!j.ok())
            return j.error();
        if (oi.openInterest.raw < 0 || time <= 0)
            return std::string("negative open interest or no time");
        oi.h = headerFor(name, time, f.receiveTime);
        events.emplace_back(oi);
        return std::string();
    });
}

ParseResult readFundingRates(const feed::Frame& f, std::vector<MarketEvent>& out)
{
    return eachObject(f, "fundingRate", out, [&](JsonFields& j, std::vector<MarketEvent>& events) {
        MarkFunding m;
        const auto name = j.str("symbol");
        m.fundingRate = j.f64("fundingRate");
        const TimeMs time = j.i64("fundingTime");
        if (!j.ok())
            return j.error();
        // Old entries carry "markPrice":"" (the field was added later).
        if (j.has("markPrice") && !j.str("markPrice").empty()) {
            m.markPrice = j.price("markPrice");
            if (!j.ok())
                return j.error();
        }
        if (!std::isfinite(m.fundingRate) || time <= 0)
            return std::string("non-finite rate or no time");
        m.h = headerFor(name, time, f.receiveTime);
        events.emplace_back(m);
        return std::string();
    });
}

ParseResult readRatios(
    const feed::Frame& f, MetricKind kind, std::string_view symbol, std::vector<MarketEvent>& out)
{
    const bool taker = kind == MetricKind::TakerBuySellVolumeRatio;
    const std::string what = ratioPath(kind);
    return eachObject(f, what, out, [&](JsonFields& j, std::vector<MarketEvent>& events) {
        Metric m;
        m.kind = kind;
        const std::string_view name = j.has("symbol") ? j.str("symbol") : symbol;
        m.value = j.f64(taker ? "buySellRatio" : "longShortRatio");
        const TimeMs time = j.i64("timestamp");
        if (!j.ok())
            return j.error();
        if (!(m.value >= 0) || !std::isfinite(m.value) || time <= 0 || name.empty())
            return std::string("negative or non-finite ratio, no time or no symbol");
        m.h = headerFor(name, time, f.receiveTime);
        events.emplace_back(m);
        return std::string();
    });
}

const char* ratioPath(MetricKind kind)
{
    switch (kind) {
    case MetricKind::GlobalLongShortAccountRatio:
        return "/futures/data/globalLongShortAccountRatio";
    case MetricKind::TopTraderLongShortPositionRatio:
        return "/futures/data/topLongShortPositionRatio";
    case MetricKind::TopTraderLongShortAccountRatio:
        return "/futures/data/topLongShortAccountRatio";
    case MetricKind::TakerBuySellVolumeRatio:
        return "/futures/data/takerlongshortRatio";
    }
    return "";
}

} // namespace perp::binance
