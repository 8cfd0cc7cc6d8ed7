// SPDX-License-Identifier: MIT
#include "app/candledecimator.h"

#include <QTest>

using namespace perp;

namespace {
const TimeMs T0 = 1767225600000; // 2026-01-01T00:00:00Z, a multiple of every bucket used here

// "minute o h l c vol buy sell trades"
Candle parse(const QString& row)
{
    const auto f = row.split(' ');
    Candle c;
    c.openTime = T0 + f[0].toLongLong() * kMinuteMs;
    c.open = *Price::parse(f[1].toStdString());
    c.high = *Price::parse(f[2].toStdString());
    c.low = *Price::parse(f[3].toStdString());
    c.close = *Price::parse(f[4].toStdString());
    c.volume = *Qty::parse(f[5].toStdString());
    c.buyVolume = *Qty::parse(f[6].toStdString());
    c.sellVolume = *Qty::parse(f[7].toStdString());
    c.trades = f[8].toUInt();
    return c;
}

std::vector<Candle> parseAll(const QStringList& rows)
{
    std::vector<Candle> out;
    for (const auto& r : rows)
        out.push_back(parse(r));
    return out;
}

QString show(const Candle& c)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg((c.openTime - T0) / kMinuteMs)
        .arg(QString::fromStdString(c.open.toString()), QString::fromStdString(c.high.toString()),
            QString::fromStdString(c.low.toString()), QString::fromStdString(c.close.toString()),
            QString::fromStdString(c.volume.toString()), QString::fromStdString(c.buyVolume.toString()),
            QString::fromStdString(c.sellVolume.toString()))
        .arg(c.trades);
}
} // namespace

class TestCandleDecimator : public QObject
{
    Q_OBJECT
private slots:
    void merge_data()
    {
        QTest::addColumn<QStringList>("candles");
        QTest::addColumn<int>("factor");
        QTest::addColumn<QStringList>("expected");
        const QStringList four {"0 100 105 99 104 1.5 1 0.5 3", "1 104 110 103 108 2 0.5 1.5 4",
            "2 108 109 90.5 92 3.25 1.25 2 5", "3 92 95 91 94.12345678 0.000001 0 0.000001 1"};
        QTest::newRow("factor 1 keeps candles") << four << 1 << four;
        QTest::newRow("pairs") << four << 2
                               << QStringList {"0 100 110 99 108 3.5 1.5 2 7",
                                      "2 108 109 90.5 94.12345678 3.250001 1.25 2.000001 6"};
        QTest::newRow("all in one") << four << 4
                                    << QStringList {"0 100 110 90.5 94.12345678 6.750001 2.75 4.000001 13"};
        QTest::newRow("aligned to UTC, not to the first candle")
            << QStringList {"1 10 12 9 11 1 1 0 1", "2 11 13 10 12 1 0 1 1", "3 12 14 11 13 1 1 0 1"} << 2
            << QStringList {"0 10 12 9 11 1 1 0 1", "2 11 14 10 13 2 1 1 2"};
        QTest::newRow("gap inside a bucket") << QStringList {"0 10 12 9 11 1 1 0 1", "3 11 20 10 19 1 0 1 1",
            "4 19 19 5 6 2 1 1 2"} << 4 << QStringList {"0 10 20 9 19 2 1 1 2", "4 19 19 5 6 2 1 1 2"};
        QTest::newRow("empty") << QStringList {} << 8 << QStringList {};
    }
    void merge()
    {
        QFETCH(QStringList, candles);
        QFETCH(int, factor);
        QFETCH(QStringList, expected);
        const auto in = parseAll(candles);
        const auto out = mergeCandles(in, kMinuteMs, factor);
        QStringList got;
        for (const auto& c : out)
            got << show(c);
        QCOMPARE(got, expected);
    }

