// SPDX-License-Identifier: MIT
#include "engine/liq/liqprice.h"

#include <QTest>
#include <cmath>

using namespace perp;
using namespace perp::liq;

class TestLiqPrice : public QObject
{
    Q_OBJECT
private slots:
    // Reference notes section C: EP = 100,000, MMR 0.4%, cum 0, margin = notional / L.
    void workedExamples_data()
    {
        QTest::addColumn<double>("leverage");
        QTest::addColumn<double>("longExact");
        QTest::addColumn<double>("shortExact");
        QTest::addColumn<double>("longApprox");
        QTest::addColumn<double>("shortApprox");
        QTest::newRow("10x") << 10.0 << 90361.0 << 109562.0 << 90400.0 << 109600.0;
        QTest::newRow("25x") << 25.0 << 96386.0 << 103586.0 << 96400.0 << 103600.0;
        QTest::newRow("50x") << 50.0 << 98394.0 << 101594.0 << 98400.0 << 101600.0;
        QTest::newRow("100x") << 100.0 << 99398.0 << 100598.0 << 99400.0 << 100600.0;
    }
    void workedExamples()
    {
        QFETCH(double, leverage);
        QFETCH(double, longExact);
        QFETCH(double, shortExact);
        QFETCH(double, longApprox);
        QFETCH(double, shortApprox);
        const std::vector<MarginTier> tiers {{1e12, 125, 0.004, 0}};
        const double lpLong = liquidationPriceForLeverage(PositionSide::Long, 100000, leverage, 10000, tiers);
        const double lpShort
            = liquidationPriceForLeverage(PositionSide::Short, 100000, leverage, 10000, tiers);
        QCOMPARE(std::round(lpLong), longExact);
        QCOMPARE(std::round(lpShort), shortExact);
        // Closed forms EP(1 - 1/L)/(1 - MMR) and EP(1 + 1/L)/(1 + MMR).
        QVERIFY(std::abs(lpLong - 100000 * (1 - 1 / leverage) / 0.996) < 1e-6);
        QVERIFY(std::abs(lpShort - 100000 * (1 + 1 / leverage) / 1.004) < 1e-6);
        QCOMPARE(std::round(approxLiquidationPrice(PositionSide::Long, 100000, leverage, 0.004)), longApprox);
        QCOMPARE(
            std::round(approxLiquidationPrice(PositionSide::Short, 100000, leverage, 0.004)), shortApprox);
    }

    void generalFormulaWithCum()
    {
        // Long 2 BTC at 50,000 with 10,000 isolated margin, MMR 1%, cum 12,000:
        // LP = (10000 + 12000 - 100000) / (2*0.01 - 2) = 39393.94
        QVERIFY(std::abs(isolatedLiquidationPrice(PositionSide::Long, 2, 50000, 10000, 0.01, 12000)
                    - 78000.0 / 1.98)
            < 1e-6);
        // Short: (10000 + 12000 + 100000) / (0.02 + 2) = 60396.04
        QVERIFY(std::abs(isolatedLiquidationPrice(PositionSide::Short, 2, 50000, 10000, 0.01, 12000)
                    - 122000.0 / 2.02)
            < 1e-6);
        // Over-collateralized long cannot be liquidated: clamped at 0.
        QCOMPARE(isolatedLiquidationPrice(PositionSide::Long, 1, 100, 200, 0.004, 0), 0.0);
        QCOMPARE(isolatedLiquidationPrice(PositionSide::Long, 0, 100, 10, 0.004, 0), 0.0);
    }

    void tierChosenByOwnNotionalAndRecomputedAtLp()
    {
        // Tier 2 has cum = 100k * (5% - 1%) = 4000.
        const std::vector<MarginTier> tiers {{100e3, 100, 0.01, 0}, {1e9, 20, 0.05, 4000}};
        // Notional 105k at entry -> tier 2 gives LP 90726.8 whose notional (95.3k) is tier 1,
        // so recompute with tier 1: (10500 - 105000) / (1.05*0.01 - 1.05) = 90909.09.
        const double lp = liquidationPrice(PositionSide::Long, 1.05, 100000, 10500, tiers);
        QVERIFY(std::abs(lp - 94500.0 / 1.0395) < 1e-6);
        const double firstGuess
            = isolatedLiquidationPrice(PositionSide::Long, 1.05, 100000, 10500, 0.05, 4000);
        QVERIFY(std::abs(firstGuess - 90500.0 / 0.9975) < 1e-6);
        // A position that stays in its tier: notional 120k, LP notional 109.5k.
        const double lp2 = liquidationPrice(PositionSide::Long, 1.2, 100000, 12000, tiers);
        QVERIFY(std::abs(lp2 - 104000.0 / 1.14) < 1e-6);
        // The market-wide OI never enters: BTC defaults, a 10k position -> tier 1 (0.4%).
        const auto& btc = symbolInfo(0).tiers;
        QVERIFY(
            std::abs(liquidationPriceForLeverage(PositionSide::Long, 100000, 10, 10000, btc) - 90000 / 0.996)
            < 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestLiqPrice)
#include "test_liqprice.moc"
