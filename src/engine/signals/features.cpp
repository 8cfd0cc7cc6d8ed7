// SPDX-License-Identifier: MIT
#include "features.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace perp::sig {

namespace {
constexpr std::size_t kMaxBookLevels = 2000;
constexpr double kLargeTradeMultiple = 10.0; // a trade >= 10x the mean trade notional is "large"
constexpr std::uint64_t kLargeTradeWarmup = 50;

std::size_t inputIndex(std::uint32_t bit)
{
    return static_cast<std::size_t>(std::countr_zero(bit));
}
} // namespace

void LocalBook::apply(const BookUpdate& u)
{
    if (u.kind == BookKind::Snapshot) {
        m_bids.clear();
        m_asks.clear();
    }
    if (u.kind == BookKind::TopOfBook) {
        // The best level replaces whatever was better than or equal to it.
        if (!u.bids.empty())
            m_bids.erase(m_bids.begin(), m_bids.upper_bound(u.bids.front().price.raw));
        if (!u.asks.empty())
            m_asks.erase(m_asks.begin(), m_asks.upper_bound(u.asks.front().price.raw));
    }
    for (const auto& l : u.bids) {
        if (l.qty.raw <= 0)
            m_bids.erase(l.price.raw);
        else
            m_bids[l.price.raw] = l.qty.raw;
    }
    for (const auto& l : u.asks) {
        if (l.qty.raw <= 0)
            m_asks.erase(l.price.raw);
        else
            m_asks[l.price.raw] = l.qty.raw;
    }
    // A crossed book after a top-of-book update: drop the stale side's crossed levels.
    while (!m_bids.empty() && !m_asks.empty() && m_bids.begin()->first >= m_asks.begin()->first) {
        if (!u.bids.empty())
            m_asks.erase(m_asks.begin());
        else
            m_bids.erase(m_bids.begin());
    }
    trim();
}

void LocalBook::trim()
{
    while (m_bids.size() > kMaxBookLevels)
        m_bids.erase(std::prev(m_bids.end()));
    while (m_asks.size() > kMaxBookLevels)
        m_asks.erase(std::prev(m_asks.end()));
}

void LocalBook::measure(AuxBar& bar) const
{
    if (empty())
        return;
    const double bid = Price::fromRaw(m_bids.begin()->first).toDouble();
    const double ask = Price::fromRaw(m_asks.begin()->first).toDouble();
    const double mid = 0.5 * (bid + ask);
    if (mid <= 0)
        return;
    bar.spreadBps = (ask - bid) / mid * 1e4;
    auto side = [&](const auto& levels, double& topQty, double& depth, double& wall) {
        topQty = 0;
        depth = 0;
        double maxLevel = 0;
        int n = 0, inBand = 0;
        for (const auto& [rawPrice, rawQty] : levels) {
            const double p = Price::fromRaw(rawPrice).toDouble();
            const double q = Qty::fromRaw(rawQty).toDouble();
            if (n++ < 10)
                topQty += q;
            if (std::abs(p - mid) / mid > 0.01) {
                if (n >= 10)
                    break;
                continue;
            }
            depth += p * q;
            maxLevel = std::max(maxLevel, p * q);
            ++inBand;
        }
        wall = inBand > 0 && depth > 0 ? maxLevel / (depth / inBand) : kNaN;
    };
    double bidTop = 0, askTop = 0;
    side(m_bids, bidTop, bar.depthBid, bar.wallBid);
    side(m_asks, askTop, bar.depthAsk, bar.wallAsk);
    bar.obi = bidTop + askTop > 0 ? (bidTop - askTop) / (bidTop + askTop) : kNaN;
}

SymbolFeatures::SymbolFeatures(std::size_t capacityPerFrame)
    : m_capacity(std::max<std::size_t>(capacityPerFrame, 2))
{ }

AuxBar& SymbolFeatures::barAt(Frame f, TimeMs t)
{
    auto& bars = m_bars[static_cast<std::size_t>(f)];
    const TimeMs open = floorTo(t, frameMs(f));
    if (!bars.empty() && bars.back().openTime == open)
        return bars.back();
    auto it = std::upper_bound(
        bars.begin(), bars.end(), open, [](TimeMs x, const AuxBar& b) { return x < b.openTime; });
    if (it != bars.begin() && std::prev(it)->openTime == open)
        return *std::prev(it);
    if (it == bars.begin() && !bars.empty() && bars.size() >= m_capacity) {
        m_scratch = AuxBar {}; // older than everything kept: dropped
        return m_scratch;
    }
    AuxBar next;
    if (it != bars.begin()) {
        next = *std::prev(it); // carry the last known state forward, flows start at zero
        next.bigBuy = next.bigSell = next.liqLong = next.liqShort = 0;
        next.altBuy = next.altSell = next.primBuy = next.primSell = 0;
    }
    next.openTime = open;
    it = bars.insert(it, next);
    // Erasing the first element of a deque keeps iterators to the others valid; the new bar is
    // never the first one here when the deque is full.
    if (bars.size() > m_capacity)
        bars.pop_front();
    return *it;
}

template <typename Fn> void SymbolFeatures::touch(TimeMs t, Fn&& fn)
{
    for (auto f : kAllFrames)
        fn(barAt(f, t));
}

template <typename Fn> void SymbolFeatures::touchState(SymbolFeatures::StateField field, TimeMs t, Fn&& fn)
{
    const bool newest = t >= m_stateTime[field];
    if (newest)
        m_stateTime[field] = t;
    for (auto f : kAllFrames) {
        AuxBar& b = barAt(f, t);
        fn(b);
        if (!newest)
            continue;
        auto& bars = m_bars[static_cast<std::size_t>(f)];
        for (auto it = bars.rbegin(); it != bars.rend() && it->openTime > b.openTime; ++it)
            fn(*it);
    }
}

