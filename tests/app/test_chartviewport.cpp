// SPDX-License-Identifier: MIT
#include "app/chartviewport.h"

#include <QTest>

using namespace perp;

namespace {
const TimeMs T0 = 1767225600000;
const double S0 = T0 / 1000.0;
} // namespace

class TestChartViewport : public QObject
{
    Q_OBJECT
private slots:
    void followShowsNewestCandleAtRight()
    {
        ChartViewport v;
        v.setTimeframe(kMinuteMs);
        v.setData(T0, T0 + 299 * kMinuteMs, 300); // 300 candles
        const KeyRange r = v.followRange();
        const double lastEnd = S0 + 300 * 60;
        QVERIFY(r.upper > lastEnd);
        QVERIFY(r.upper - lastEnd <= 0.1 * r.width());
        QCOMPARE(r.width(), ChartViewport::kDefaultMaxCandles * 60);
    }
    void fewCandlesUseNarrowWindow()
    {
        ChartViewport v;
        v.setTimeframe(kMinuteMs);
        v.setData(T0, T0 + 8 * kMinuteMs, 9);
        const KeyRange r = v.followRange();
        QCOMPARE(r.width(), 30.0 * 60);
        QCOMPARE(r.lower, S0 - 60); // starts at the first candle, no empty past
        QVERIFY(r.upper > S0 + 9 * 60);
    }
    void zoomWhileFollowingPinsRightEdge()
    {
        ChartViewport v;
        v.setTimeframe(kMinuteMs);
        v.setData(T0, T0 + 999 * kMinuteMs, 1000);
        const KeyRange r = v.followRange();
        const KeyRange z = v.zoom(r, 0.5, r.lower + 10);
        QCOMPARE(z.upper, r.upper);
        QCOMPARE(z.width(), r.width() * 0.5);
        QVERIFY(v.following());
        // The zoom level survives the next follow step.
        v.setData(T0, T0 + 1000 * kMinuteMs, 1001);
        QCOMPARE(v.followRange().width(), z.width());
    }
    void panAwayStopsFollowing()
    {
        ChartViewport v;
        v.setTimeframe(kMinuteMs);
        v.setData(T0, T0 + 999 * kMinuteMs, 1000);
        KeyRange r = v.followRange();
        r.lower -= 3600;
        r.upper -= 3600;
        v.userMoved(r);
        QVERIFY(!v.following());
        // Zoom now anchors at the mouse, not the right edge.
        const double anchor = r.lower + r.width() / 4;
        const KeyRange z = v.zoom(r, 0.5, anchor);
        QCOMPARE(z.lower, anchor - (anchor - r.lower) * 0.5);
        QVERIFY(!v.following());
        v.reset();
        QVERIFY(v.following());
    }
    void clampLimitsZoomAndPan()
    {
        ChartViewport v;
        v.setTimeframe(kHourMs);
        v.setData(T0, T0 + 99 * kHourMs, 100);
        const KeyRange tooNarrow = v.clamp({S0, S0 + 60});
        QCOMPARE(tooNarrow.width(), ChartViewport::kMinCandles * 3600);
        const KeyRange tooWide = v.clamp({S0 - 1e9, S0 + 1e9});
        QCOMPARE(tooWide.width(), ChartViewport::kDefaultMaxCandles * 3600);
        const KeyRange farRight = v.clamp({S0 + 1e7, S0 + 1e7 + 20 * 3600});
        QVERIFY(farRight.lower <= S0 + 98 * 3600); // newest candles still in view
        const KeyRange farLeft = v.clamp({S0 - 1e7, S0 - 1e7 + 20 * 3600});
        QVERIFY(farLeft.upper >= S0 + 2 * 3600);
        QCOMPARE(farLeft.width(), 20.0 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestChartViewport)
#include "test_chartviewport.moc"
