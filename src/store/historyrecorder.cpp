// SPDX-License-Identifier: MIT
#include "historyrecorder.h"

#include <limits>

namespace perp::store {

namespace {

// Keeps the first point of each interval per symbol.
template <typename Point>
void sample(std::vector<std::pair<SymbolId, Point>>& pending, std::map<SymbolId, TimeMs>& last, SymbolId sym,
    const Point& p, TimeMs every)
{
    const auto it = last.find(sym);
    if (it != last.end() && floorTo(p.time, every) <= floorTo(it->second, every))
        return;
    pending.emplace_back(sym, p);
    last[sym] = p.time;
}

} // namespace

HistoryRecorder::HistoryRecorder(Options options)
    : m_options(options)
{ }

void HistoryRecorder::observe(const EventBatch& batch)
{
    for (const MarketEvent& e : batch.events) {
        std::visit(
            [&](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, Trade>) {
                    m_touched.insert(x.h.symbol);
                } else if constexpr (std::is_same_v<T, Liquidation>) {
                    m_pending->liquidations.push_back(
                        {x.h.symbol, x.h.exchangeTime, x.price, x.qty, x.liquidated, x.h.venue});
                } else if constexpr (std::is_same_v<T, OpenInterest>) {
                    sample(m_pending->openInterest, m_lastOi, x.h.symbol,
                        OpenInterestPoint {x.h.exchangeTime, x.openInterest}, m_options.openInterestEveryMs);
                } else if constexpr (std::is_same_v<T, MarkFunding>) {
                    sample(m_pending->funding, m_lastFunding, x.h.symbol,
                        FundingPoint {x.h.exchangeTime, x.fundingRate, x.markPrice},
                        m_options.fundingEveryMs);
                }
            },
            e);
    }
}

void HistoryRecorder::noteFilled(SymbolId symbol, TimeMs from)
{
    for (Timeframe tf : kAllTimeframes) {
        auto it = m_lastWritten.find({symbol, int(tf)});
        if (it != m_lastWritten.end())
            it->second = std::min(it->second, floorTo(from, timeframeMs(tf)));
    }
    m_touched.insert(symbol);
}

void HistoryRecorder::addBias(std::vector<BiasRecord> rows)
{
    for (auto& r : rows)
        m_pending->biasRows.push_back(std::move(r));
}

void HistoryRecorder::addSignals(std::vector<SignalRecord> rows)
{
    for (auto& r : rows)
        m_pending->signalRows.push_back(std::move(r));
}

void HistoryRecorder::addAlerts(const std::vector<alerts::FiredAlert>& fired)
{
    m_pending->alerts.insert(m_pending->alerts.end(), fired.begin(), fired.end());
}

WriteBatchPtr HistoryRecorder::take(const Engine& engine, bool force)
{
    if (!force && engine.now() - m_lastFlush < m_options.flushEveryMs)
        return nullptr;
    m_lastFlush = engine.now();
    for (SymbolId sym : m_touched) {
        const CandleBook* book = engine.book(sym);
        if (!book)
            continue;
        for (Timeframe tf : kAllTimeframes) {
            const auto& candles = book->series(tf).candles();
            if (candles.empty())
                continue;
            auto [it, inserted]
                = m_lastWritten.try_emplace({sym, int(tf)}, std::numeric_limits<TimeMs>::min());
            auto first = candles.end();
            while (first != candles.begin() && std::prev(first)->openTime >= it->second)
                --first;
            for (auto c = first; c != candles.end(); ++c)
                m_pending->candles.push_back({sym, tf, *c});
            it->second = candles.back().openTime;
        }
    }
    m_touched.clear();
    if (m_pending->empty())
        return nullptr;
    WriteBatchPtr out = std::move(m_pending);
    m_pending = std::make_unique<WriteBatch>();
    return out;
}

} // namespace perp::store