void SymbolFeatures::onTrade(const Trade& t)
{
    if (t.price.raw <= 0 || t.qty.raw <= 0) {
        ++m_rejected;
        return;
    }
    const double price = t.price.toDouble();
    const double notional = price * t.qty.toDouble();
    const int venue = static_cast<int>(t.h.venue);
    m_venueMask |= 1u << venue;
    if (m_primaryVenue < 0)
        m_primaryVenue = venue;
    const bool primary = venue == m_primaryVenue;
    const bool large = m_tradeCount >= kLargeTradeWarmup && notional >= kLargeTradeMultiple * m_meanNotional;
    ++m_tradeCount;
    m_meanNotional
        += (notional - m_meanNotional) / static_cast<double>(std::min<std::uint64_t>(m_tradeCount, 500));
    const bool buy = t.takerSide == Side::Buy;
    touch(t.h.exchangeTime, [&](AuxBar& b) {
        if (large)
            (buy ? b.bigBuy : b.bigSell) += notional;
        if (primary) {
            (buy ? b.primBuy : b.primSell) += notional;
            b.primPrice = price;
        } else {
            (buy ? b.altBuy : b.altSell) += notional;
            b.altPrice = price;
        }
    });
    m_lastPrice = price;
    m_last[inputIndex(InCandles)] = std::max(m_last[inputIndex(InCandles)], t.h.exchangeTime);
    m_last[inputIndex(InFlow)] = m_last[inputIndex(InCandles)];
    if (multiVenue() && !primary)
        m_last[inputIndex(InCrossVenue)] = std::max(m_last[inputIndex(InCrossVenue)], t.h.exchangeTime);
}

void SymbolFeatures::onLiquidation(const Liquidation& l)
{
    const double notional = l.price.toDouble() * l.qty.toDouble();
    touch(l.h.exchangeTime,
        [&](AuxBar& b) { (l.liquidated == PositionSide::Long ? b.liqLong : b.liqShort) += notional; });
    m_last[inputIndex(InLiquidations)] = std::max(m_last[inputIndex(InLiquidations)], l.h.exchangeTime);
}

void SymbolFeatures::onMarkFunding(const MarkFunding& m)
{
    const double mark = m.markPrice.toDouble();
    const double index = m.indexPrice.toDouble();
    touchState(StMark, m.h.exchangeTime, [&](AuxBar& b) {
        b.mark = mark;
        b.funding = m.fundingRate;
        b.premium = index > 0 ? (mark - index) / index : kNaN;
    });
    m_nextFunding = m.nextFundingTime;
    m_last[inputIndex(InMarkFunding)] = std::max(m_last[inputIndex(InMarkFunding)], m.h.exchangeTime);
}

void SymbolFeatures::onOpenInterest(const OpenInterest& o)
{
    const double oi = o.openInterest.toDouble();
    touchState(StOi, o.h.exchangeTime, [&](AuxBar& b) { b.oi = oi; });
    m_last[inputIndex(InOpenInterest)] = std::max(m_last[inputIndex(InOpenInterest)], o.h.exchangeTime);
}

void SymbolFeatures::onBook(const BookUpdate& b)
{
    m_book.apply(b);
    m_last[inputIndex(InBook)] = std::max(m_last[inputIndex(InBook)], b.h.exchangeTime);
}

void SymbolFeatures::sampleBook(TimeMs now)
{
    if (m_book.empty() || m_last[inputIndex(InBook)] == 0)
        return;
    touch(now, [&](AuxBar& b) { m_book.measure(b); });
}

void SymbolFeatures::onMetric(const Metric& m)
{
    if (!(m.value > 0) || !std::isfinite(m.value)) {
        ++m_rejected; // ratios are positive; anything else is bad input: counted and skipped
        return;
    }
    const double v = m.value;
    bool used = true;
    switch (m.kind) {
    case MetricKind::GlobalLongShortAccountRatio:
        touchState(StLsGlobal, m.h.exchangeTime, [v](AuxBar& b) { b.lsGlobal = v; });
        break;
    case MetricKind::TopTraderLongShortPositionRatio:
        touchState(StLsTopPos, m.h.exchangeTime, [v](AuxBar& b) { b.lsTopPos = v; });
        break;
    case MetricKind::TopTraderLongShortAccountRatio:
        touchState(StLsTopAcc, m.h.exchangeTime, [v](AuxBar& b) { b.lsTopAcc = v; });
        break;
    case MetricKind::TakerBuySellVolumeRatio:
        used = false; // the same fact as the taker flow computed from trades
        break;
    }
    if (used)
        m_last[inputIndex(InMetrics)] = std::max(m_last[inputIndex(InMetrics)], m.h.exchangeTime);
}

void SymbolFeatures::setLiqLevels(TimeMs time, std::vector<LiqLevel> levels)
{
    m_liqLevels = std::move(levels);
    m_last[inputIndex(InLiqLevels)] = time;
}

std::size_t SymbolFeatures::memoryBytes() const
{
    std::size_t n = m_liqLevels.capacity() * sizeof(LiqLevel) + m_book.levels() * 48; // ~48 B per map node
    for (const auto& b : m_bars)
        n += b.size() * sizeof(AuxBar);
    return n;
}

TimeMs SymbolFeatures::lastUpdate(std::uint32_t inputBit) const
{
    return m_last[inputIndex(inputBit)];
}

} // namespace perp::sig
