// SPDX-License-Identifier: MIT
// The engine -> recorder -> writer path: what the engine built is what the
// database holds, written from a store thread.
#include "store/alertstore.h"
#include "store/historyrecorder.h"
#include "store/historysession.h"
#include "store/storewriter.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace perp;
using namespace perp::store;

namespace {

const TimeMs kT0 = 1'721'347'200'000; // a day boundary

EventHeader hdr(SymbolId s, TimeMs t)
{
    return EventHeader {s, Venue::Sim, t, t * 1000};
}

// 200 s of market: a trade every second for two symbols, OI every 10 s, funding
// every 5 s, two liquidations.
std::vector<EventBatch> market()
{
    std::vector<EventBatch> out;
    std::int64_t id = 0;
    for (int sec = 0; sec < 200; ++sec) {
        EventBatch b;
        const TimeMs t = kT0 + sec * 1000 + 250;
        for (SymbolId s : {SymbolId(0), SymbolId(2)}) {
            const double px = (s == 0 ? 64000.0 : 150.0) + (sec % 17) * 0.5 - (sec % 5);
            b.events.push_back(Trade {hdr(s, t), Price::fromDouble(px),
                Qty::fromDouble(0.001 * (1 + sec % 3)), sec % 2 ? Side::Buy : Side::Sell, ++id});
            if (sec % 10 == 0)
                b.events.push_back(OpenInterest {hdr(s, t), Qty::fromDouble(1000 + sec)});
            if (sec % 5 == 0)
                b.events.push_back(MarkFunding {
                    hdr(s, t), Price::fromDouble(px), Price::fromDouble(px), 0.0001 * (sec / 60 + 1), 0});
        }
        if (sec == 42 || sec == 130)
            b.events.push_back(Liquidation {hdr(2, t), Price::fromDouble(149.5), Qty::fromDouble(12.5),
                sec == 42 ? PositionSide::Long : PositionSide::Short});
        out.push_back(std::move(b));
    }
    return out;
}

} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT
private slots:
    void engineHistoryLandsInTheDatabase()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        Engine engine;
        HistoryRecorder recorder;
        StoreWriter writer(db);
        int flushes = 0;
        for (const EventBatch& b : market()) {
            engine.apply(b);
            recorder.observe(b);
            if (b.events.size() > 3) { // producers hand in their own rows alongside
                recorder.addBias({{2, "day", header(b.events[0]).exchangeTime, 12.5, 40, "bullish"}});
                recorder.addAlerts(
                    {{0, header(b.events[0]).exchangeTime, "r", "SOLUSDT", "day", 1, 0, "m", false, false}});
            }
            if (const auto batch = recorder.take(engine)) {
                QString error;
                QVERIFY2(writer.writeNow(*batch, &error), qPrintable(error));
                ++flushes;
            }
        }
        QVERIFY(flushes >= 150); // about one per engine second
        if (const auto last = recorder.take(engine, true))
            QVERIFY(writer.writeNow(*last));
        QVERIFY(!recorder.take(engine, true)); // nothing left

        CandleStore candles(db);
        for (SymbolId s : {SymbolId(0), SymbolId(2)})
            for (Timeframe tf : kAllTimeframes) {
                const auto& built = engine.book(s)->series(tf).candles();
                const auto stored = candles.load(s, tf, 0, kT0 + kDayMs);
                QCOMPARE(stored.size(), built.size());
                for (std::size_t i = 0; i < stored.size(); ++i)
                    QVERIFY2(stored[i] == built[i],
                        qPrintable(QStringLiteral("symbol %1 tf %2 candle %3")
                                       .arg(s)
                                       .arg(timeframeMinutes(tf))
                                       .arg(i)));
            }
        QCOMPARE(candles.count(0, Timeframe::M1), 4u); // 200 s from a minute boundary

        HistoryStore h(db);
        const auto liq = h.liquidations(2, 0, kT0 + kDayMs);
        QCOMPARE(liq.size(), 2u);
        QCOMPARE(liq[0].liquidated, PositionSide::Long);
        QCOMPARE(liq[1].qty.toString(), std::string("12.5"));
        // Sampled once per minute: the first point of each minute.
        const auto oi = h.openInterest(0, 0, kT0 + kDayMs);
        QCOMPARE(oi.size(), 4u);
        QCOMPARE(oi[1].time, kT0 + 60'250);
        QCOMPARE(oi[1].openInterest.toString(), std::string("1060"));
        const auto f = h.funding(2, 0, kT0 + kDayMs);
        QCOMPARE(f.size(), 4u);
        QCOMPARE(f[3].rate, 0.0004);
        // Producers added one bias row and one alert in each batch with more than 3 events
        // (every 5th second, when funding arrives).
        QCOMPARE(h.biasHistory(2, "day", 0, kT0 + kDayMs).size(), 40u);
        QCOMPARE(AlertStore(db).history(1000).size(), 40u);
    }

    void writesOnAStoreThread()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        QThread thread;
        auto* writer = new StoreWriter(db);
        writer->moveToThread(&thread);
        connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        thread.start();
        QSignalSpy written(writer, &StoreWriter::written);
        QSignalSpy failed(writer, &StoreWriter::failed);

        Engine engine;
        HistoryRecorder recorder;
        for (const EventBatch& b : market()) {
            engine.apply(b);
            recorder.observe(b);
            if (auto batch = recorder.take(engine))
                QMetaObject::invokeMethod(
                    writer, "write", Qt::QueuedConnection, Q_ARG(perp::store::WriteBatchPtr, batch));
        }
        QMetaObject::invokeMethod(writer, "write", Qt::QueuedConnection,
            Q_ARG(perp::store::WriteBatchPtr, recorder.take(engine, true)));
        QMetaObject::invokeMethod(writer, "finish", Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(30'000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(written.size() >= 150);
        CandleStore candles(db);
        QCOMPARE(candles.count(2, Timeframe::M1), 4u);
        QVERIFY(candles.load(2, Timeframe::M1, 0, kT0 + kDayMs).back()
            == engine.book(2)->series(Timeframe::M1).candles().back());
    }

    void failedBatchesAreRetried()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        db.setBusyTimeoutMs(50);
        QVERIFY(db.open());
        Database other(db.path()); // another connection takes the write lock
        QVERIFY(other.open());
        StoreWriter writer(db);
        QSignalSpy written(&writer, &StoreWriter::written);
        QSignalSpy failed(&writer, &StoreWriter::failed);
        auto batch = [](TimeMs t) {
            auto b = std::make_shared<WriteBatch>();
            Candle c;
            c.openTime = t;
            c.close = Price::fromDouble(1);
            b->candles.push_back({7, Timeframe::M1, c});
            b->liquidations.push_back(
                {7, t, Price::fromDouble(1), Qty::fromDouble(1), PositionSide::Long, Venue::Sim});
            return WriteBatchPtr(b);
        };
        {
            QSqlQuery lock(other.connection());
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            writer.write(batch(0));
            writer.write(batch(kMinuteMs));
            QCOMPARE(failed.size(), 2);
            QVERIFY2(failed[1][0].toString().contains(QStringLiteral("2 batch(es) will be tried again")),
                qPrintable(failed[1][0].toString()));
            QCOMPARE(writer.retained(), 2u);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        writer.write(batch(2 * kMinuteMs));
        QCOMPARE(written.size(), 3);
        QCOMPARE(writer.retained(), 0u);
        QCOMPARE(CandleStore(db).count(7, Timeframe::M1), 3u);
        QCOMPARE(HistoryStore(db).liquidations(7, 0, kHourMs).size(), 3u); // each exactly once
    }

    void sessionKeepsHistoryAcrossRestarts()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("data"));
        Engine engine;
        {
            HistorySession session;
            QString error;
            QVERIFY2(session.open({dir}, &error), qPrintable(error));
            QCOMPARE(session.dataDir(), QDir(dir).absolutePath());
            QVERIFY(session.openPrune().ok());
            for (const EventBatch& b : market()) {
                engine.apply(b);
                session.afterBatch(b, engine);
            }
            session.recorder().addAlerts({{0, engine.now(), "r", "BTCUSDT", "", 1, 0, "m", false, false}});
            session.close(&engine);
            QCOMPARE(session.failures(), 0);
            QVERIFY(session.rowsWritten() > 0);
        }
        // A restart sees the same candles at once, and where to fill the gap from.
        HistorySession again;
        HistorySession::Options keep;
        keep.dataDir = dir;
        keep.pruneOnOpen = false; // the data is from 2024: default retention would drop its 1m candles
        QVERIFY(again.open(keep));
        CandleStore candles(again.database());
        for (Timeframe tf : kAllTimeframes) {
            const auto& built = engine.book(0)->series(tf).candles();
            const auto stored = candles.loadLatest(0, tf, 1000);
            QCOMPARE(stored.size(), built.size());
            QVERIFY(stored.back() == built.back());
            QCOMPARE(*candles.latestOpenTime(0, tf), built.back().openTime);
        }
        QCOMPARE(AlertStore(again.database()).history(10).size(), 1u);
        QCOMPARE(again.database().integrityCheck(), QStringLiteral("ok"));
        again.close();

        HistorySession pruned; // with the default policy, opening prunes old 1m candles; 1h is kept
        QVERIFY(pruned.open({dir}));
        QCOMPARE(pruned.openPrune().deleted.at("candles.1m"), 8);
        QCOMPARE(CandleStore(pruned.database()).count(0, Timeframe::M1), 0u);
        QCOMPARE(CandleStore(pruned.database()).count(0, Timeframe::H1), 1u);
    }

    void seedingPrependsStoredCandles()
    {
        auto c = [](TimeMs t, double px) {
            Candle x;
            x.openTime = t;
            x.open = x.high = x.low = x.close = Price::fromDouble(px);
            x.volume = x.buyVolume = Qty::fromDouble(1);
            x.trades = 1;
            return x;
        };
        CandleSeries series(Timeframe::M1, 5);
        // Live data first: a trade at minute 10.
        QVERIFY(series.add(10 * kMinuteMs + 5, Price::fromDouble(50), Qty::fromDouble(2), Side::Sell));
        // Stored: minutes 4..11 plus an out-of-order and an off-grid candle.
        std::vector<Candle> stored;
        for (int m = 4; m <= 9; ++m)
            stored.push_back(c(m * kMinuteMs, 40 + m));
        stored.insert(stored.begin() + 2, c(3 * kMinuteMs, 1)); // out of order: skipped
        stored.push_back(c(9 * kMinuteMs + 7, 1)); // off the minute grid: skipped
        stored.push_back(c(10 * kMinuteMs, 99)); // live data wins
        stored.push_back(c(11 * kMinuteMs, 99));
        QCOMPARE(series.seed(stored), 6u);
        QCOMPARE(series.size(), 5u); // capacity keeps the newest
        QCOMPARE(series.candles().front().openTime, 6 * kMinuteMs);
        QCOMPARE(series.candles().back().close.toDouble(), 50.0);
        // A trade in a seeded bucket updates it on top of the stored values.
        QVERIFY(series.add(9 * kMinuteMs + 30'000, Price::fromDouble(60), Qty::fromDouble(3), Side::Buy));
        const Candle& nine = series.candles()[3];
        QCOMPARE(nine.openTime, 9 * kMinuteMs);
        QCOMPARE(nine.open.toDouble(), 49.0);
        QCOMPARE(nine.high.toDouble(), 60.0);
        QCOMPARE(nine.close.toDouble(), 60.0);
        QCOMPARE(nine.volume.toDouble(), 4.0);
        QCOMPARE(nine.trades, 2u);
    }

    void restartShowsStoredHistoryAtOnce()
    {
        QTemporaryDir tmp;
        HistorySession::Options options;
        options.dataDir = tmp.path();
        options.pruneOnOpen = false; // the data is from 2024
        Engine before;
        {
            HistorySession session;
            QVERIFY(session.open(options));
            for (const EventBatch& b : market()) {
                before.apply(b);
                session.afterBatch(b, before);
            }
            session.close(&before);
        }
        HistorySession session;
        QVERIFY(session.open(options));
        Engine after;
        QCOMPARE(session.seedEngine(after), std::size_t(2 * (4 + 1 + 1 + 1 + 1 + 1)));
        for (SymbolId s : {SymbolId(0), SymbolId(2)})
            for (Timeframe tf : kAllTimeframes) {
                const auto& a = after.book(s)->series(tf).candles();
                const auto& b = before.book(s)->series(tf).candles();
                QVERIFY(std::equal(a.begin(), a.end(), b.begin(), b.end()));
            }
        const auto snap = after.snapshot({0, Timeframe::M1, 100});
        QCOMPARE(snap->candles.size(), 4u); // what the chart gets before the first live batch
    }

    void damagedDatabaseIsKeptAsideAndReplaced()
    {
        QTemporaryDir tmp;
        const QString path = databasePath(tmp.path());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x')); // not SQLite
        }
        Database plain(path);
        QString error;
        QVERIFY(!plain.open(&error));
        QVERIFY(plain.isDamaged());
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("damaged")), qPrintable(error));

        HistorySession session;
        QVERIFY2(session.open({tmp.path()}, &error), qPrintable(error));
        QVERIFY2(session.recoveryMessage().contains(path + QStringLiteral(".corrupt-")),
            qPrintable(session.recoveryMessage()));
        QCOMPARE(session.database().integrityCheck(), QStringLiteral("ok"));
        const QStringList aside = QDir(tmp.path()).entryList({QStringLiteral("perpscope.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(QDir(tmp.path()).filePath(aside[0]));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x'));
    }

    void newerDatabaseIsLeftAlone()
    {
        QTemporaryDir tmp;
        {
            Database db(databasePath(tmp.path()));
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0, 'future')")));
        }
        HistorySession session;
        QString error;
        QVERIFY(!session.open({tmp.path()}, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(QDir(tmp.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    }

    void sessionReportsAnUnusableDataDir()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        HistorySession session;
        QString error;
        QVERIFY(!session.open({file + QStringLiteral("/sub")}, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY(!session.isOpen());
        Engine engine;
        session.afterBatch(EventBatch {}, engine); // harmless when closed
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "test_recorder.moc"
