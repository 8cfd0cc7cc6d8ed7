// SPDX-License-Identifier: MIT
#include "engine/liq/cascadedetector.h"
#include "liqtesthelpers.h"

#include <QTest>
#include <cmath>

using namespace perp;
using namespace perp::liq;
using namespace perp::liqtest;

namespace {
struct Run
{
    std::vector<CascadeEvent> events;
    TimeMs t = kT0;
    CascadeDetector d;
    void feed(const MarketEvent& e)
    {
        if (auto ev = d.apply(e))
            events.push_back(*ev);
    }
    // One second of calm trading around `price`, with a small liquidation every 2 minutes.
    void calm(int seconds, double price)
    {
        for (int i = 0; i < seconds; ++i, t += 1000) {
            feed(trade(t, price + (i % 2 ? 0.01 : -0.01), 1, i % 2 ? Side::Buy : Side::Sell));
            if (i % 120 == 60)
                feed(liquidation(
                    t + 500, price, 0.1, i % 240 == 60 ? PositionSide::Long : PositionSide::Short));
            if (i % 10 == 0)
                feed(oi(t + 1, 10000));
        }
    }
};
} // namespace

class TestCascade : public QObject
{
    Q_OBJECT
private slots:
    void longCascadeStartsAndEnds()
    {
        Run r;
        r.calm(20 * 60, 100);
        QVERIFY(r.events.empty());
        QVERIFY(!r.d.state().active);
        // Crash: -2% in 60 s, a long liquidation every second, OI falling 1%.
        double price = 100;
        for (int i = 0; i < 60; ++i, r.t += 1000) {
            price -= 2.0 / 60;
            r.feed(trade(r.t, price, 3, Side::Sell));
            r.feed(liquidation(r.t + 200, price, 0.5, PositionSide::Long));
            if (i % 10 == 0)
                r.feed(oi(r.t + 1, 10000 - i * 100.0 / 60));
        }
        QCOMPARE(r.events.size(), std::size_t(1));
        const auto& start = r.events[0];
        QVERIFY(start.start);
        QCOMPARE(start.side, PositionSide::Long);
        QVERIFY(start.intensity >= 1.0);
        QVERIFY(start.movePct < -0.3);
        QVERIFY(r.d.state().active);
        QVERIFY(r.d.state().peakIntensity > 3);
        // Calm again: the cascade ends within a few minutes.
        r.calm(4 * 60, price);
        QCOMPARE(r.events.size(), std::size_t(2));
        const auto& end = r.events[1];
        QVERIFY(!end.start);
        QCOMPARE(end.side, PositionSide::Long);
        QVERIFY(end.liquidatedNotional > 1000); // ~60 * 0.5 * 99
        QVERIFY(end.time - start.time < 3 * kMinuteMs);
        QVERIFY(!r.d.state().active);
    }

    void priceMoveWithoutLiquidationsIsNoCascade()
    {
        Run r;
        r.calm(20 * 60, 100);
        double price = 100;
        for (int i = 0; i < 60; ++i, r.t += 1000) {
            price += 3.0 / 60;
            r.feed(trade(r.t, price, 3, Side::Buy));
        }
        QVERIFY(r.events.empty());
        // Short liquidations alone, with the price flat, are no cascade either.
        r.calm(3 * 60, price);
        for (int i = 0; i < 60; ++i, r.t += 1000) {
            r.feed(trade(r.t, price, 1, Side::Buy));
            r.feed(liquidation(r.t + 100, price, 1, PositionSide::Short));
        }
        QVERIFY(r.events.empty());
    }
};

QTEST_APPLESS_MAIN(TestCascade)
#include "test_cascade.moc"
