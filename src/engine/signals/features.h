// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "types.h"

#include <array>
#include <cstdint>
#include <deque>
#include <limits>
#include <map>
#include <vector>

namespace perp::sig {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Per-bar facts that candles do not carry, aligned to candle open times. State
// fields (open interest, funding, book, ratios) hold the last value known at the
// end of the bar, NaN until first seen; flow fields are sums over the bar.
struct AuxBar
{
    TimeMs openTime = 0;
    double bigBuy = 0, bigSell = 0; // quote notional of large taker trades
    double liqLong = 0, liqShort = 0; // quote notional of liquidated longs / shorts
    double altBuy = 0, altSell = 0; // taker quote notional on venues other than the primary
    double primBuy = 0, primSell = 0; // taker quote notional on the primary venue
    double oi = kNaN; // base units
    double funding = kNaN; // per interval
    double premium = kNaN; // (mark - index) / index
    double mark = kNaN;
    double obi = kNaN; // (bid - ask) / (bid + ask) size over the top 10 levels
    double spreadBps = kNaN;
    double depthBid = kNaN, depthAsk = kNaN; // quote notional within 1% of mid
    double wallBid = kNaN, wallAsk = kNaN; // largest level / mean level within 1%
    double lsGlobal = kNaN, lsTopPos = kNaN, lsTopAcc = kNaN;
    double altPrice = kNaN, primPrice = kNaN; // last trade price on other venues / primary
};

// An estimated liquidation cluster (from the liquidation model, when present).
struct LiqLevel
{
    double price = 0;
    double notional = 0; // quote, estimated
    PositionSide side = PositionSide::Long; // the positions that would be liquidated there
};

// A bounded local order book: price -> qty per side, raw fixed-point keys.
class LocalBook
{
public:
    void apply(const BookUpdate& u);
    bool empty() const { return m_bids.empty() || m_asks.empty(); }
    // Fills obi, spread, depth and wall fields of a bar from the current book.
    void measure(AuxBar& bar) const;
    std::size_t levels() const { return m_bids.size() + m_asks.size(); }

private:
    void trim();
    std::map<std::int64_t, std::int64_t, std::greater<>> m_bids;
    std::map<std::int64_t, std::int64_t> m_asks;
};

// Everything the signal engine knows about one symbol besides its candles.
class SymbolFeatures
{
public:
    explicit SymbolFeatures(std::size_t capacityPerFrame = 240);

    void onTrade(const Trade& t);
    void onLiquidation(const Liquidation& l);
    void onMarkFunding(const MarkFunding& m);
    void onOpenInterest(const OpenInterest& o);
    void onBook(const BookUpdate& b);
    void onMetric(const Metric& m);
    void setLiqLevels(TimeMs time, std::vector<LiqLevel> levels);
    // Samples the book into the current bars (called every card cycle).
    void sampleBook(TimeMs now);

    const std::deque<AuxBar>& bars(Frame f) const { return m_bars[static_cast<std::size_t>(f)]; }
    // Time an input was last updated, 0 if never.
    TimeMs lastUpdate(std::uint32_t inputBit) const;
    const std::vector<LiqLevel>& liqLevels() const { return m_liqLevels; }
    TimeMs nextFundingTime() const { return m_nextFunding; }
    double lastPrice() const { return m_lastPrice; }
    // Inputs rejected as bad (non-positive or non-finite ratios), counted and skipped.
    std::uint64_t rejected() const { return m_rejected; }
    // Approximate heap bytes held (aux bars, book levels, levels list).
    std::size_t memoryBytes() const;
    bool multiVenue() const { return m_venueMask != 0 && (m_venueMask & (m_venueMask - 1)) != 0; }

private:
    template <typename Fn> void touch(TimeMs t, Fn&& fn);
    // A state (last value) update: set in the bar of t and, when it is the newest value of
    // that state, in every later bar too (they carried the older value forward).
    enum StateField { StOi, StMark, StLsGlobal, StLsTopPos, StLsTopAcc, StFieldCount };
    template <typename Fn> void touchState(StateField field, TimeMs t, Fn&& fn);
    AuxBar& barAt(Frame f, TimeMs t);

    std::size_t m_capacity;
    std::array<std::deque<AuxBar>, kFrameCount> m_bars;
    std::array<TimeMs, kInputCount> m_last {};
    std::array<TimeMs, StFieldCount> m_stateTime {};
    LocalBook m_book;
    std::vector<LiqLevel> m_liqLevels;
    AuxBar m_scratch; // target of events older than every kept bar
    TimeMs m_nextFunding = 0;
    double m_lastPrice = 0;
    double m_meanNotional = 0; // exponentially weighted mean trade notional
    std::uint64_t m_tradeCount = 0;
    std::uint32_t m_venueMask = 0;
    int m_primaryVenue = -1;
    std::uint64_t m_rejected = 0;
};

} // namespace perp::sig
