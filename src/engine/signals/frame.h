// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "features.h"

#include <deque>
#include <span>
#include <vector>

namespace perp::sig {

// Bars of one symbol on one frame as contiguous doubles, oldest first; the last bar
// may still be forming. Candle fields come from the CandleBook, the rest from the
// aligned AuxBar (NaN where a state was never seen). Cards only read this.
struct FrameView
{
    std::vector<double> t, o, h, l, c, v, buy, sell; // volumes in base units
    std::vector<double> bigBuy, bigSell, liqLong, liqShort, altBuy, altSell, primBuy, primSell;
    std::vector<double> oi, funding, premium, mark, obi, spreadBps, depthBid, depthAsk, wallBid, wallAsk;
    std::vector<double> lsGlobal, lsTopPos, lsTopAcc, altPrice, primPrice;

    std::size_t size() const { return c.size(); }
    void clear();
    void reserve(std::size_t n);
    std::size_t memoryBytes() const; // heap bytes of the field vectors
    // Appends one bar (for tests and the builder).
    void push(const Candle& k, const AuxBar& a);
};

// Rebuilds a frame from the newest `maxBars` candles and the aux bars.
void buildFrame(
    FrameView& out, const std::deque<Candle>& candles, const std::deque<AuxBar>& aux, std::size_t maxBars);

// One symbol as cards see it: its three frames and its scalar features.
struct SymbolView
{
    SymbolId id = 0;
    std::array<FrameView, kFrameCount> frames;
    const SymbolFeatures* features = nullptr; // may be null in tests
    TimeMs nextFundingTime = 0;
    const FrameView& frame(Frame f) const { return frames[static_cast<std::size_t>(f)]; }
};

// All symbols at one cycle. Cross-symbol cards read `symbols`.
struct MarketView
{
    TimeMs now = 0;
    std::vector<const SymbolView*> symbols;
    const SymbolView* btc = nullptr; // the reference symbol (BTCUSDT) when present
};

// What one card evaluation receives.
struct CardInput
{
    const MarketView& market;
    const SymbolView& symbol;
    Frame frame;
    const FrameView& f;
};

} // namespace perp::sig
