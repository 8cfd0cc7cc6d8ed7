// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"
#include "feed/parse/frame.h"

#include <cstdint>
#include <string>
#include <vector>

namespace perp::replay {

// A finished OHLCV bar read from a kline file (no trades behind it).
struct Kline
{
    SymbolId symbol = 0;
    Venue venue = Venue::Replay;
    TimeMs intervalMs = 0; // 0 when the file does not tell
    Candle candle;
};

// What one read() produced, in file order.
struct ReplayChunk
{
    std::vector<MarketEvent> events;
    std::vector<Kline> klines;
    void clear()
    {
        events.clear();
        klines.clear();
    }
};

struct ReplayStats
{
    std::uint64_t lines = 0;
    std::uint64_t trades = 0;
    std::uint64_t liquidations = 0;
    std::uint64_t markFunding = 0;
    std::uint64_t openInterest = 0;
    std::uint64_t bookUpdates = 0;
    std::uint64_t metrics = 0;
    std::uint64_t klines = 0;
    std::uint64_t ignored = 0; // known lines without market content (acks, headers, klines of a WS stream)
    std::uint64_t rejected = 0;
    std::vector<feed::ParseError> rejects; // the first kMaxRejectExamples, with source and line

    static constexpr std::size_t kMaxRejectExamples = 1000;
    void count(const MarketEvent& e);
    void reject(feed::ParseError e);
    void merge(const ReplayStats& o);
};

inline void ReplayStats::count(const MarketEvent& e)
{
    switch (e.index()) {
    case 0:
        ++trades;
        break;
    case 1:
        ++liquidations;
        break;
    case 2:
        ++markFunding;
        break;
    case 3:
        ++openInterest;
        break;
    case 4:
        ++bookUpdates;
        break;
    default:
        ++metrics;
        break;
    }
}

inline void ReplayStats::reject(feed::ParseError e)
{
    ++rejected;
    if (rejects.size() < kMaxRejectExamples)
        rejects.push_back(std::move(e));
}

inline void ReplayStats::merge(const ReplayStats& o)
{
    lines += o.lines;
    trades += o.trades;
    liquidations += o.liquidations;
    markFunding += o.markFunding;
    openInterest += o.openInterest;
    bookUpdates += o.bookUpdates;
    metrics += o.metrics;
    klines += o.klines;
    ignored += o.ignored;
    rejected += o.rejected;
    for (const auto& r : o.rejects)
        if (rejects.size() < kMaxRejectExamples)
            rejects.push_back(r);
}

// Decodes one line of a replay file into events or klines.
class LineDecoder
{
public:
    virtual ~LineDecoder() = default;
    virtual feed::ParseResult decode(const feed::Frame& line, ReplayChunk& out) = 0;
    virtual const char* formatName() const = 0;
};

} // namespace perp::replay
