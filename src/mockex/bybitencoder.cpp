// SPDX-License-Identifier: MIT
#include "bybitencoder.h"

#include <cstdio>

namespace perp::mockex {

namespace {
constexpr std::size_t kMaxTradesKept = 200'000;

std::string q(const std::string& s)
{
    return "\"" + s + "\"";
}
std::string uuidFor(SymbolId id, std::uint64_t n)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012llx", static_cast<unsigned>(id),
        static_cast<unsigned long long>(n));
    return buf;
}
std::string rate(double r)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.8f", r);
    return buf;
}
} // namespace

const std::deque<BybitTradeRecord>& BybitEncoder::trades(SymbolId id) const
{
    static const std::deque<BybitTradeRecord> none;
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? none : it->second.trades;
}

std::vector<TopicFrame> BybitEncoder::encode(const MarketEvent& event)
{
    std::vector<TopicFrame> out;
    const auto& h = header(event);
    const std::string sym = symbolName(h.symbol);
    const std::string ts = std::to_string(h.exchangeTime);
    auto& s = m_symbols[h.symbol];
    if (const auto* t = std::get_if<Trade>(&event)) {
        BybitTradeRecord r {
            uuidFor(h.symbol, s.next++), t->price, t->qty, h.exchangeTime, t->takerSide == Side::Buy};
        s.trades.push_back(r);
        if (s.trades.size() > kMaxTradesKept)
            s.trades.pop_front();
        const std::string topic = "publicTrade." + sym;
        out.push_back({topic,
            "{\"topic\":" + q(topic) + ",\"type\":\"snapshot\",\"ts\":" + ts + ",\"data\":[{\"T\":" + ts
                + ",\"s\":" + q(sym) + ",\"S\":" + (r.buy ? "\"Buy\"" : "\"Sell\"") + ",\"v\":"
                + q(r.qty.toString()) + ",\"p\":" + q(r.price.toString()) + ",\"L\":\"ZeroPlusTick\",\"i\":"
                + q(r.execId) + ",\"BT\":false,\"seq\":" + std::to_string(s.next) + "}]}"});
    } else if (const auto* l = std::get_if<Liquidation>(&event)) {
        const std::string topic = "allLiquidation." + sym;
        // S is the position side: Buy = a long was liquidated.
        out.push_back({topic,
            "{\"topic\":" + q(topic) + ",\"type\":\"snapshot\",\"ts\":" + ts + ",\"data\":[{\"T\":" + ts
                + ",\"s\":" + q(sym)
                + ",\"S\":" + (l->liquidated == PositionSide::Long ? "\"Buy\"" : "\"Sell\"")
                + ",\"v\":" + q(l->qty.toString()) + ",\"p\":" + q(l->price.toString()) + "}]}"});
    } else if (const auto* m = std::get_if<MarkFunding>(&event)) {
        s.mark = *m;
        const std::string topic = "tickers." + sym;
        out.push_back({topic,
            "{\"topic\":" + q(topic) + ",\"type\":\"delta\",\"data\":{\"symbol\":" + q(sym)
                + ",\"markPrice\":" + q(m->markPrice.toString()) + ",\"indexPrice\":"
                + q(m->indexPrice.toString()) + ",\"fundingRate\":" + q(rate(m->fundingRate))
                + ",\"nextFundingTime\":" + q(std::to_string(m->nextFundingTime)) + "},\"cs\":1,\"ts\":" + ts
                + "}"});
    }
    return out;
}

std::string BybitEncoder::tickerSnapshot(SymbolId id) const
{
    MarkFunding m;
    if (auto it = m_symbols.find(id); it != m_symbols.end())
        m = it->second.mark;
    const std::string sym = symbolName(id);
    return "{\"topic\":\"tickers." + sym + "\",\"type\":\"snapshot\",\"data\":{\"symbol\":" + q(sym)
        + ",\"markPrice\":" + q(m.markPrice.toString()) + ",\"indexPrice\":" + q(m.indexPrice.toString())
        + ",\"fundingRate\":" + q(rate(m.fundingRate))
        + ",\"nextFundingTime\":" + q(std::to_string(m.nextFundingTime))
        + "},\"cs\":1,\"ts\":" + std::to_string(m.h.exchangeTime) + "}";
}

std::string BybitEncoder::recentTradesJson(SymbolId id, int limit) const
{
    const auto& t = trades(id);
    std::string list;
    int n = 0;
    for (auto it = t.rbegin(); it != t.rend() && n < limit; ++it, ++n) {
        if (n > 0)
            list += ',';
        list += "{\"execId\":" + q(it->execId) + ",\"symbol\":" + q(symbolName(id))
            + ",\"price\":" + q(it->price.toString()) + ",\"size\":" + q(it->qty.toString())
            + ",\"side\":" + (it->buy ? "\"Buy\"" : "\"Sell\"") + ",\"time\":" + q(std::to_string(it->time))
            + ",\"isBlockTrade\":false}";
    }
    return "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"category\":\"linear\",\"list\":[" + list
        + "]},\"retExtInfo\":{},\"time\":0}";
}

} // namespace perp::mockex
