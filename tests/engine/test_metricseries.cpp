// SPDX-License-Identifier: MIT
#include "engine/engine.h"
#include "engine/metricseries.h"

#include <QTest>

using namespace perp;

namespace {
const TimeMs T0 = 1721347200000; // 2024-07-19T00:00:00Z

OpenInterest oi(TimeMs t, const char* qty)
{
    OpenInterest e;
    e.h.symbol = 0;
    e.h.exchangeTime = t;
    e.openInterest = *Qty::parse(qty);
    return e;
}

MarkFunding funding(TimeMs t, double rate)
{
    MarkFunding e;
    e.h.symbol = 0;
    e.h.exchangeTime = t;
    e.markPrice = *Price::parse("100");
    e.indexPrice = *Price::parse("100");
    e.fundingRate = rate;
    return e;
}

Trade trade(TimeMs t)
{
    Trade tr;
    tr.h.symbol = 0;
    tr.h.exchangeTime = t;
    tr.price = *Price::parse("100");
    tr.qty = *Qty::parse("1");
    tr.takerSide = Side::Buy;
    tr.id = t;
    return tr;
}
} // namespace

class TestMetricSeries : public QObject
{
    Q_OBJECT
private slots:
    void lastValuePerMinuteWins()
    {
        MetricSeries s(10);
        QVERIFY(s.record(T0 + 1000, 1.0));
        QVERIFY(s.record(T0 + 59'999, 2.0));
        QVERIFY(s.record(T0 + 60'000, 3.0));
        QCOMPARE(s.samples().size(), 2u);
        QCOMPARE(s.samples()[0], (MetricSample {T0, 2.0}));
        QCOMPARE(s.samples()[1], (MetricSample {T0 + kMinuteMs, 3.0}));
    }
    void olderMinuteIsDroppedAndCounted()
    {
        MetricSeries s(10);
        s.record(T0 + 2 * kMinuteMs, 5.0);
        QVERIFY(!s.record(T0 + kMinuteMs, 4.0));
        QCOMPARE(s.outOfOrder(), 1u);
        QCOMPARE(s.samples().size(), 1u);
        QCOMPARE(s.samples()[0].value, 5.0);
    }
    void boundedToCapacity()
    {
        MetricSeries s(3);
        for (int i = 0; i < 10; ++i)
            s.record(T0 + i * kMinuteMs, i);
        QCOMPARE(s.samples().size(), 3u);
        QCOMPARE(s.samples().front().minute, T0 + 7 * kMinuteMs);
        QCOMPARE(s.samples().back().value, 9.0);
    }
    void sinceKeepsTheSampleBefore()
    {
        MetricSeries s(10);
        for (int i = 0; i < 5; ++i)
            s.record(T0 + i * kMinuteMs, i);
        const auto v = s.since(T0 + 2 * kMinuteMs + 30'000);
        QCOMPARE(v.size(), 3u);
        QCOMPARE(v.front().minute, T0 + 2 * kMinuteMs);
        QCOMPARE(s.since(T0 - kMinuteMs).size(), 5u);
    }
    void engineSnapshotHoldsSeriesOfChartSymbol()
    {
        Engine e;
        e.apply(trade(T0 + 5 * kMinuteMs));
        for (int i = 0; i < 10; ++i) {
            e.apply(oi(T0 + i * kMinuteMs + 10'000, i % 2 ? "1000.5" : "999"));
            e.apply(funding(T0 + i * kMinuteMs + 20'000, 0.0001 * i));
        }
        const auto snap = e.snapshot({0, Timeframe::M1, 100});
        // From the first candle (minute 5) on.
        QCOMPARE(snap->openInterest.size(), 5u);
        QCOMPARE(snap->openInterest.front().minute, T0 + 5 * kMinuteMs);
        QCOMPARE(snap->openInterest.front().value, 1000.5);
        QCOMPARE(snap->funding.back().value, 0.0009);
        QCOMPARE(e.openInterest(0)->samples().size(), 10u);
        QCOMPARE(e.funding(0)->samples().size(), 10u);
        // Several venues: OI is the sum of each venue's latest value, funding their mean.
        OpenInterest bybit = oi(T0 + 9 * kMinuteMs + 30'000, "500");
        bybit.h.venue = Venue::Bybit;
        e.apply(bybit);
        MarkFunding bybitFunding = funding(T0 + 9 * kMinuteMs + 40'000, 0.0003);
        bybitFunding.h.venue = Venue::Bybit;
        e.apply(bybitFunding);
        QCOMPARE(e.openInterest(0)->samples().back().value, 1000.5 + 500);
        QCOMPARE(e.funding(0)->samples().back().value, (0.0009 + 0.0003) / 2);
        QCOMPARE(e.openInterest(0)->samples().size(), 10u); // same minute: replaced
        const auto other = e.snapshot({1, Timeframe::M1, 100});
        QVERIFY(other->openInterest.empty());
    }
};

QTEST_APPLESS_MAIN(TestMetricSeries)
#include "test_metricseries.moc"
