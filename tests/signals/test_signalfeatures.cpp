// SPDX-License-Identifier: MIT
// Feature store and frame building: aux bars aligned to candles, states carried forward,
// flows only in their own bar, large-trade detection, the local book and its measures.
#include "engine/candlebook.h"
#include "engine/signals/features.h"
#include "engine/signals/frame.h"

#include <QTest>
#include <cmath>

using namespace perp;
using namespace perp::sig;

namespace {
constexpr TimeMs kT0 = 1767225600000;

EventHeader at(TimeMs t, Venue v = Venue::Sim)
{
    EventHeader h;
    h.symbol = 0;
    h.venue = v;
    h.exchangeTime = t;
    return h;
}

Trade trade(TimeMs t, double price, double qty, Side side, std::int64_t id, Venue v = Venue::Sim)
{
    Trade x;
    x.h = at(t, v);
    x.price = Price::fromDouble(price);
    x.qty = Qty::fromDouble(qty);
    x.takerSide = side;
    x.id = id;
    return x;
}
} // namespace

class TestSignalFeatures : public QObject
{
    Q_OBJECT
private slots:
    void framesAlignAuxToCandles()
    {
        CandleBook book;
        SymbolFeatures f;
        std::int64_t id = 0;
        // Trades in minutes 0, 1, 3 (none in minute 2); OI known from minute 0, updated in minute 3.
        for (int m : {0, 1, 3}) {
            auto t = trade(kT0 + m * kMinuteMs + 1000, 100 + m, 1, Side::Buy, ++id);
            book.addTrade(t);
            f.onTrade(t);
        }
        OpenInterest oi;
        oi.h = at(kT0 + 5000);
        oi.openInterest = Qty::fromDouble(500);
        f.onOpenInterest(oi);
        Liquidation liq;
        liq.h = at(kT0 + 2 * kMinuteMs + 10); // minute 2: no candle there
        liq.price = Price::fromDouble(101);
        liq.qty = Qty::fromDouble(2);
        liq.liquidated = PositionSide::Long;
        f.onLiquidation(liq);
        liq.h = at(kT0 + 3 * kMinuteMs + 10);
        liq.liquidated = PositionSide::Short;
        f.onLiquidation(liq);
        oi.h = at(kT0 + 3 * kMinuteMs + 20);
        oi.openInterest = Qty::fromDouble(450);
        f.onOpenInterest(oi);

        FrameView v;
        buildFrame(v, book.series(Timeframe::M1).candles(), f.bars(Frame::M1), 100);
        QCOMPARE(v.size(), std::size_t(3));
        QCOMPARE(v.c[2], 103.0);
        QCOMPARE(v.oi[0], 500.0);
        QCOMPARE(v.oi[1], 500.0); // carried forward: the last known value, not invented
        QCOMPARE(v.oi[2], 450.0);
        QCOMPARE(v.liqLong[1], 0.0); // the minute-2 liquidation has no candle and is not smeared
        QCOMPARE(v.liqShort[2], 202.0);
        QVERIFY(std::isnan(v.funding[2])); // never seen
        // The 5-minute frame has one bar with all of it.
        buildFrame(v, book.series(Timeframe::M5).candles(), f.bars(Frame::M5), 100);
        QCOMPARE(v.size(), std::size_t(1));
        QCOMPARE(v.liqLong[0], 202.0);
        QCOMPARE(v.liqShort[0], 202.0);
        QCOMPARE(v.oi[0], 450.0);
        // maxBars keeps the newest.
        buildFrame(v, book.series(Timeframe::M1).candles(), f.bars(Frame::M1), 2);
        QCOMPARE(v.size(), std::size_t(2));
        QCOMPARE(v.c[0], 101.0);
    }

