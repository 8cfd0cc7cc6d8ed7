// SPDX-License-Identifier: MIT
#include "binanceencoder.h"

#include <cctype>
#include <cstdio>

namespace perp::mockex {

namespace {
constexpr std::size_t kMaxTradesKept = 500'000;

std::string num(std::int64_t v)
{
    return std::to_string(v);
}
std::string quoted(const std::string& s)
{
    return "\"" + s + "\"";
}
std::string rate(double r)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.8f", r);
    return buf;
}
} // namespace

std::string lowerSymbol(SymbolId id)
{
    auto s = symbolName(id);
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

BinanceEncoder::PerSymbol& BinanceEncoder::state(SymbolId id)
{
    return m_symbols[id];
}

const std::deque<AggTradeRecord>& BinanceEncoder::aggTrades(SymbolId id) const
{
    static const std::deque<AggTradeRecord> none;
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? none : it->second.trades;
}

std::vector<StreamFrame> BinanceEncoder::encode(const MarketEvent& event)
{
    std::vector<StreamFrame> out;
    const auto& h = header(event);
    const std::string sym = symbolName(h.symbol);
    const std::string lower = lowerSymbol(h.symbol);
    auto& s = state(h.symbol);
    if (const auto* t = std::get_if<Trade>(&event)) {
        AggTradeRecord r {s.trades.empty() ? 1 : s.trades.back().id + 1, t->price, t->qty, h.exchangeTime,
            t->takerSide == Side::Sell};
        s.trades.push_back(r);
        if (s.trades.size() > kMaxTradesKept)
            s.trades.pop_front();
        Trade copy = *t;
        copy.id = r.id;
        copy.h.venue = Venue::Binance;
        s.candles.addTrade(copy);
        out.push_back({lower + "@aggTrade",
            "{\"e\":\"aggTrade\",\"E\":" + num(h.exchangeTime) + ",\"s\":" + quoted(sym)
                + ",\"a\":" + num(r.id) + ",\"p\":" + quoted(t->price.toString())
                + ",\"q\":" + quoted(t->qty.toString()) + ",\"f\":" + num(r.id) + ",\"l\":" + num(r.id)
                + ",\"T\":" + num(h.exchangeTime) + ",\"m\":" + (r.buyerMaker ? "true" : "false") + "}",
            r.id});
    } else if (const auto* m = std::get_if<MarkFunding>(&event)) {
        s.mark = *m;
        out.push_back({lower + "@markPrice@1s",
            "{\"e\":\"markPriceUpdate\",\"E\":" + num(h.exchangeTime) + ",\"s\":" + quoted(sym)
                + ",\"p\":" + quoted(m->markPrice.toString()) + ",\"i\":" + quoted(m->indexPrice.toString())
                + ",\"P\":" + quoted(m->indexPrice.toString()) + ",\"r\":" + quoted(rate(m->fundingRate))
                + ",\"T\":" + num(m->nextFundingTime) + "}"});
    } else if (const auto* l = std::get_if<Liquidation>(&event)) {
        const std::string side = l->liquidated == PositionSide::Long ? "SELL" : "BUY";
        const std::string payload = "{\"e\":\"forceOrder\",\"E\":" + num(h.exchangeTime)
            + ",\"o\":{\"s\":" + quoted(sym) + ",\"S\":" + quoted(side)
            + ",\"o\":\"LIMIT\",\"f\":\"IOC\",\"q\":" + quoted(l->qty.toString())
            + ",\"p\":" + quoted(l->price.toString()) + ",\"ap\":" + quoted(l->price.toString())
            + ",\"X\":\"FILLED\",\"l\":" + quoted(l->qty.toString()) + ",\"z\":" + quoted(l->qty.toString())
            + ",\"T\":" + num(h.exchangeTime) + "}}";
        out.push_back({lower + "@forceOrder", payload});
        out.push_back({"!forceOrder@arr", payload});
    } else if (const auto* b = std::get_if<BookUpdate>(&event); b && b->kind == BookKind::TopOfBook) {
        s.top = *b;
        ++s.bookUpdateId;
        if (!b->bids.empty() && !b->asks.empty())
            out.push_back({lower + "@bookTicker", bookTickerJson(h.symbol)});
    }
    return out;
}

std::string BinanceEncoder::bookTickerJson(SymbolId id) const
{
    auto it = m_symbols.find(id);
    if (it == m_symbols.end() || it->second.top.bids.empty() || it->second.top.asks.empty())
        return "{}";
    const auto& s = it->second;
    const auto& b = s.top.bids.front();
    const auto& a = s.top.asks.front();
    return "{\"e\":\"bookTicker\",\"u\":" + num(s.bookUpdateId) + ",\"s\":" + quoted(symbolName(id))
        + ",\"b\":" + quoted(b.price.toString()) + ",\"B\":" + quoted(b.qty.toString())
        + ",\"a\":" + quoted(a.price.toString()) + ",\"A\":" + quoted(a.qty.toString())
        + ",\"T\":" + num(s.top.h.exchangeTime) + ",\"E\":" + num(s.top.h.exchangeTime) + "}";
}

std::string BinanceEncoder::aggTradesJson(SymbolId id, std::int64_t fromId, int limit) const
{
    const auto& trades = aggTrades(id);
    std::string out = "[";
    std::size_t start = 0;
    if (fromId < 0)
        start = trades.size() > static_cast<std::size_t>(limit)
            ? trades.size() - static_cast<std::size_t>(limit)
            : 0;
    else if (!trades.empty() && fromId > trades.front().id)
        start = static_cast<std::size_t>(fromId - trades.front().id);
    int n = 0;
    for (std::size_t i = start; i < trades.size() && n < limit; ++i, ++n) {
        const auto& r = trades[i];
        if (n > 0)
            out += ',';
        out += "{\"a\":" + num(r.id) + ",\"p\":" + quoted(r.price.toString())
            + ",\"q\":" + quoted(r.qty.toString()) + ",\"f\":" + num(r.id) + ",\"l\":" + num(r.id)
            + ",\"T\":" + num(r.time) + ",\"m\":" + (r.buyerMaker ? "true" : "false") + "}";
    }
    return out + "]";
}

std::string BinanceEncoder::klinesJson(SymbolId id, Timeframe tf, int limit) const
{
    std::string out = "[";
    auto it = m_symbols.find(id);
    if (it != m_symbols.end()) {
        const auto& c = it->second.candles.series(tf).candles();
        const std::size_t start
            = c.size() > static_cast<std::size_t>(limit) ? c.size() - static_cast<std::size_t>(limit) : 0;
        for (std::size_t i = start; i < c.size(); ++i) {
            const auto& k = c[i];
            if (i > start)
                out += ',';
            const double quote = k.volume.toDouble() * k.close.toDouble();
            out += "[" + num(k.openTime) + "," + quoted(k.open.toString()) + "," + quoted(k.high.toString())
                + "," + quoted(k.low.toString()) + "," + quoted(k.close.toString()) + ","
                + quoted(k.volume.toString()) + "," + num(k.openTime + timeframeMs(tf) - 1) + ","
                + quoted(rate(quote)) + "," + num(k.trades) + "," + quoted(k.buyVolume.toString()) + ","
                + quoted(rate(k.buyVolume.toDouble() * k.close.toDouble())) + ",\"0\"]";
        }
    }
    return out + "]";
}

std::string BinanceEncoder::premiumIndexJson(SymbolId id, TimeMs now) const
{
    MarkFunding m;
    if (auto it = m_symbols.find(id); it != m_symbols.end())
        m = it->second.mark;
    return "{\"symbol\":" + quoted(symbolName(id)) + ",\"markPrice\":" + quoted(m.markPrice.toString())
        + ",\"indexPrice\":" + quoted(m.indexPrice.toString()) + ",\"estimatedSettlePrice\":"
        + quoted(m.indexPrice.toString()) + ",\"lastFundingRate\":" + quoted(rate(m.fundingRate))
        + ",\"interestRate\":\"0.00010000\",\"nextFundingTime\":" + num(m.nextFundingTime)
        + ",\"time\":" + num(now) + "}";
}

std::string BinanceEncoder::openInterestJson(SymbolId id, double openInterest, TimeMs now) const
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.3f", openInterest);
    return "{\"openInterest\":" + quoted(buf) + ",\"symbol\":" + quoted(symbolName(id))
        + ",\"time\":" + num(now) + "}";
}

} // namespace perp::mockex
