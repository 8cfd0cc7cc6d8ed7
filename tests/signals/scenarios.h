// SPDX-License-Identifier: MIT
#pragma once

// Named crafted markets; each is bullish for the cards listed against it in
// test_signalcards.cpp (or bearish where a row says so, with the reason).

#include "world.h"

#include <memory>

namespace perp::sig::test {

// Accelerating uptrend with a dip every 4th bar, more volume on up bars, rising
// taker buying, long lower wicks, bids building, OI rising, a short-liquidation
// burst in the last bars. Eight symbols, symbol s rising (1 + 0.2 s) times as fast as BTC (id 0).
inline std::unique_ptr<World> uptrend()
{
    auto w = std::make_unique<World>();
    for (SymbolId s = 0; s < 8; ++s) {
        BarGen g;
        const double k = 1.0 + 0.2 * s;
        g.close = [k](int i) { return 100.0 * std::exp(0.00002 * k * i * i) * (i % 4 == 2 ? 0.996 : 1.0); };
        g.volume = [g](int i) {
            return i == 199 ? 300.0 : (i > 0 && g.close(i) > g.close(i - 1) ? 160.0 : 100.0);
        };
        g.buyShare = [](int i) { return 0.5 + 0.2 * i / 200.0; };
        g.lowerWick = 0.002;
        g.upperWick = 0.0005;
        g.aux = [](int i, AuxBar& a) {
            a.bigBuy = i % 3 == 0 ? 50000 : 0;
            a.bigSell = i % 7 == 0 ? 10000 : 0;
            a.primBuy = 60000;
            a.primSell = 40000;
            a.oi = 1e6 * (1 + 0.001 * i);
            a.obi = 0.3 * i / 200.0;
            a.depthBid = 1e6 * (1 + i / 200.0);
            a.depthAsk = 1e6;
            a.wallBid = 5;
            a.wallAsk = 2;
            a.spreadBps = 5.0 - 3.0 * i / 200.0;
            a.liqShort = i >= 197 ? 20000 : 1000;
            a.liqLong = 1000;
        };
        w->add(s, g);
    }
    return w;
}

// Flat price (tiny alternating noise) while takers buy 70% and OI climbs.
inline std::unique_ptr<World> flatBuying()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) { return 100.0 * (i % 2 ? 1.001 : 0.999); };
    g.buyShare = [](int) { return 0.7; };
    g.aux = [](int i, AuxBar& a) { a.oi = 1e6 * (1 + 0.002 * i); };
    w->add(0, g);
    return w;
}

// Flat around 100, then three bars dropping 1% each.
inline std::unique_ptr<World> dip()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) {
        const double base = 100.0 * (i % 2 ? 1.001 : 0.999);
        return i >= 197 ? 100.0 * std::pow(0.99, i - 196) : base;
    };
    w->add(0, g);
    return w;
}

// Shorts crowded: funding negative and falling, premium falling, crowd ratio low and
// falling, top traders long and adding, OI at a high, price drifting up, trades above mark.
inline std::unique_ptr<World> crowdedShort()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) { return 100.0 * (1 + 0.0005 * i) * (i % 2 ? 1.001 : 0.999); };
    g.aux = [&g](int i, AuxBar& a) {
        a.funding = 0.0001 - 0.000002 * i;
        a.premium = -0.00001 * i;
        a.lsGlobal = 1.0 - 0.002 * i;
        a.lsTopPos = 1.0 + 0.0025 * i;
        a.lsTopAcc = 1.0;
        a.oi = 1e6 * (1 + 0.001 * i);
        a.mark = 100.0 * (1 + 0.0005 * i) * 0.99;
    };
    SymbolView& v = w->add(0, g);
    v.nextFundingTime = w->now + 30 * kMinuteMs; // settlement in 30 minutes
    return w;
}

// Quiet, then: long liquidations 8..5 bars ago, price recovering in the last 3 bars with
// shorts liquidated, takers buying and OI falling (a squeeze).
inline std::unique_ptr<World> liquidations()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) { return i < 197 ? 100.0 * (i % 2 ? 1.001 : 0.999) : 100.0 + (i - 196); };
    g.buyShare = [](int i) { return i >= 197 ? 0.8 : 0.5; };
    g.aux = [](int i, AuxBar& a) {
        a.liqLong = (i >= 191 && i <= 194) ? 80000 : 500;
        a.liqShort = i >= 197 ? 30000 : 500;
        a.oi = i >= 197 ? 1e6 - 1e4 * (i - 196) : 1e6;
    };
    w->add(0, g);
    return w;
}