    void boundedAuxBarsWithLateEvents()
    {
        SymbolFeatures f(10);
        std::int64_t id = 0;
        for (int m = 0; m < 30; m += 2)
            f.onTrade(trade(kT0 + m * kMinuteMs, 100, 1, Side::Buy, ++id));
        QCOMPARE(f.bars(Frame::M1).size(), std::size_t(10));
        // A late liquidation in a missing minute inside the window is inserted in order.
        Liquidation liq;
        liq.h = at(kT0 + 25 * kMinuteMs);
        liq.price = Price::fromDouble(100);
        liq.qty = Qty::fromDouble(1);
        f.onLiquidation(liq);
        const auto& bars = f.bars(Frame::M1);
        QCOMPARE(bars.size(), std::size_t(10));
        for (std::size_t i = 1; i < bars.size(); ++i)
            QVERIFY(bars[i - 1].openTime < bars[i].openTime);
        bool found = false;
        for (const auto& b : bars)
            if (b.openTime == kT0 + 25 * kMinuteMs)
                found = b.liqLong == 100.0;
        QVERIFY(found);
        // Older than every kept bar: dropped, nothing changes.
        liq.h = at(kT0);
        f.onLiquidation(liq);
        double total = 0;
        for (const auto& b : f.bars(Frame::M1))
            total += b.liqLong;
        QCOMPARE(total, 100.0);
    }

    void largeTradesAndVenues()
    {
        SymbolFeatures f;
        std::int64_t id = 0;
        for (int i = 0; i < 60; ++i)
            f.onTrade(trade(kT0 + i * 100, 100, 1, i % 2 ? Side::Buy : Side::Sell, ++id));
        f.onTrade(trade(kT0 + 7000, 100, 50, Side::Sell, ++id)); // 50x the mean notional
        f.onTrade(trade(kT0 + 7100, 100.5, 2, Side::Buy, 1, Venue::Bybit));
        const AuxBar& b = f.bars(Frame::M1).back();
        QCOMPARE(b.bigSell, 5000.0);
        QCOMPARE(b.bigBuy, 0.0);
        QCOMPARE(b.altBuy, 201.0);
        QCOMPARE(b.altPrice, 100.5);
        QCOMPARE(b.primPrice, 100.0);
        QVERIFY(f.multiVenue());
        QCOMPARE(f.lastUpdate(InCrossVenue), kT0 + 7100);
        QCOMPARE(f.lastPrice(), 100.5);
    }

    void bookMeasures()
    {
        SymbolFeatures f;
        BookUpdate u;
        u.h = at(kT0);
        u.kind = BookKind::Snapshot;
        u.bids = {
            {Price::fromDouble(99.9), Qty::fromDouble(30)}, {Price::fromDouble(99.5), Qty::fromDouble(10)}};
        u.asks = {
            {Price::fromDouble(100.1), Qty::fromDouble(10)}, {Price::fromDouble(100.5), Qty::fromDouble(10)}};
        f.onBook(u);
        // A delta removes a bid level and adds a far ask (outside 1%, not in depth).
        BookUpdate d;
        d.h = at(kT0 + 10);
        d.bids = {{Price::fromDouble(99.5), Qty::fromDouble(0)}};
        d.asks = {{Price::fromDouble(105), Qty::fromDouble(100)}};
        f.onBook(d);
        f.sampleBook(kT0 + 20);
        const AuxBar& b = f.bars(Frame::M1).back();
        QVERIFY(std::abs(b.spreadBps - 0.2 / 100.0 * 1e4) < 1e-9);
        // top 10 levels: bids 30, asks 10 + 10 + 100
        QVERIFY(std::abs(b.obi - (30.0 - 120.0) / 150.0) < 1e-12);
        QVERIFY(std::abs(b.depthBid - 99.9 * 30) < 1e-9);
        QVERIFY(std::abs(b.depthAsk - (100.1 * 10 + 100.5 * 10)) < 1e-9);
        QVERIFY(std::abs(b.wallBid - 1.0) < 1e-12); // one level: max / mean = 1
        QVERIFY(std::abs(b.wallAsk - 100.5 * 10 / ((100.1 * 10 + 100.5 * 10) / 2)) < 1e-12);
        // A top-of-book update replaces better levels; a crossed book is repaired.
        BookUpdate top;
        top.h = at(kT0 + 30);
        top.kind = BookKind::TopOfBook;
        top.bids = {{Price::fromDouble(100.2), Qty::fromDouble(5)}};
        f.onBook(top);
        f.sampleBook(kT0 + 40);
        const AuxBar& c = f.bars(Frame::M1).back();
        QVERIFY(c.spreadBps > 0); // best ask 100.1 was crossed and dropped, 100.5 remains
        QVERIFY(std::abs(c.spreadBps - 0.3 / 100.35 * 1e4) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestSignalFeatures)
#include "test_signalfeatures.moc"
