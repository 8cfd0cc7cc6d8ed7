// SPDX-License-Identifier: MIT
#include "engine/liq/realizedliquidations.h"
#include "liqtesthelpers.h"

#include <QTest>
#include <cmath>

using namespace perp;
using namespace perp::liq;
using namespace perp::liqtest;

class TestRealizedLiq : public QObject
{
    Q_OBJECT
private slots:
    void windowsAccumulateAndExpire()
    {
        RealizedLiquidations r;
        r.add(liquidation(kT0, 100, 2, PositionSide::Long)); // 200
        r.add(liquidation(kT0 + 2 * kHourMs, 100.05, 1, PositionSide::Long)); // same 0.2% bin
        r.add(liquidation(kT0 + 3 * kHourMs, 110, 1, PositionSide::Short)); // 110
        auto h1 = r.profile(RealizedWindow::H1);
        QVERIFY(std::abs(h1.totalShort - 110) < 1e-9);
        QCOMPARE(h1.totalLong, 0.0);
        auto h4 = r.profile(RealizedWindow::H4);
        QVERIFY(std::abs(h4.totalLong - 300.05) < 1e-9);
        const int bin = h4.grid.bin(100) - h4.firstBin;
        QVERIFY(std::abs(h4.longs[static_cast<std::size_t>(bin)] - 300.05) < 1e-9);
        // 5 h later the first event leaves the 4 h window, stays in 24 h.
        r.advance(kT0 + 4 * kHourMs + 1);
        QVERIFY(std::abs(r.profile(RealizedWindow::H4).totalLong - 100.05) < 1e-9);
        QVERIFY(std::abs(r.profile(RealizedWindow::H24).totalLong - 300.05) < 1e-9);
        r.advance(kT0 + 25 * kHourMs);
        QVERIFY(std::abs(r.profile(RealizedWindow::H24).totalLong - 100.05) < 1e-9);
        QCOMPARE(r.size(), std::size_t(2));
        r.advance(kT0 + 28 * kHourMs);
        QCOMPARE(r.profile(RealizedWindow::H24).totalLong, 0.0);
        QCOMPARE(r.profile(RealizedWindow::H24).totalShort, 0.0);
        QCOMPARE(r.size(), std::size_t(0));
        QCOMPARE(r.since(0).size(), std::size_t(0));
    }

    void lateEventsAndBadInput()
    {
        RealizedLiquidations r;
        r.add(liquidation(kT0 + 3 * kHourMs, 100, 1, PositionSide::Long));
        // Arrives late, already outside 1 h: counted in 4 h only.
        r.add(liquidation(kT0 + kHourMs, 90, 1, PositionSide::Long));
        QVERIFY(std::abs(r.profile(RealizedWindow::H1).totalLong - 100) < 1e-9);
        QVERIFY(std::abs(r.profile(RealizedWindow::H4).totalLong - 190) < 1e-9);
        QCOMPARE(r.since(0).front().price, 90.0);
        QVERIFY(!r.add(liquidation(kT0 + 3 * kHourMs, 0, 1, PositionSide::Long)));
        QCOMPARE(r.rejected(), 1u);
        QVERIFY(std::abs(r.notionalSince(kT0, 1) - 190) < 1e-9);
        QCOMPARE(r.notionalSince(kT0, -1), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestRealizedLiq)
#include "test_realizedliq.moc"
