// SPDX-License-Identifier: MIT
#include "candlebook.h"

#include <algorithm>
#include <limits>

namespace perp {

bool TradeDeduper::insert(Venue venue, std::int64_t id)
{
    const auto key = (static_cast<std::uint64_t>(venue) << 56) ^ static_cast<std::uint64_t>(id);
    if (!m_seen.insert(key).second)
        return false;
    m_order.push_back(key);
    if (m_order.size() > m_capacity) {
        m_seen.erase(m_order.front());
        m_order.pop_front();
    }
    return true;
}

CandleSeries::CandleSeries(Timeframe tf, std::size_t capacity)
    : m_tf(tf)
    , m_capacity(capacity)
{ }

bool CandleSeries::add(TimeMs time, Price price, Qty qty, Side taker)
{
    const TimeMs open = floorTo(time, timeframeMs(m_tf));
    auto fold = [&](Candle& c, Span& s) {
        c.high = std::max(c.high, price);
        c.low = std::min(c.low, price);
        if (time < s.first) {
            c.open = price;
            s.first = time;
        }
        if (time >= s.last) {
            c.close = price;
            s.last = time;
        }
        c.volume += qty;
        (taker == Side::Buy ? c.buyVolume : c.sellVolume) += qty;
        ++c.trades;
    };
    auto fresh = [&] {
        Candle c;
        c.openTime = open;
        c.open = c.high = c.low = c.close = price;
        c.volume = qty;
        (taker == Side::Buy ? c.buyVolume : c.sellVolume) = qty;
        c.trades = 1;
        return c;
    };

    if (m_candles.empty() || open > m_candles.back().openTime) {
        m_candles.push_back(fresh());
        m_spans.push_back({time, time});
        if (m_candles.size() > m_capacity) {
            m_candles.pop_front();
            m_spans.pop_front();
        }
        return true;
    }
    // Same or earlier bucket: find it (usually the last one).
    auto it = std::lower_bound(
        m_candles.begin(), m_candles.end(), open, [](const Candle& c, TimeMs t) { return c.openTime < t; });
    if (it != m_candles.end() && it->openTime == open) {
        fold(*it, m_spans[static_cast<std::size_t>(it - m_candles.begin())]);
        return true;
    }
    if (it == m_candles.begin() && m_candles.size() >= m_capacity)
        return false; // older than everything we keep
    const auto idx = it - m_candles.begin();
    m_candles.insert(it, fresh());
    m_spans.insert(m_spans.begin() + idx, Span {time, time});
    return true;
}

std::size_t CandleSeries::seed(std::span<const Candle> history)
{
    const TimeMs firstLive
        = m_candles.empty() ? std::numeric_limits<TimeMs>::max() : m_candles.front().openTime;
    std::deque<Candle> candles;
    std::deque<Span> spans;
    for (const Candle& c : history) {
        if (c.openTime >= firstLive || (!candles.empty() && c.openTime <= candles.back().openTime)
            || c.openTime != floorTo(c.openTime, timeframeMs(m_tf)))
            continue; // live data wins; out of order or off the grid: skipped
        candles.push_back(c);
        spans.push_back({c.openTime, c.openTime});
    }
    const std::size_t taken = candles.size();
    candles.insert(candles.end(), m_candles.begin(), m_candles.end());
    spans.insert(spans.end(), m_spans.begin(), m_spans.end());
    while (candles.size() > m_capacity) {
        candles.pop_front();
        spans.pop_front();
    }
    m_candles = std::move(candles);
    m_spans = std::move(spans);
    return taken;
}

std::size_t CandleSeries::fill(std::span<const Candle> history, bool replaceNewest)
{
    std::size_t changed = 0;
    for (const Candle& c : history) {
        if (c.openTime != floorTo(c.openTime, timeframeMs(m_tf)))
            continue;
        auto it = std::lower_bound(m_candles.begin(), m_candles.end(), c.openTime,
            [](const Candle& x, TimeMs t) { return x.openTime < t; });
        const auto idx = it - m_candles.begin();
        if (it != m_candles.end() && it->openTime == c.openTime) {
            const bool newest = std::next(it) == m_candles.end();
            if (c.volume > it->volume && (replaceNewest || !newest)) {
                *it = c;
                ++changed;
            }
            continue;
        }
        if (it == m_candles.begin() && m_candles.size() >= m_capacity)
            continue; // older than everything we keep
        m_candles.insert(it, c);
        m_spans.insert(m_spans.begin() + idx, Span {c.openTime, c.openTime});
        ++changed;
        if (m_candles.size() > m_capacity) {
            m_candles.pop_front();
            m_spans.pop_front();
        }
    }
    return changed;
}

CandleBook::CandleBook(std::size_t capacityPerTimeframe)
{
    for (auto tf : kAllTimeframes)
        m_series.emplace_back(tf, capacityPerTimeframe);
}

bool CandleBook::addTrade(const Trade& t)
{
    if (t.id != 0 && !m_dedupe.insert(t.h.venue, t.id)) {
        ++m_duplicates;
        return false;
    }
    bool placed = true;
    for (auto& s : m_series)
        placed = s.add(t.h.exchangeTime, t.price, t.qty, t.takerSide) && placed;
    if (!placed)
        ++m_tooOld;
    ++m_revision;
    return placed;
}

std::size_t CandleBook::seed(Timeframe tf, std::span<const Candle> history)
{
    const std::size_t n = m_series[static_cast<std::size_t>(tf)].seed(history);
    if (n > 0)
        ++m_revision;
    return n;
}

std::size_t CandleBook::fill(Timeframe tf, std::span<const Candle> history, bool replaceNewest)
{
    const std::size_t n = m_series[static_cast<std::size_t>(tf)].fill(history, replaceNewest);
    if (n > 0)
        ++m_revision;
    return n;
}

} // namespace perp