    void mergeMatchesBruteForce()
    {
        // 1000 one-minute candles with gaps, merged by 8 and compared with a direct fold per bucket.
        std::vector<Candle> in;
        for (int i = 0; i < 1000; ++i) {
            if (i % 13 == 5)
                continue;
            const double base = 100 + (i * 37 % 101) * 0.25;
            in.push_back(parse(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                                   .arg(i)
                                   .arg(base)
                                   .arg(base + (i % 7))
                                   .arg(base - (i % 5))
                                   .arg(base + (i % 3) - 1)
                                   .arg(1 + i % 4)
                                   .arg(i % 4)
                                   .arg(1)
                                   .arg(1 + i % 9)));
        }
        const auto out = mergeCandles(in, kMinuteMs, 8);
        QCOMPARE(out.size(), std::size_t(125));
        std::size_t j = 0;
        for (const Candle& b : out) {
            QCOMPARE((b.openTime - T0) % (8 * kMinuteMs), TimeMs(0));
            Candle want = in[j];
            want.openTime = b.openTime;
            for (++j; j < in.size() && in[j].openTime < b.openTime + 8 * kMinuteMs; ++j) {
                want.high = std::max(want.high, in[j].high);
                want.low = std::min(want.low, in[j].low);
                want.close = in[j].close;
                want.volume += in[j].volume;
                want.buyVolume += in[j].buyVolume;
                want.sellVolume += in[j].sellVolume;
                want.trades += in[j].trades;
            }
            QCOMPARE(show(b), show(want));
        }
        QCOMPARE(j, in.size());
    }

    void windowHasWholeBucketsAndMargins()
    {
        std::vector<Candle> in;
        for (int i = 0; i < 5000; ++i)
            in.push_back(parse(QStringLiteral("%1 %2 %3 %4 %5 1 0.5 0.5 1")
                                   .arg(i)
                                   .arg(100 + i % 10)
                                   .arg(111 + i % 10)
                                   .arg(90 - i % 10)
                                   .arg(101 + i % 10)));
        // 1000 visible candles (minutes 2003..3002) in 600 px: factor 4, one extra window each side.
        const PlotBars p
            = barsForWindow(in, kMinuteMs, T0 + 2003 * kMinuteMs, T0 + 3002 * kMinuteMs + 59'999, 600);
        QCOMPARE(p.visibleCandles, std::size_t(1000));
        QCOMPARE(p.factor, 4);
        QVERIFY(!p.bars.empty());
        // First bucket starts on a 4-minute boundary at or before minute 1003, last ends after 4002.
        QCOMPARE(p.bars.front().openTime, T0 + 1000 * kMinuteMs);
        QCOMPARE(p.bars.back().openTime, T0 + 4000 * kMinuteMs);
        const auto whole = mergeCandles(in, kMinuteMs, 4);
        const auto firstIt = std::find(whole.begin(), whole.end(), p.bars.front());
        QVERIFY(firstIt != whole.end());
        QVERIFY(std::equal(p.bars.begin(), p.bars.end(), firstIt)); // every edge bucket is exact

        // Window past the data: nothing visible, nothing plotted, no crash.
        const PlotBars none = barsForWindow(in, kMinuteMs, T0 + 9000 * kMinuteMs, T0 + 9100 * kMinuteMs, 600);
        QCOMPARE(none.visibleCandles, std::size_t(0));
        QVERIFY(none.bars.empty());
        QVERIFY(barsForWindow({}, kMinuteMs, T0, T0 + kMinuteMs, 600).bars.empty());
    }

    void factor_data()
    {
        QTest::addColumn<int>("visible");
        QTest::addColumn<double>("width");
        QTest::addColumn<int>("expected");
        QTest::newRow("few candles") << 100 << 1200.0 << 1;
        QTest::newRow("exactly half the pixels") << 600 << 1200.0 << 1;
        QTest::newRow("one over") << 601 << 1200.0 << 2;
        QTest::newRow("50k in 1200 px") << 50000 << 1200.0 << 128;
        QTest::newRow("tiny widget") << 10 << 0.0 << 16;
        QTest::newRow("nothing visible") << 0 << 800.0 << 1;
    }
    void factor()
    {
        QFETCH(int, visible);
        QFETCH(double, width);
        QFETCH(int, expected);
        const int f = decimationFactor(static_cast<std::size_t>(visible), width);
        QCOMPARE(f, expected);
        QVERIFY(static_cast<double>(visible) / f <= std::max(1.0, width / 2.0));
    }
};

QTEST_GUILESS_MAIN(TestCandleDecimator)
#include "test_candledecimator.moc"
