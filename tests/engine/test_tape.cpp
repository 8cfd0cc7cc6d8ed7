// SPDX-License-Identifier: MIT
#include "engine/engine.h"
#include "engine/tape.h"

#include <QTest>

using namespace perp;

class TestTape : public QObject
{
    Q_OBJECT
private slots:
    void ringKeepsNewestInOrder()
    {
        TapeRing ring(3);
        QCOMPARE(ring.prints().size(), std::size_t(0));
        for (int i = 1; i <= 5; ++i)
            ring.add({i * 1000, 100.0 + i, 1.0, 1, false});
        const auto p = ring.prints();
        QCOMPARE(p.size(), std::size_t(3));
        QCOMPARE(p[0].time, TimeMs(3000));
        QCOMPARE(p[1].time, TimeMs(4000));
        QCOMPARE(p[2].time, TimeMs(5000));
        QCOMPARE(p[2].price, 105.0);
    }

    void snapshotCarriesTradesAndLiquidationsOfTheChartSymbol()
    {
        Engine engine;
        Trade t;
        t.h.symbol = 1;
        t.h.exchangeTime = 60'000;
        t.price = Price::fromDouble(3000.5);
        t.qty = Qty::fromDouble(2.0);
        t.takerSide = Side::Sell;
        t.id = 1;
        engine.apply(MarketEvent {t});
        Liquidation l;
        l.h.symbol = 1;
        l.h.exchangeTime = 61'000;
        l.price = Price::fromDouble(2990.0);
        l.qty = Qty::fromDouble(5.0);
        l.liquidated = PositionSide::Long;
        engine.apply(MarketEvent {l});
        Trade other = t;
        other.h.symbol = 0;
        engine.apply(MarketEvent {other});

        ChartView view;
        view.symbol = 1;
        const auto snap = engine.snapshot(view);
        QCOMPARE(snap->tape.size(), std::size_t(2));
        QCOMPARE(snap->tape[0], (TapePrint {60'000, 3000.5, 2.0, -1, false}));
        QCOMPARE(snap->tape[1], (TapePrint {61'000, 2990.0, 5.0, 1, true}));
        view.symbol = 0;
        QCOMPARE(engine.snapshot(view)->tape.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestTape)
#include "test_tape.moc"
