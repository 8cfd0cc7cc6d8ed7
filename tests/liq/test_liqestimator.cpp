// SPDX-License-Identifier: MIT
#include "engine/liq/liqprice.h"
#include "engine/liq/liquidationestimator.h"
#include "liqtesthelpers.h"

#include <QTest>
#include <cmath>
#include <functional>

using namespace perp;
using namespace perp::liq;
using namespace perp::liqtest;

namespace {

// Balanced flow at 100 (equal buy and sell, flat price) then an OI increase of `qty`.
void openAt100(LiquidationEstimator& e, TimeMs t, double oiBefore, double oiAfter)
{
    e.apply(oi(t, oiBefore));
    e.apply(trade(t + 100, 100, 1, Side::Buy));
    e.apply(trade(t + 200, 100, 1, Side::Sell));
    e.apply(oi(t + 1000, oiAfter));
}

double sideSum(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}
} // namespace

class TestLiqEstimator : public QObject
{
    Q_OBJECT
private slots:
    void oiIncreaseOpensLevelsAtExactLiquidationPrice()
    {
        LiquidationEstimator e(0, oneBucket(10));
        openAt100(e, kT0, 1000, 1010);
        // dOI = 10 at VWAP 100 -> 1000 notional per side (balanced flow, flat price).
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1000) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 1000) < 1e-6);
        const LiqProfile p = e.profile(0.2);
        QCOMPARE(p.confidence, Confidence::Normal);
        const double lpLong = 100 * 0.9 / 0.996; // BTC tier 1 MMR 0.4%
        const double lpShort = 100 * 1.1 / 1.004;
        const int li = p.indexOf(lpLong);
        const int si = p.indexOf(lpShort);
        QVERIFY(std::abs(p.longs[static_cast<std::size_t>(li)] - 1000) < 1e-6);
        QVERIFY(std::abs(p.shorts[static_cast<std::size_t>(si)] - 1000) < 1e-6);
        QVERIFY(std::abs(sideSum(p.longs) - 1000) < 1e-6);
        QVERIFY(std::abs(sideSum(p.shorts) - 1000) < 1e-6);
        // Longs below price, shorts above.
        QVERIFY(li < p.indexOf(100) && si > p.indexOf(100));
    }

    void takerFlowSkewsTheSplit()
    {
        LiquidationEstimator e(0, oneBucket(25));
        e.apply(oi(kT0, 1000));
        e.apply(trade(kT0 + 100, 100, 3, Side::Buy));
        e.apply(trade(kT0 + 200, 100.5, 1, Side::Sell)); // price up, buyers dominate
        e.apply(oi(kT0 + 1000, 1010));
        // imbalance 0.5 -> 0.5 + 0.3*0.5 + 0.1 = 0.75 long share of 2 * dOI * VWAP.
        const double vwap = (300 + 100.5) / 4;
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 2 * 10 * vwap * 0.75) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 2 * 10 * vwap * 0.25) < 1e-6);
    }

    void levelConsumedWhenPriceTradesThrough()
    {
        LiquidationEstimator e(0, oneBucket(10));
        openAt100(e, kT0, 1000, 1010);
        e.apply(trade(kT0 + 2000, 92, 1, Side::Sell)); // above the long level (90.36)
        QCOMPARE(e.estimatedLiquidated(PositionSide::Long), 0.0);
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1000) < 1e-6);
        e.apply(trade(kT0 + 3000, 90.2, 1, Side::Sell)); // through it
        QVERIFY(std::abs(e.estimatedLiquidated(PositionSide::Long) - 1000) < 1e-6);
        QVERIFY(e.openNotional(PositionSide::Long) < 1e-9);
        QVERIFY(sideSum(e.profile(0.3).longs) < 1e-9);
        // Shorts untouched until price rises through 109.56.
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 1000) < 1e-6);
        e.apply(trade(kT0 + 4000, 109.0, 1, Side::Buy));
        QCOMPARE(e.estimatedLiquidated(PositionSide::Short), 0.0);
        e.apply(trade(kT0 + 5000, 109.7, 1, Side::Buy));
        QVERIFY(std::abs(e.estimatedLiquidated(PositionSide::Short) - 1000) < 1e-6);
    }

    void oiDecreaseClosesProportionally()
    {
        EstimatorConfig c = oneBucket(10);
        c.buckets = {{10, 0.5}, {50, 0.5}};
        LiquidationEstimator e(0, c);
        openAt100(e, kT0, 0, 10); // 1000 per side, 500 per bucket: the estimate holds the OI
        const LiqProfile before = e.profile(0.2);
        e.apply(trade(kT0 + 1500, 100, 1, Side::Sell));
        e.apply(trade(kT0 + 1600, 100, 1, Side::Buy));
        e.apply(oi(kT0 + 2000, 6)); // -4 of 10 at 100, balanced flow -> 40% of each side closed
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 600) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 600) < 1e-6);
        const LiqProfile after = e.profile(0.2);
        for (std::size_t i = 0; i < after.size(); ++i)
            QVERIFY(std::abs(after.longs[i] - 0.6 * before.longs[i]) < 1e-9);
        // Nothing counted as liquidated by a voluntary close.
        QCOMPARE(e.estimatedLiquidated(PositionSide::Long), 0.0);
    }

    void oiDecreaseFollowsClosingFlow()
    {
        LiquidationEstimator e(0, oneBucket(10));
        openAt100(e, kT0, 0, 10);
        // Sellers dominate and price falls while OI drops: longs are closing.
        e.apply(trade(kT0 + 1500, 100, 3, Side::Sell));
        e.apply(trade(kT0 + 1600, 99.5, 1, Side::Buy));
        e.apply(oi(kT0 + 2000, 5));
        // Long close share = 0.5 + 0.3*0.5 + 0.1 = 0.75 of 2 * 5 closed contracts: 7.5 of the
        // 10 long contracts (75% of the longs), 2.5 of the shorts (25%).
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1000 * 0.25) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 1000 * 0.75) < 1e-6);
    }

    void oiChurnAddsUnseenTurnoverPerOiChange()
    {
        EstimatorConfig c = oneBucket(10);
        c.oiChurn = 0.5;
        LiquidationEstimator e(0, c);
        // dOI +10: 10 opened plus 0.5 * 10 turned over (nothing open to close yet): 15 * 100 per side.
        openAt100(e, kT0, 0, 10);
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1500) < 1e-6);
        e.apply(trade(kT0 + 1500, 104, 1, Side::Buy));
        e.apply(trade(kT0 + 1600, 104, 1, Side::Sell));
        // dOI -2: 2 + 1 closed (3 of the 10 contracts: 30% of each side), 1 reopened at 104.
        e.apply(oi(kT0 + 2000, 8));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - (1500 * 0.7 + 104)) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - (1500 * 0.7 + 104)) < 1e-6);
        const LiqProfile p = e.profile(0.2);
        const auto at = [&](double lp) { return p.longs[static_cast<std::size_t>(p.indexOf(lp))]; };
        QVERIFY(std::abs(at(100 * 0.9 / 0.996) - 1500 * 0.7) < 1e-6);
        QVERIFY(std::abs(at(104 * 0.9 / 0.996) - 104) < 1e-6);
        // Unchanged OI: no turnover at all.
        e.apply(trade(kT0 + 2500, 101, 1, Side::Buy));
        e.apply(oi(kT0 + 3000, 8));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - (1500 * 0.7 + 104)) < 1e-6);
    }

    void largerSideRelaxesTowardsTheSmaller()
    {
        EstimatorConfig c = oneBucket(10);
        c.sideBalanceTime = kHourMs;
        LiquidationEstimator e(0, c);
        // Buy-heavy flow (3:1, imbalance 0.5): long share 0.5 + 0.3 * 0.5 = 0.65 of 2 * 1000.
        e.apply(oi(kT0, 1000));
        for (int i = 0; i < 3; ++i)
            e.apply(trade(kT0 + 100 + i, 100, 1, Side::Buy));
        e.apply(trade(kT0 + 200, 100, 1, Side::Sell));
        e.apply(oi(kT0 + 1000, 1010));
        // One second of relaxation already: longs x (700/1300)^(1 - e^(-1/3600)).
        const double l1 = 1300 * std::pow(700.0 / 1300.0, 1 - std::exp(-1.0 / 3600));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - l1) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 700) < 1e-6);
        const LiqProfile before = e.profile(0.2);
        // An hour of unchanged OI (one observation a minute): log(long/short) shrinks by e^-1.
        for (int m = 1; m <= 60; ++m)
            e.apply(oi(kT0 + 1000 + m * kMinuteMs, 1010));
        const double l2 = 700 * std::exp(std::log(l1 / 700) * std::exp(-1.0));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - l2) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 700) < 1e-6);
        // The shape of the side is kept: every level scaled alike.
        const LiqProfile after = e.profile(0.2);
        for (std::size_t i = 0; i < after.size(); ++i)
            QVERIFY(std::abs(after.longs[i] - before.longs[i] * l2 / l1) < 1e-9);
    }

    void churnReplacesOldPositionsAtUnchangedOi()
    {
        EstimatorConfig c = oneBucket(10);
        c.churnShare = 0.5;
        LiquidationEstimator e(0, c);
        openAt100(e, kT0, 0, 10); // churn 0.5 * 2 = 1 on top: 11 * 100 per side
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1100) < 1e-6);
        e.apply(trade(kT0 + 1500, 104, 1, Side::Buy));
        e.apply(trade(kT0 + 1600, 104, 1, Side::Sell));
        // OI flat at 10, 2 traded: 1 unit (10% of the OI) closed and reopened at 104.
        e.apply(oi(kT0 + 2000, 10));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - (1100 * 0.9 + 104)) < 1e-6);
        const LiqProfile p = e.profile(0.2);
        const auto at = [&](double lp) { return p.longs[static_cast<std::size_t>(p.indexOf(lp))]; };
        QVERIFY(std::abs(at(100 * 0.9 / 0.996) - 1100 * 0.9) < 1e-6);
        QVERIFY(std::abs(at(104 * 0.9 / 0.996) - 104) < 1e-6);
    }

    void firstOpenInterestSeedsUnknownHistory()
    {
        LiquidationEstimator e(0, oneBucket(10));
        e.apply(trade(kT0, 100, 1, Side::Buy));
        e.apply(oi(kT0 + 1000, 50)); // 50 * 100 = 5000 per side, entries around 100
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 5000) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 5000) < 1e-6);
        const LiqProfile p = e.profile(0.2);
        const double lp = 100 * 0.9 / 0.996;
        QVERIFY(std::abs(p.longs[static_cast<std::size_t>(p.indexOf(lp))] - 5000.0 * 3 / 9) < 1e-6);
        QVERIFY(std::abs(p.longs[static_cast<std::size_t>(p.indexOf(lp * 1.02))] - 5000.0 / 9) < 1e-6);
    }

    void leverageSpreadMakesAContinuousDensity()
    {
        EstimatorConfig c = oneBucket(10);
        c.buckets = {{10, 0.5}, {40, 0.5}};
        c.spreadLeverage = true;
        LiquidationEstimator e(0, c);
        openAt100(e, kT0, 1000, 1010);
        const LiqProfile p = e.profile(0.3);
        // Longs between 10/sqrt(4) = 5x (LP ~80.3) and 40*sqrt(4) = 80x (LP ~99.1), in more than
        // two bins, nothing outside.
        int filled = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p.longs[i] > 0) {
                ++filled;
                QVERIFY(p.upperOf(i) > 100 * 0.8 / 0.996 && p.lowerOf(i) < 100 * (1 - 1.0 / 80) / 0.996);
            }
        }
        QVERIFY(filled >= 12);
        QVERIFY(std::abs(sideSum(p.longs) - 1000) < 1e-6);
    }

    void oiDecreaseAfterLiquidationsCountsThemFirst()
    {
        EstimatorConfig c = oneBucket(10);
        c.buckets = {{10, 0.5}, {100, 0.5}};
        LiquidationEstimator e(0, c);
        openAt100(e, kT0, 0, 10);
        // Price dips through the 100x long level (99.40): 500 of longs liquidated.
        e.apply(trade(kT0 + 1500, 99.3, 1, Side::Sell));
        QVERIFY(std::abs(e.estimatedLiquidated(PositionSide::Long) - 500) < 1e-6);
        // OI drops by 5 of 10 at 99.3 while sellers push price down: the long share of the
        // closes is 0.8 (clamped), 2 * 5 * 99.3 * 0.8 = 794.4 of longs left, of which the 500
        // already liquidated count first: the remaining 294.4 is 294.4 / 993 of the long OI;
        // shorts close 198.6 / 993 = 20%.
        e.apply(oi(kT0 + 2000, 5));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 500 * (1 - 294.4 / 993)) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 1000 * 0.8) < 1e-6);
    }

    void oiDecreaseClosesAShareOfOpenInterest()
    {
        // The estimate holds less than the market (it started without history: OI 1000, only
        // the last 10 contracts seen). A decrease of 10 closes 1% of the open positions, not
        // the estimate's whole side.
        LiquidationEstimator e(0, oneBucket(10));
        openAt100(e, kT0, 1000, 1010); // 1000 per side seen
        e.apply(trade(kT0 + 1500, 100, 1, Side::Sell));
        e.apply(trade(kT0 + 1600, 100, 1, Side::Buy));
        e.apply(oi(kT0 + 2000, 1000));
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - 1000 * (1 - 10.0 / 1010)) < 1e-6);
        QVERIFY(std::abs(e.openNotional(PositionSide::Short) - 1000 * (1 - 10.0 / 1010)) < 1e-6);
        // The former rule (share of the estimate's own notional) wipes both sides.
        EstimatorConfig c = oneBucket(10);
        c.closeShareOfOi = false;
        LiquidationEstimator old(0, c);
        openAt100(old, kT0, 1000, 1010);
        old.apply(trade(kT0 + 1500, 100, 1, Side::Sell));
        old.apply(trade(kT0 + 1600, 100, 1, Side::Buy));
        old.apply(oi(kT0 + 2000, 1000));
        QCOMPARE(old.openNotional(PositionSide::Long), 0.0);
    }

    void volumeFallbackWithoutOi()
    {
        LiquidationEstimator e(0, oneBucket(20));
        for (int i = 0; i < 600; ++i)
            e.apply(trade(kT0 + i * 1000, 100, 1, i % 3 == 0 ? Side::Sell : Side::Buy));
        QCOMPARE(e.confidence(), Confidence::Low);
        const double open = e.openNotional(PositionSide::Long) + e.openNotional(PositionSide::Short);
        // 9 closed 1-minute intervals of 60 units at 100: 5% = 300 of new OI, i.e. 600 of
        // positions (both sides), slightly decayed (2 h half-life).
        QVERIFY(open > 0.93 * 9 * 600 && open < 9 * 600 + 1e-6);
        QVERIFY(e.openNotional(PositionSide::Long) > e.openNotional(PositionSide::Short));
        // Heatmap columns, one per minute, cover +-15%.
        QVERIFY(e.heatmap().columns().size() >= 8);
        const auto& col = *e.heatmap().columns().back();
        QCOMPARE(static_cast<int>(col.values.size()), 2 * e.profile(0.15).grid.binsFor(0.15) + 1);
    }

    void badInputIsCountedAndSkipped()
    {
        LiquidationEstimator e(0, oneBucket(10));
        Trade t = trade(kT0, 100, 1, Side::Buy);
        t.price = Price::fromRaw(-5);
        e.apply(t);
        e.apply(trade(kT0 + 1, 100, 0, Side::Buy));
        OpenInterest o = oi(kT0 + 2, 1);
        o.openInterest = Qty::fromRaw(-1);
        e.apply(o);
        QCOMPARE(e.rejected(), 3u);
        QCOMPARE(e.price(), 0.0);
        // A wild print far from the last price is rejected, the estimate survives.
        openAt100(e, kT0 + 10, 1000, 1010);
        const double before = e.openNotional(PositionSide::Long);
        e.apply(trade(kT0 + 2000, 0.0001, 1, Side::Sell));
        QCOMPARE(e.rejected(), 4u);
        QCOMPARE(e.price(), 100.0);
        QCOMPARE(e.openNotional(PositionSide::Long), before);
        QCOMPARE(e.estimatedLiquidated(PositionSide::Long), 0.0);
        // Another symbol's events are ignored.
        e.apply(trade(kT0 + 3000, 50, 1, Side::Buy, 1));
        QCOMPARE(e.price(), 100.0);
    }

    void adaptationMovesWeightTowardsRealizedLeverage()
    {
        EstimatorConfig c;
        c.buckets = {{10, 0.5}, {100, 0.5}};
        c.adaptRate = 0.5;
        LiquidationEstimator e(0, c);
        TimeMs t = kT0;
        // The venue publishes liquidations (otherwise there is nothing to learn from).
        e.apply(liquidation(t, 100, 0.001, PositionSide::Short));
        // Repeatedly: open at 100, dip through the 100x long level without any realized
        // liquidation: the 100x bucket predicted liquidations that did not happen.
        for (int round = 0; round < 6; ++round) {
            openAt100(e, t, 1000 + round * 10, 1010 + round * 10);
            e.apply(trade(t + 2000, 99.3, 1, Side::Sell));
            e.apply(trade(t + 3000, 100, 1, Side::Buy));
            t += 6 * kMinuteMs;
            e.apply(trade(t, 100, 1, Side::Buy));
        }
        QVERIFY(e.weights()[1] < 0.3);
        QVERIFY(std::abs(e.weights()[0] + e.weights()[1] - 1) < 1e-9);
    }

    // Two buckets (10x, 100x at half each), placed exactly, learning fast.
    static EstimatorConfig twoBuckets()
    {
        EstimatorConfig c;
        c.buckets = {{10, 0.5}, {100, 0.5}};
        c.spreadLeverage = false;
        c.adaptRate = 0.2;
        c.oiChurn = 0;
        c.sideBalanceTime = 0;
        return c;
    }

    // `windows` 5-minute windows: new positions open at 100 and price dips to 99.3 through the
    // 100x long level (99.40); then realized(window, predicted, 100x weight) notional of longs is
    // liquidated (none when 0). The 10x levels are never reached. Returns the 100x weight.
    static double calibrate(
        const EstimatorConfig& c, int windows, const std::function<double(int, double, double)>& realized)
    {
        LiquidationEstimator e(0, c);
        TimeMs t = kT0;
        for (int w = 0; w < windows; ++w) {
            openAt100(e, t, 10.0 * w, 10.0 * (w + 1));
            const double before = e.estimatedLiquidated(PositionSide::Long);
            e.apply(trade(t + 2000, 99.3, 1, Side::Sell));
            const double predicted = e.estimatedLiquidated(PositionSide::Long) - before;
            if (const double r = realized(w, predicted, e.weights()[1]); r > 0)
                e.apply(liquidation(t + 2100, 99.3, r / 99.3, PositionSide::Long));
            e.apply(trade(t + 3000, 100, 1, Side::Buy));
            t += 5 * kMinuteMs + 1000;
        }
        return e.weights()[1];
    }

    // Realized liquidations come in bursts: one window in six brings 6x what the market's real
    // 100x share (0.5, whatever the estimate's weight) would give, the others none.
    static double calibratedWeight(TimeMs memory)
    {
        EstimatorConfig c = twoBuckets();
        c.adaptMemory = memory;
        // Only one bucket is ever tested here, so its ratio is the overall ratio: the relative
        // rule (earlyExitsAreNotLeverageEvidence) would learn nothing. This checks the averaging.
        c.relativeAdapt = false;
        return calibrate(c, 72, [](int w, double predicted, double weight) {
            return w % 6 == 0 ? 6 * 0.5 * predicted / weight : 0.0;
        });
    }

    void leverageCalibrationAveragesBurstsOfLiquidations()
    {
        // Ratios averaged over the memory: the 100x weight stays near its fair share.
        const double averaged = calibratedWeight(6 * kHourMs);
        QVERIFY2(averaged > 0.3 && averaged < 0.75, qPrintable(QString::number(averaged)));
        // Window by window (memory 0, the former rule) the empty windows drive it down.
        const double windowed = calibratedWeight(0);
        QVERIFY2(windowed < 0.2, qPrintable(QString::number(windowed)));
    }

    // Every window realized liquidations are half of what the market's real 100x share (0.5,
    // the prior) predicts: the other half closed early (stop-losses).
    static double weightWithEarlyExits(bool relative)
    {
        EstimatorConfig c = twoBuckets();
        c.relativeAdapt = relative;
        return calibrate(
            c, 72, [](int, double predicted, double weight) { return 0.5 * (0.5 * predicted / weight); });
    }

    void earlyExitsAreNotLeverageEvidence()
    {
        // The shortfall (0.5 of predicted, above the 0.3 floor) is blamed on early exits: the
        // tested 100x bucket keeps its fair share (it is the default).
        QVERIFY(EstimatorConfig {}.relativeAdapt);
        const double relative = weightWithEarlyExits(true);
        QVERIFY2(std::abs(relative - 0.5) < 0.02, qPrintable(QString::number(relative)));
        // Absolute ratios hand the tested bucket's weight to the untested 10x bucket.
        const double absolute = weightWithEarlyExits(false);
        // It falls until the prediction matches the realized half (0.25 of 0.75 -> ~0.3).
        QVERIFY2(absolute < 0.35, qPrintable(QString::number(absolute)));
    }

    void shortfallBelowTheFloorStillLowersTestedLeverage()
    {
        // Realized liquidations at 10% of the prediction: below minLiquidatedShare (0.3) the
        // rest is leverage evidence, the 100x bucket loses weight.
        const double weight
            = calibrate(twoBuckets(), 36, [](int, double predicted, double) { return 0.1 * predicted; });
        QVERIFY2(weight < 0.35, qPrintable(QString::number(weight)));
    }

    void premiumCrowdingMovesTheSideBalance()
    {
        EstimatorConfig c = oneBucket(10);
        c.sideBalanceTime = kHourMs;
        c.crowdingWeight = 0.1;
        LiquidationEstimator e(0, c);
        auto mark = [&e](TimeMs t, double premium) {
            MarkFunding m;
            m.h.symbol = 0;
            m.h.exchangeTime = t;
            m.indexPrice = Price::fromDouble(100);
            m.markPrice = Price::fromDouble(100 * (1 + premium));
            e.apply(m);
        };
        openAt100(e, kT0, 1000, 1010); // balanced flow: longs = shorts
        const double shorts = e.openNotional(PositionSide::Short);
        QVERIFY(std::abs(e.openNotional(PositionSide::Long) - shorts) < 1e-9);
        // A premium of 0.01% +- 0.02% swinging with a one-hour period: before an hour of
        // index data (premiumWarmup) nothing is concluded.
        TimeMs t = kT0 + 2000;
        auto swing = [&](int seconds) {
            for (int i = 0; i < seconds; ++i, t += 1000)
                mark(t, 0.0001 + 0.0002 * std::sin(2 * M_PI * static_cast<double>(t - kT0) / kHourMs));
        };
        swing(1800);
        QCOMPARE(e.targetLongShare(), 0.5);
        swing(5400);
        QVERIFY(std::abs(e.targetLongShare() - 0.5) < 0.25);
        // Half an hour of a 0.2% premium, far outside the swing: traders crowd long; z is
        // clamped to 2.5 -> 0.5 + 0.1 * 2.5.
        for (int i = 0; i < 1800; ++i, t += 1000)
            mark(t, 0.002);
        QCOMPARE(e.targetLongShare(), 0.75);
        // Ten hours of unchanged OI: longs / shorts relax to 0.75 / 0.25 (the larger-than-
        // target side, shorts, shrinks).
        for (int m = 1; m <= 600; ++m)
            e.apply(oi(t + m * kMinuteMs, 1010));
        const double ratio = e.openNotional(PositionSide::Long) / e.openNotional(PositionSide::Short);
        QVERIFY2(std::abs(ratio - 3) < 0.01, qPrintable(QString::number(ratio)));
        // Off by default: the same stream balances towards equal sides.
        QCOMPARE(EstimatorConfig {}.crowdingWeight, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestLiqEstimator)
#include "test_liqestimator.moc"
