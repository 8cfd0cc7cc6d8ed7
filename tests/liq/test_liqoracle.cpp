// SPDX-License-Identifier: MIT
// The liq-eval reference estimate (known entries): path extremes and the posterior spread.
#include "cli/liqevaloracle.h"

#include <QTest>
#include <numeric>

using namespace perp;

class TestLiqOracle : public QObject
{
    Q_OBJECT

    static double sum(const std::vector<liq::KnownLevel>& levels)
    {
        return std::accumulate(levels.begin(), levels.end(), 0.0,
            [](double a, const liq::KnownLevel& l) { return a + l.notional; });
    }

private slots:
    void pathExtremesSince()
    {
        cli::PricePath path;
        const TimeMs t0 = 1'767'225'600'000;
        const double prices[] = {100, 97, 101, 103, 99, 100};
        for (int i = 0; i < 6; ++i)
            path.add(t0 + i * 1000 + 500, prices[i]);
        path.prepare();
        QCOMPARE(path.extremesSince(t0 - 60'000), std::make_pair(97.0, 103.0)); // before the record
        QCOMPARE(path.extremesSince(t0 + 2000), std::make_pair(99.0, 103.0));
        QCOMPARE(path.extremesSince(t0 + 3999), std::make_pair(99.0, 103.0)); // the 103 second
        QCOMPARE(path.extremesSince(t0 + 5000), std::make_pair(100.0, 100.0));
        QCOMPARE(path.extremesSince(t0 + 99'000), std::make_pair(100.0, 100.0)); // after: the last second
    }

    // A long that lived through a 3% dip cannot have a liquidation price above the dip: the
    // reference spreads it only over the leverages that survive, and keeps its notional.
    void survivorsOnlyBeyondThePath()
    {
        const cli::KnownEntriesOracle oracle(sim::Scenario::RetailHighLeverage, 1);
        const TimeMs t0 = 1'767'225'600'000;
        sim::GroundTruth truth;
        truth.symbol = 0; // BTCUSDT
        truth.time = t0 + 10'000;
        truth.positions.push_back({PositionSide::Long, 50'000, 49'000, 0.1, 50, t0, false, 0});
        truth.positions.push_back({PositionSide::Short, 50'000, 51'000, 0.1, 50, t0, false, 0});
        // Left out: market-maker inventory and a position with a stop-loss.
        truth.positions.push_back({PositionSide::Long, 50'000, 1, 5, 1, t0, true, 0});
        truth.positions.push_back({PositionSide::Long, 50'000, 49'000, 0.1, 50, t0, false, 49'500});

        cli::PricePath flat;
        flat.add(t0, 50'000);
        flat.prepare();
        const auto before = oracle.levels(truth, 50'000, flat, false);
        QCOMPARE(sum(before), 2 * 5'000.0);
        bool anyNear = false;
        for (const auto& l : before)
            anyNear = anyNear || (l.price > 48'500 && l.price < 50'000);
        QVERIFY(anyNear); // retail leverage puts most levels within 3%

        cli::PricePath dipped;
        dipped.add(t0, 50'000);
        dipped.add(t0 + 5'000, 48'500);
        dipped.add(t0 + 9'000, 50'000);
        dipped.prepare();
        const auto after = oracle.levels(truth, 50'000, dipped, false);
        QCOMPARE(sum(after), 2 * 5'000.0);
        for (const auto& l : after)
            QVERIFY2(l.price < 48'500 || l.price > 50'000, qPrintable(QString::number(l.price)));
        // With the stop-loss position counted the long side doubles.
        QCOMPARE(sum(oracle.levels(truth, 50'000, dipped, true)), 3 * 5'000.0);
    }

    // The ceiling of top-N capture: N intervals with a total width budget, on 0.05% bins of
    // [90, 110] (400 bins of 0.05).
    void bestCaptureCeiling()
    {
        std::vector<liq::KnownLevel> levels {{99.01, 40}, {91.01, 10}, {93.01, 10}, {95.01, 10}, {103.01, 10},
            {105.01, 10}, {107.01, 10}, {80, 1000}, {130, 1000}};
        // Points at bins 20, 60, 100, 180 (40), 260, 300, 340. The whole range: all of them.
        QVERIFY(std::abs(liq::bestCapture(levels, 100, 0.10, 5, 1.0) - 1.0) < 1e-12);
        // 60 bins: bins 260..300 as one interval (41 bins) and four single bins (90 of 100).
        QVERIFY(std::abs(liq::bestCapture(levels, 100, 0.10, 5, 0.15) - 0.9) < 1e-12);
        // One bin each: the five largest points (80).
        QVERIFY(std::abs(liq::bestCapture(levels, 100, 0.10, 5, 5.0 / 400) - 0.8) < 1e-12);
        // Three bins of width in all: three single-bin intervals.
        QVERIFY(std::abs(liq::bestCapture(levels, 100, 0.10, 5, 3.0 / 400) - 0.6) < 1e-12);
        // Two points in adjacent bins are one interval of two bins.
        levels.push_back({99.06, 20});
        QVERIFY(std::abs(liq::bestCapture(levels, 100, 0.10, 1, 2.0 / 400) - 60.0 / 120) < 1e-12);
        QVERIFY(std::abs(liq::bestCapture(levels, 100, 0.10, 1, 1.0 / 400) - 40.0 / 120) < 1e-12);
        // Nothing within the range: nothing to capture.
        QCOMPARE(liq::bestCapture(std::vector<liq::KnownLevel> {{50, 1}}, 100, 0.10, 5, 0.15), 0.0);
    }

    void profileOfPutsLongsBelowAndShortsAbove()
    {
        const std::vector<liq::KnownLevel> levels {{95, 10}, {99, 5}, {104, 7}, {200, 1}};
        const auto p = cli::profileOf(levels, 100, 1);
        double longs = 0, shorts = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            longs += p.longs[i];
            shorts += p.shorts[i];
            if (p.longs[i] > 0)
                QVERIFY(p.upperOf(i) <= 100.001);
            if (p.shorts[i] > 0)
                QVERIFY(p.lowerOf(i) >= 99.999);
        }
        QCOMPARE(longs, 15.0);
        QCOMPARE(shorts, 7.0); // 200 lies outside +-25%
        QCOMPARE(p.longs[static_cast<std::size_t>(p.indexOf(95))], 10.0);
    }
};

QTEST_GUILESS_MAIN(TestLiqOracle)
#include "test_liqoracle.moc"
