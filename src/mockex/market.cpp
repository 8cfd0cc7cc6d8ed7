// SPDX-License-Identifier: MIT
#include "market.h"

namespace perp::mockex {

namespace {
constexpr TimeMs kFundingMs = 8 * kHourMs;
constexpr TimeMs kOiPeriodMs = 5 * kMinuteMs;
} // namespace

Market::Market(std::uint64_t seed, std::vector<SymbolId> symbols)
    : m_seed(seed)
{
    for (SymbolId id : symbols)
        symbol(id);
}

SymbolMarket* Market::find(SymbolId id)
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second;
}

SymbolMarket& Market::symbol(SymbolId id)
{
    auto it = m_symbols.find(id);
    if (it != m_symbols.end())
        return it->second;
    SymbolMarket& s = m_symbols[id];
    s.id = id;
    const SymbolInfo& info = symbolInfo(id);
    // Ids start at a different, seed-dependent point per symbol, like a real venue's.
    s.firstTradeId = 100'000 + static_cast<std::int64_t>((m_seed * 7919 + id * 104'729) % 900'000);
    s.book = std::make_unique<OrderBook>(m_seed * 1'000'003 + id, info.tickSize, info.qtyStep);
    s.mark = Price::fromDouble(info.referencePrice);
    s.index = s.mark;
    m_order.push_back(id);
    return s;
}

const SentTrade& Market::addTrade(const Trade& t)
{
    SymbolMarket& s = symbol(t.h.symbol);
    advanceTo(t.h.exchangeTime);
    SentTrade st;
    st.id = s.firstTradeId + static_cast<std::int64_t>(s.trades.size());
    st.time = t.h.exchangeTime;
    st.price = t.price;
    st.qty = t.qty;
    st.taker = t.takerSide;
    s.volume += t.qty;
    if (t.takerSide == Side::Buy)
        s.buyVolume += t.qty;
    const TimeMs open = floorTo(st.time, kMinuteMs);
    auto [it, fresh] = s.klines.try_emplace(open);
    Candle& c = it->second;
    if (fresh) {
        c.openTime = open;
        c.open = c.high = c.low = t.price;
    }
    c.high = std::max(c.high, t.price);
    c.low = std::min(c.low, t.price);
    c.close = t.price;
    c.volume += t.qty;
    (t.takerSide == Side::Buy ? c.buyVolume : c.sellVolume) += t.qty;
    c.trades++;
    s.klineChanged = true;
    s.book->moveTo(t.price);
    ++m_totalTrades;
    s.trades.push_back(st);
    return s.trades.back();
}

void Market::apply(const MarkFunding& m)
{
    SymbolMarket& s = symbol(m.h.symbol);
    advanceTo(m.h.exchangeTime);
    s.mark = m.markPrice;
    s.index = m.indexPrice;
    s.fundingRate = m.fundingRate;
    if (m.nextFundingTime > 0)
        s.nextFunding = m.nextFundingTime;
    s.tickerChanged = true;
}

void Market::apply(const OpenInterest& oi)
{
    SymbolMarket& s = symbol(oi.h.symbol);
    advanceTo(oi.h.exchangeTime);
    s.openInterest = oi.openInterest;
    s.tickerChanged = true;
}

void Market::advanceTo(TimeMs t)
{
    if (t <= m_now)
        return;
    const TimeMs prev = m_now;
    m_now = t;
    if (prev == 0)
        return;
    for (auto& [id, s] : m_symbols) {
        if (s.nextFunding == 0)
            s.nextFunding = floorTo(t, kFundingMs) + kFundingMs;
        while (s.nextFunding <= t) {
            s.funding.push_back({s.nextFunding, s.fundingRate, s.mark});
            s.nextFunding += kFundingMs;
        }
        for (TimeMs p = floorTo(prev, kOiPeriodMs) + kOiPeriodMs; p <= t; p += kOiPeriodMs) {
            s.oiHistory.push_back({p, s.openInterest, s.mark});
            if (m_positioning)
                if (const auto pos = m_positioning(id))
                    s.positioning.push_back({p, *pos});
        }
    }
}

} // namespace perp::mockex
