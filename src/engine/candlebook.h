// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"

#include <array>
#include <deque>
#include <span>
#include <unordered_set>
#include <vector>

namespace perp {

// Remembers recently seen trade ids per venue so a replayed or re-sent trade is
// counted once. Bounded: the oldest ids are forgotten first.
class TradeDeduper
{
public:
    explicit TradeDeduper(std::size_t capacity = 1 << 16)
        : m_capacity(capacity)
    { }
    // True when this (venue, id) was not seen before; records it.
    bool insert(Venue venue, std::int64_t id);

private:
    std::size_t m_capacity;
    std::unordered_set<std::uint64_t> m_seen;
    std::deque<std::uint64_t> m_order;
};

// Candles of one timeframe, oldest first, at most `capacity` kept.
class CandleSeries
{
public:
    CandleSeries(Timeframe tf, std::size_t capacity);

    // Folds one trade in. A trade older than the newest candle updates the candle it
    // belongs to (high, low, volumes; open/close only if it is earlier/later than
    // what that candle already saw). Returns false if the candle was already evicted.
    bool add(TimeMs time, Price price, Qty qty, Side taker);

    // Puts stored candles (oldest first, e.g. from the history database at start) in
    // front of what the series holds: candles older than its first one are prepended
    // (only the newest `capacity` are kept); the rest are ignored, live data wins. A
    // seeded candle counts as seen at its open time, so later trades in its bucket
    // update its high, low, close and volumes. Returns how many were taken.
    std::size_t seed(std::span<const Candle> history);

    // Fills holes with candles from elsewhere (oldest first; e.g. the exchange's REST
    // backfill between stored history and live trades): a bucket the series lacks is
    // inserted (seen at its open time, like a seeded one); a bucket it holds is replaced
    // only when the given candle has more volume (it saw more trades) and, unless
    // replaceNewest, it is not the newest (still forming) bucket. Off-grid candles are
    // skipped. Returns how many were inserted or replaced.
    std::size_t fill(std::span<const Candle> history, bool replaceNewest);

    Timeframe timeframe() const { return m_tf; }
    const std::deque<Candle>& candles() const { return m_candles; }
    std::size_t size() const { return m_candles.size(); }

private:
    struct Span
    {
        TimeMs first;
        TimeMs last;
    };
    Timeframe m_tf;
    std::size_t m_capacity;
    std::deque<Candle> m_candles;
    std::deque<Span> m_spans; // first/last trade time per candle, parallel to m_candles
};

// All timeframes of one symbol, fed by trades.
class CandleBook
{
public:
    explicit CandleBook(std::size_t capacityPerTimeframe = 20'000);

    // Returns false for a duplicate trade (same venue and id) or one too old to place.
    bool addTrade(const Trade& t);

    // See CandleSeries::seed.
    std::size_t seed(Timeframe tf, std::span<const Candle> history);
    // See CandleSeries::fill.
    std::size_t fill(Timeframe tf, std::span<const Candle> history, bool replaceNewest);

    const CandleSeries& series(Timeframe tf) const { return m_series[static_cast<std::size_t>(tf)]; }
    std::uint64_t revision() const { return m_revision; }
    std::uint64_t duplicates() const { return m_duplicates; }
    std::uint64_t tooOld() const { return m_tooOld; }

private:
    std::vector<CandleSeries> m_series;
    TradeDeduper m_dedupe;
    std::uint64_t m_revision = 0;
    std::uint64_t m_duplicates = 0;
    std::uint64_t m_tooOld = 0;
};

} // namespace perp
