// SPDX-License-Identifier: MIT
#include "engine/candlebook.h"
#include "engine/engine.h"

#include <QTest>

using namespace perp;

namespace {
Trade trade(TimeMs t, const char* px, const char* qty, Side side, std::int64_t id, Venue v = Venue::Binance)
{
    Trade tr;
    tr.h.symbol = 0;
    tr.h.venue = v;
    tr.h.exchangeTime = t;
    tr.price = *Price::parse(px);
    tr.qty = *Qty::parse(qty);
    tr.takerSide = side;
    tr.id = id;
    return tr;
}
const TimeMs T0 = 1721347200000; // 2024-07-19T00:00:00Z
} // namespace

class TestCandleBook : public QObject
{
    Q_OBJECT
private slots:
    void aggregation_data()
    {
        // Each row: trades as "offsetMs:price:qty:B|S:id" separated by spaces; expected 1m candles.
        QTest::addColumn<QString>("trades");
        QTest::addColumn<QStringList>("expected"); // "openOffsetMin o h l c vol buy sell n"
        QTest::newRow("single") << "0:100:1:B:1" << QStringList{"0 100 100 100 100 1 1 0 1"};
        QTest::newRow("ohlc") << "1000:100:1:B:1 2000:105:2:S:2 3000:95:0.5:S:3 59999:101:1:B:4"
                              << QStringList{"0 100 105 95 101 4.5 2 2.5 4"};
        QTest::newRow("boundary") << "59999:100:1:B:1 60000:101:1:B:2"
                                  << QStringList{"0 100 100 100 100 1 1 0 1", "1 101 101 101 101 1 1 0 1"};
        QTest::newRow("late-trade-same-candle")
            << "1000:100:1:B:1 5000:102:1:B:3 3000:99:1:S:2"
            << QStringList{"0 100 102 99 102 3 2 1 3"}; // close stays the latest-timed trade
        QTest::newRow("late-trade-earlier-candle")
            << "1000:100:1:B:1 61000:110:1:B:3 30000:90:1:S:2"
            << QStringList{"0 100 100 90 90 2 1 1 2", "1 110 110 110 110 1 1 0 1"};
        QTest::newRow("late-trade-fills-gap")
            << "1000:100:1:B:1 121000:120:1:B:3 61000:110:1:S:2"
            << QStringList{"0 100 100 100 100 1 1 0 1", "1 110 110 110 110 1 0 1 1", "2 120 120 120 120 1 1 0 1"};
        QTest::newRow("late-trade-earlier-open")
            << "5000:100:1:B:2 1000:98:1:B:1" << QStringList{"0 98 100 98 100 2 2 0 2"};
        QTest::newRow("duplicate-dropped")
            << "1000:100:1:B:1 2000:101:1:B:2 2000:101:1:B:2 1000:100:1:B:1"
            << QStringList{"0 100 101 100 101 2 2 0 2"};
    }
    void aggregation()
    {
        QFETCH(QString, trades);
        QFETCH(QStringList, expected);
        CandleBook book;
        for (const auto& t : trades.split(' ')) {
            const auto f = t.split(':');
            book.addTrade(trade(T0 + f[0].toLongLong(), f[1].toLatin1().constData(), f[2].toLatin1().constData(),
                                f[3] == "B" ? Side::Buy : Side::Sell, f[4].toLongLong()));
        }
        const auto& c = book.series(Timeframe::M1).candles();
        QCOMPARE(int(c.size()), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const auto e = expected[i].split(' ');
            QCOMPARE(c[i].openTime, T0 + e[0].toLongLong() * kMinuteMs);
            QCOMPARE(c[i].open, *Price::parse(e[1].toStdString()));
            QCOMPARE(c[i].high, *Price::parse(e[2].toStdString()));
            QCOMPARE(c[i].low, *Price::parse(e[3].toStdString()));
            QCOMPARE(c[i].close, *Price::parse(e[4].toStdString()));
            QCOMPARE(c[i].volume, *Qty::parse(e[5].toStdString()));
            QCOMPARE(c[i].buyVolume, *Qty::parse(e[6].toStdString()));
            QCOMPARE(c[i].sellVolume, *Qty::parse(e[7].toStdString()));
            QCOMPARE(c[i].trades, e[8].toUInt());
        }
    }
    void higherTimeframesAlignToUtc()
    {
        CandleBook book;
        // 2024-07-19 03:59:59.999 and 04:00:00.000 straddle a 4h and 1h boundary, not a 1d one.
        book.addTrade(trade(T0 + 4 * kHourMs - 1, "100", "1", Side::Buy, 1));
        book.addTrade(trade(T0 + 4 * kHourMs, "101", "2", Side::Sell, 2));
        QCOMPARE(book.series(Timeframe::H4).size(), std::size_t(2));
        QCOMPARE(book.series(Timeframe::H4).candles()[1].openTime, T0 + 4 * kHourMs);
        QCOMPARE(book.series(Timeframe::H1).size(), std::size_t(2));
        QCOMPARE(book.series(Timeframe::D1).size(), std::size_t(1));
        QCOMPARE(book.series(Timeframe::D1).candles()[0].openTime, T0);
        QCOMPARE(book.series(Timeframe::D1).candles()[0].volume, *Qty::parse("3"));
        QCOMPARE(book.series(Timeframe::M15).candles()[1].openTime, T0 + 4 * kHourMs);
    }
    void sameIdOtherVenueIsNotDuplicate()
    {
        CandleBook book;
        QVERIFY(book.addTrade(trade(T0, "100", "1", Side::Buy, 7, Venue::Binance)));
        QVERIFY(book.addTrade(trade(T0, "100", "1", Side::Buy, 7, Venue::Bybit)));
        QVERIFY(!book.addTrade(trade(T0, "100", "1", Side::Buy, 7, Venue::Bybit)));
        QCOMPARE(book.duplicates(), std::uint64_t(1));
    }
    void capacityEvictsOldest()
    {
        CandleBook book(3);
        for (int i = 0; i < 5; ++i)
            book.addTrade(trade(T0 + i * kMinuteMs, "100", "1", Side::Buy, i + 1));
        const auto& c = book.series(Timeframe::M1).candles();
        QCOMPARE(c.size(), std::size_t(3));
        QCOMPARE(c.front().openTime, T0 + 2 * kMinuteMs);
        // A trade older than what is kept is refused, not folded into the wrong candle.
        QVERIFY(!book.addTrade(trade(T0, "50", "1", Side::Buy, 99)));
        QCOMPARE(book.tooOld(), std::uint64_t(1));
        QCOMPARE(c.front().low, *Price::parse("100"));
    }
    void engineSummaryAndSnapshot()
    {
        Engine engine;
        EventBatch batch;
        batch.events.push_back(trade(T0, "100", "1", Side::Buy, 1));
        batch.events.push_back(trade(T0 + kHourMs, "110", "1", Side::Buy, 2));
        MarkFunding mf;
        mf.h.symbol = 0;
        mf.h.exchangeTime = T0 + kHourMs;
        mf.markPrice = *Price::parse("109.5");
        mf.fundingRate = 0.0001;
        batch.events.push_back(mf);
        engine.apply(batch);
        const auto snap = engine.snapshot({0, Timeframe::M1, 100});
        QCOMPARE(snap->time, T0 + kHourMs);
        QCOMPARE(snap->candles.size(), std::size_t(2));
        QCOMPARE(snap->symbols.size(), std::size_t(21));
        const auto& btc = snap->symbols[0];
        QCOMPARE(btc.last, 110.0);
        QVERIFY(qAbs(btc.change24hPct - 10.0) < 1e-9);
        QCOMPARE(btc.mark, 109.5);
        QCOMPARE(btc.fundingRate, 0.0001);
        QCOMPARE(snap->stats.trades, std::uint64_t(2));
    }
};

QTEST_APPLESS_MAIN(TestCandleBook)
#include "test_candlebook.moc"
