// SPDX-License-Identifier: MIT
#include "engine/liq/liqprice.h"
#include "engine/liq/liquidationestimator.h"
#include "liqtesthelpers.h"

#include <QTest>
#include <cmath>

using namespace perp;
using namespace perp::liq;
using namespace perp::liqtest;

namespace {
constexpr SymbolId kSol = 2; // large-alt tiers: 50k at 75x (MMR 0.5%), 250k at 50x (1%), 1M at 25x (2%)

// One taker order of `fills` fills of `qty` at 100 (same time and side when `oneOrder`, 1 ms
// apart otherwise), then an OI increase of 10 contracts.
LiqProfile openWithOrder(bool sizeFromTrades, int fills, double qty, bool oneOrder)
{
    LiquidationEstimator e(kSol, oneBucket(100, sizeFromTrades));
    e.apply(oi(kT0, 1000, kSol));
    for (int i = 0; i < fills; ++i)
        e.apply(trade(kT0 + 100 + (oneOrder ? 0 : i), 100, qty, Side::Buy, kSol));
    e.apply(oi(kT0 + 1000, 1010, kSol));
    return e.profile(0.2);
}

double at(const std::vector<double>& v, int i)
{
    return i >= 0 && i < static_cast<int>(v.size()) ? v[static_cast<std::size_t>(i)] : 0.0;
}
} // namespace

class TestLiqSize : public QObject
{
    Q_OBJECT
private slots:
    void largeOrderOpensLevelsAtTierCappedLeverage()
    {
        // Two fills of 2500 at 100 in one taker order: 500k notional, in the 250k..1M tier: the
        // exchange allows at most 25x, MMR 2%, cum = 50k*0.005 + 250k*0.01 = 2750. Placed at the
        // tier's representative notional sqrt(250k*1M) = 500k (exact here).
        const LiqProfile p = openWithOrder(true, 2, 2500, true);
        const double lpLong = 100 * (1 - 1.0 / 25 - 2750.0 / 500e3) / (1 - 0.02); // 97.398
        const double lpShort = 100 * (1 + 1.0 / 25 + 2750.0 / 500e3) / (1 + 0.02); // 102.500
        // All buy flow: long share 0.5 + 0.3 = 0.8 of 2 * 10 * 100.
        QVERIFY(std::abs(at(p.longs, p.indexOf(lpLong)) - 1600) < 1e-6);
        QVERIFY(std::abs(at(p.shorts, p.indexOf(lpShort)) - 400) < 1e-6);
        // Nothing at the 75x level a position of positionNotional (10k) would have.
        const double lp75 = 100 * (1 - 1.0 / 75) / (1 - 0.005); // 99.162
        QCOMPARE(at(p.longs, p.indexOf(lp75)), 0.0);
    }

    void withoutSizesEveryPositionIsPositionNotional()
    {
        // The same order with sizeFromTrades off: 100x capped at tier 1's 75x.
        const LiqProfile p = openWithOrder(false, 2, 2500, true);
        const double lp75 = 100 * (1 - 1.0 / 75) / (1 - 0.005);
        QVERIFY(std::abs(at(p.longs, p.indexOf(lp75)) - 1600) < 1e-6);
    }

    void fillsAtDifferentTimesAreSeparateOrders()
    {
        // Two orders of 250k each: the 50k..250k tier, 50x, MMR 1%, cum 250, placed at
        // sqrt(50k*250k) = 111.8k.
        const LiqProfile p = openWithOrder(true, 2, 2500, false);
        const double n = std::sqrt(50e3 * 250e3);
        const double lpLong = 100 * (1 - 1.0 / 50 - 250 / n) / (1 - 0.01);
        QVERIFY(std::abs(at(p.longs, p.indexOf(lpLong)) - 1600) < 1e-6);
    }

    void openedNotionalSplitsByTierShare()
    {
        // One 500k order and 500k in 100 small orders of 5k (first tier): half the opened
        // notional at the 25x level, half at 75x.
        LiquidationEstimator e(kSol, oneBucket(100, true));
        e.apply(oi(kT0, 1000, kSol));
        e.apply(trade(kT0 + 100, 100, 5000, Side::Buy, kSol));
        for (int i = 0; i < 100; ++i)
            e.apply(trade(kT0 + 200 + i, 100, 50, Side::Buy, kSol));
        e.apply(oi(kT0 + 1000, 1010, kSol));
        const LiqProfile p = e.profile(0.2);
        const double lp25 = 100 * (1 - 1.0 / 25 - 2750.0 / 500e3) / (1 - 0.02);
        const double lp75 = 100 * (1 - 1.0 / 75) / (1 - 0.005);
        QVERIFY(std::abs(at(p.longs, p.indexOf(lp25)) - 800) < 1e-6);
        QVERIFY(std::abs(at(p.longs, p.indexOf(lp75)) - 800) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1600) < 1e-6);
    }

    void ratiosFollowTheExchangeFormula()
    {
        LiquidationEstimator e(kSol, oneBucket(100, true));
        const auto& tiers = symbolInfo(kSol).tiers;
        // positionNotional (10k): first tier, capped at 75x.
        QCOMPARE(e.levelRatio(PositionSide::Long, 0),
            liquidationPriceForLeverage(PositionSide::Long, 1.0, 75, 10e3, tiers));
        // 2M: the 1M..5M tier, 20x, placed at sqrt(1M*5M).
        QCOMPARE(e.levelRatioFor(2e6, PositionSide::Short, 0),
            liquidationPriceForLeverage(PositionSide::Short, 1.0, 20, std::sqrt(1e6 * 5e6), tiers));
        // 2% farther from entry: (1 - 1/20 - 7750/2.236M) / (1 - 0.025) = 0.9708 against 0.9916.
        QVERIFY(std::abs(e.levelRatioFor(2e6, PositionSide::Long, 0) - 0.9708) < 1e-4);
        QVERIFY(std::abs(e.levelRatio(PositionSide::Long, 0) - 0.9916) < 1e-4);
    }
};

QTEST_APPLESS_MAIN(TestLiqSize)
#include "test_liqsize.moc"
