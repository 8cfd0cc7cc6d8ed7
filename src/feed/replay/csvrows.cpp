// SPDX-License-Identifier: MIT
// Row decoding of CsvDecoder, one block per kind; column numbers follow the
// expected-name lists in csvdecoder.cpp.
#include "csvdecoder.h"

#include "datetime.h"
#include "feed/parse/jsonfields.h"

namespace perp::replay {

using feed::Frame;
using feed::ParseResult;

namespace {

EventHeader header(SymbolId id, Venue venue, TimeMs t)
{
    EventHeader h;
    h.symbol = id;
    h.venue = venue;
    h.exchangeTime = t;
    h.receiveTime = t * 1000; // files carry no receive time: replay paces by exchange time
    return h;
}

// Collects the first failure while a row is read.
struct RowReader
{
    std::string bad;

    template <typename F> F decimal(std::string_view text, const char* what)
    {
        if (auto v = F::parse(text))
            return *v;
        double d = 0;
        if (feed::parseDouble(text, d)) // e.g. "1e-05"
            if (auto v = feed::fixedFromDouble<F>(d))
                return *v;
        fail(what, text);
        return {};
    }
    double number(std::string_view text, const char* what)
    {
        double d = 0;
        if (!feed::parseDouble(text, d))
            fail(what, text);
        return d;
    }
    // ms (or us, then divided) epoch numbers, or date-time text
    TimeMs time(std::string_view text, const char* what)
    {
        std::int64_t n = 0;
        if (feed::parseInt64(text, n)) {
            if (auto us = parseTimestampUs(text))
                return *us / 1000;
        }
        if (auto t = parseUtcDateTime(text))
            return *t;
        fail(what, text);
        return 0;
    }
    std::int64_t integer(std::string_view text, const char* what)
    {
        std::int64_t n = 0;
        if (!feed::parseInt64(text, n))
            fail(what, text);
        return n;
    }
    bool flag(std::string_view text, const char* what)
    {
        if (text == "true" || text == "True" || text == "TRUE" || text == "1")
            return true;
        if (text != "false" && text != "False" && text != "FALSE" && text != "0")
            fail(what, text);
        return false;
    }
    void fail(const char* what, std::string_view text)
    {
        if (bad.empty())
            bad = std::string("bad ") + what + " '" + std::string(text.substr(0, 40)) + "'";
    }
};

std::optional<Venue> venueNamed(std::string_view s)
{
    if (s == "binance")
        return Venue::Binance;
    if (s == "bybit")
        return Venue::Bybit;
    if (s == "okx")
        return Venue::Okx;
    return std::nullopt;
}

} // namespace

ParseResult CsvDecoder::decodeRow(const Frame& line, const std::vector<std::string_view>& f, ReplayChunk& out)
{
    RowReader r;
    const auto c = [&](int i) { return col(f, i); };
    const auto done = [&](std::size_t events, std::size_t klines) {
        if (!r.bad.empty()) {
            out.events.resize(out.events.size() - events);
            out.klines.resize(out.klines.size() - klines);
            return ParseResult::fail(line, r.bad);
        }
        return ParseResult::events(events + klines);
    };
    const auto positive = [&](auto v, const char* what) {
        if (v.raw <= 0 && r.bad.empty())
            r.bad = std::string(what) + " must be positive";
    };
    switch (m_kind) {
    case CsvKind::AggTrades:
    case CsvKind::Trades: {
        const bool agg = m_kind == CsvKind::AggTrades;
        Trade t;
        t.id = r.integer(c(0), "trade id");
        t.price = r.decimal<Price>(c(1), "price");
        t.qty = r.decimal<Qty>(c(2), "quantity");
        t.takerSide = r.flag(c(agg ? 6 : 5), "is_buyer_maker") ? Side::Sell : Side::Buy;
        t.h = header(m_symbolId, Venue::Binance, r.time(c(agg ? 5 : 4), "time"));
        positive(t.price, "price");
        positive(t.qty, "quantity");
        out.events.emplace_back(t);
        return done(1, 0);
    }
    case CsvKind::Klines:
    case CsvKind::Ohlcv: {
        Kline k;
        k.symbol = m_symbolId;
        k.venue = m_kind == CsvKind::Klines ? Venue::Binance : Venue::Replay;
        k.candle.openTime = r.time(c(0), "open time");
        k.candle.open = r.decimal<Price>(c(1), "open");
        k.candle.high = r.decimal<Price>(c(2), "high");
        k.candle.low = r.decimal<Price>(c(3), "low");
        k.candle.close = r.decimal<Price>(c(4), "close");
        k.candle.volume = r.decimal<Qty>(c(5), "volume");
        k.intervalMs = m_intervalMs;
        if (m_kind == CsvKind::Klines) {
            const TimeMs close = r.time(c(6), "close time");
            if (r.bad.empty() && close > k.candle.openTime)
                k.intervalMs = close - k.candle.openTime + 1;
            k.candle.trades = static_cast<std::uint32_t>(r.integer(c(8), "count"));
            k.candle.buyVolume = r.decimal<Qty>(c(9), "taker buy volume");
            k.candle.sellVolume = k.candle.volume - k.candle.buyVolume;
        }
        if (r.bad.empty()
            && (k.candle.low > k.candle.high || k.candle.open > k.candle.high
                || k.candle.close > k.candle.high || k.candle.open < k.candle.low
                || k.candle.close < k.candle.low))
            r.bad = "inconsistent OHLC (low/high do not bound open/close)";
        out.klines.push_back(k);
        return done(0, 1);
    }
    case CsvKind::Metrics: {
        const SymbolId id = internSymbol(c(1));
        const TimeMs t = r.time(c(0), "create_time");
        OpenInterest oi;
        oi.h = header(id, Venue::Binance, t);
        oi.openInterest = r.decimal<Qty>(c(2), "sum_open_interest");
        out.events.emplace_back(oi);
        std::size_t n = 1;
        const std::pair<int, MetricKind> ratios[] = {{4, MetricKind::TopTraderLongShortAccountRatio},
            {5, MetricKind::TopTraderLongShortPositionRatio}, {6, MetricKind::GlobalLongShortAccountRatio},
            {7, MetricKind::TakerBuySellVolumeRatio}};
        for (const auto& [i, kind] : ratios) {
            if (c(i).empty())
                continue; // Binance leaves a ratio empty when it was not computed
            Metric m;
            m.h = oi.h;
            m.kind = kind;
            m.value = r.number(c(i), "ratio");
            out.events.emplace_back(m);
            ++n;
        }
        return done(n, 0);
    }
    case CsvKind::FundingRate: {
        MarkFunding m; // mark and index are not in this file (0 = not carried)
        m.h = header(m_symbolId, Venue::Binance, r.time(c(0), "calc_time"));
        r.integer(c(1), "funding_interval_hours");
        m.fundingRate = r.number(c(2), "funding rate");
        out.events.emplace_back(m);
        return done(1, 0);
    }
    case CsvKind::BookDepth: {
        r.time(c(0), "timestamp");
        r.number(c(1), "percentage");
        r.number(c(2), "depth");
        r.number(c(3), "notional");
        if (!r.bad.empty())
            return ParseResult::fail(line, r.bad);
        return ParseResult::skip(); // depth bands around mid have no core event yet
    }
    case CsvKind::LiquidationSnapshot:
    case CsvKind::ForceOrderLog:
    case CsvKind::LiqmapEvents: {
        Liquidation l;
        std::string_view side;
        Venue venue = Venue::Binance;
        SymbolId id = m_symbolId;
        TimeMs t = 0;
        if (m_kind == CsvKind::LiquidationSnapshot) {
            t = r.time(c(0), "time");
            side = c(1);
            l.price = r.decimal<Price>(c(6), "average_price");
            if (l.price.raw <= 0)
                l.price = r.decimal<Price>(c(5), "price");
            l.qty = r.decimal<Qty>(c(9), "accumulated_fill_quantity");
        } else if (m_kind == CsvKind::ForceOrderLog) {
            t = r.time(c(0), "timestamp");
            id = internSymbol(c(1));
            side = c(2);
            l.price = r.decimal<Price>(c(3), "avg_price");
            l.qty = r.decimal<Qty>(c(4), "filled_qty");
        } else {
            const auto v = venueNamed(c(0));
            if (!v)
                r.fail("exchange", c(0));
            venue = v.value_or(Venue::Replay);
            id = internSymbol(c(1));
            side = c(2) == "long" ? "SELL" : (c(2) == "short" ? "BUY" : c(2));
            l.qty = r.decimal<Qty>(c(3), "qty");
            l.price = r.decimal<Price>(c(4), "price");
            t = r.time(c(5), "event_ts");
        }
        // Binance forced-order side: SELL closes a long, BUY closes a short.
        if (side == "SELL")
            l.liquidated = PositionSide::Long;
        else if (side == "BUY")
            l.liquidated = PositionSide::Short;
        else
            r.fail("side", side);
        positive(l.price, "price");
        positive(l.qty, "quantity");
        l.h = header(id, venue, t);
        out.events.emplace_back(l);
        return done(1, 0);
    }
    case CsvKind::LiqmapMarketState: {
        const auto v = venueNamed(c(0));
        if (!v)
            r.fail("exchange", c(0));
        const auto h = header(internSymbol(c(1)), v.value_or(Venue::Replay), r.time(c(5), "updated_ts"));
        MarkFunding m;
        m.h = h;
        m.markPrice = r.decimal<Price>(c(2), "mark_price");
        m.fundingRate = r.number(c(4), "funding_rate");
        OpenInterest oi;
        oi.h = h;
        oi.openInterest = r.decimal<Qty>(c(3), "oi_qty");
        out.events.emplace_back(m);
        out.events.emplace_back(oi);
        return done(2, 0);
    }
    }
    return ParseResult::fail(line, "unsupported CSV kind");
}

} // namespace perp::replay