// Price 100 with estimated short clusters just above and long clusters further below.
inline std::unique_ptr<World> liqLevels()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int) { return 100.0; };
    w->add(0, g);
    w->features.back().setLiqLevels(w->now,
        {{101.0, 5e6, PositionSide::Short}, {104.0, 1e6, PositionSide::Short},
            {96.0, 2e6, PositionSide::Long}});
    return w;
}

// Other venues trade 0.2% higher and climbing, and buy harder than the primary venue.
inline std::unique_ptr<World> crossVenue()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int) { return 100.0; };
    g.aux = [](int i, AuxBar& a) {
        a.primPrice = 100.0;
        a.altPrice = 100.2 + 0.001 * i;
        a.altBuy = 70000;
        a.altSell = 30000;
        a.primBuy = 50000;
        a.primSell = 50000;
    };
    w->add(0, g);
    return w;
}

// Rising zig-zag (period 10, amplitude 2) whose last bar breaks above the last swing high.
inline std::unique_ptr<World> structureBreak()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) {
        const int p = i % 10;
        const double tri = p < 5 ? p : 10 - p;
        return i == 199 ? 100.0 + 0.05 * i + 8.0 : 100.0 + 0.05 * i + 0.5 * tri;
    };
    g.upperWick = g.lowerWick = 0;
    w->add(0, g);
    return w;
}

// A 95..105 range (period 20) ending near its bottom at 96 with long lower wicks.
inline std::unique_ptr<World> nearSupport()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) {
        if (i >= 198)
            return 96.0;
        const int p = i % 20;
        return 95.0 + (p < 10 ? p : 20 - p);
    };
    g.upperWick = 0;
    g.lowerWick = 0.01;
    w->add(0, g);
    return w;
}

// Wide +-2% chop, then 29 tight bars, then a 1% breakout bar up.
inline std::unique_ptr<World> squeeze()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) {
        if (i == 199)
            return 101.0;
        return 100.0 * (i % 2 ? 1.0 : -1.0) * (i < 170 ? 0.02 : 0.0002) + 100.0;
    };
    w->add(0, g);
    return w;
}

// Up bars move price 1% on 50 units of buying; down bars move it 0.5% on 200 units of selling.
inline std::unique_ptr<World> thinAsks()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) { return 100.0 * std::pow(1.01, (i + 1) / 2) * std::pow(0.995, i / 2); };
    g.volume = [](int i) { return i % 2 ? 50.0 : 200.0; };
    g.buyShare = [](int i) { return i % 2 ? 1.0 : 0.0; };
    w->add(0, g);
    return w;
}

// Uptrend in which large trades are mostly sells (absorbed).
inline std::unique_ptr<World> absorbedSells()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) { return 100.0 * (1 + 0.001 * i); };
    g.aux = [](int, AuxBar& a) {
        a.bigBuy = 10000;
        a.bigSell = 40000;
    };
    w->add(0, g);
    return w;
}

// 240 hourly bars from 00:00 UTC: every 00:00 bar rose 1%, all other hours were flat. The
// last bar is 23:00, so the coming hour is 00:00.
inline std::unique_ptr<World> seasonal()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.bars = 240;
    g.close = [](int i) { return 100.0 * std::pow(1.01, i / 24); };
    w->add(0, g);
    return w;
}

// A 95..105 range (period 20); the last bars sweep below the range low to 94 and reclaim 97.
inline std::unique_ptr<World> sweepLow()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) {
        if (i == 197)
            return 94.0;
        if (i == 198)
            return 94.5;
        if (i == 199)
            return 97.0;
        const int p = i % 20;
        return 95.0 + (p < 10 ? p : 20 - p);
    };
    g.upperWick = g.lowerWick = 0;
    w->add(0, g);
    return w;
}

// A steady 0.2% per bar uptrend, then three bars down 0.5% each.
inline std::unique_ptr<World> pullback()
{
    auto w = std::make_unique<World>();
    BarGen g;
    g.close = [](int i) {
        return i < 197 ? 100.0 * std::pow(1.002, i) : 100.0 * std::pow(1.002, 196) * std::pow(0.995, i - 196);
    };
    w->add(0, g);
    return w;
}

// Eight symbols alternating +-0.1% with the phase depending on the symbol (half of the market
// up on each bar), then every symbol up 1% on the last bar.
inline std::unique_ptr<World> broadThrust()
{
    auto w = std::make_unique<World>();
    for (SymbolId s = 0; s < 8; ++s) {
        BarGen g;
        g.close = [s](int i) { return i == 199 ? 101.0 : 100.0 * (((i + s) % 2) ? 1.001 : 0.999); };
        w->add(s, g);
    }
    return w;
}

} // namespace perp::sig::test
