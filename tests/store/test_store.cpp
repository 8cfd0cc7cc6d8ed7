// SPDX-License-Identifier: MIT
#include "store/alertstore.h"
#include "store/blobstore.h"
#include "store/candlereader.h"
#include "store/candlestore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/migrations.h"
#include "store/retention.h"
#include "store/sqlutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace perp;
using namespace perp::store;

namespace {

Candle candle(TimeMs t, const char* o, const char* h, const char* l, const char* c, const char* vol)
{
    Candle x;
    x.openTime = t;
    x.open = *Price::parse(o);
    x.high = *Price::parse(h);
    x.low = *Price::parse(l);
    x.close = *Price::parse(c);
    x.volume = *Qty::parse(vol);
    x.buyVolume = *Qty::parse("0.000001");
    x.sellVolume = x.volume - x.buyVolume;
    x.trades = 42;
    return x;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void dataDirOverride()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/data"));
        QString error;
        const QString resolved = resolveDataDir(dir, &error);
        QVERIFY2(!resolved.isEmpty(), qPrintable(error));
        QVERIFY(QDir(resolved).exists());
        QCOMPARE(databasePath(resolved), QDir(resolved).filePath(QStringLiteral("perpscope.sqlite")));
    }

    void opensWithWalAndLatestSchema()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }

    void candleRoundTripIsExact()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        CandleStore store(db);
        const TimeMs t0 = 1'721'347'200'000;
        std::vector<Candle> in {
            candle(t0, "63950.12345678", "64000.5", "63900.00000001", "63999.99", "12.345678"),
            candle(t0 + kMinuteMs, "0.00000001", "0.1", "0.00000001", "0.05", "9000000.000001")};
        QString error;
        QVERIFY2(store.upsert(internSymbol("BTCUSDT"), Timeframe::M1, in, &error), qPrintable(error));
        const auto out = store.load(internSymbol("BTCUSDT"), Timeframe::M1, t0, t0 + kHourMs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), 2u);
        QVERIFY(out[0] == in[0]);
        QVERIFY(out[1] == in[1]);
        QCOMPARE(out[0].open.toString(), std::string("63950.12345678"));
        // Other timeframe and symbol are separate series.
        QVERIFY(store.load(internSymbol("BTCUSDT"), Timeframe::M5, t0, t0 + kHourMs).empty());
        QVERIFY(store.load(internSymbol("ETHUSDT"), Timeframe::M1, t0, t0 + kHourMs).empty());
        // The range end is exclusive.
        QCOMPARE(store.load(internSymbol("BTCUSDT"), Timeframe::M1, t0, t0 + kMinuteMs).size(), 1u);
    }

    void directAndQtReadsAgree()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        CandleStore store(db);
        std::vector<Candle> in;
        for (int i = 0; i < 500; ++i)
            in.push_back(candle(i * kMinuteMs, "1.5", "2.00000001", "0.5", "1.25", "1000.000001"));
        in[17].trades = 4'000'000'000u;
        in[18].close = Price::fromRaw(-1);
        QVERIFY(store.upsert(5, Timeframe::M1, in));
        const bool wasDirect = directCandleReads();
        const auto viaDefault = store.load(5, Timeframe::M1, 0, 1'000 * kMinuteMs);
        setDirectCandleReads(false);
        const auto viaQt = store.load(5, Timeframe::M1, 0, 1'000 * kMinuteMs);
        setDirectCandleReads(wasDirect);
        QVERIFY(viaDefault == in);
        QVERIFY(viaQt == in);
        qInfo("default candle read path: %s", wasDirect ? "SQLite C API" : "QSqlQuery");
    }

    void formingCandleIsUpserted()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        CandleStore store(db);
        const SymbolId sol = internSymbol("SOLUSDT");
        const TimeMs t0 = 1'721'347'200'000;
        std::vector<Candle> first {candle(t0, "150", "151", "149", "150.5", "10")};
        QVERIFY(store.upsert(sol, Timeframe::M15, first));
        std::vector<Candle> updated {candle(t0, "150", "152.25", "148", "152", "31.5")};
        QVERIFY(store.upsert(sol, Timeframe::M15, updated));
        QCOMPARE(store.count(sol, Timeframe::M15), 1u);
        const auto out = store.loadLatest(sol, Timeframe::M15, 10);
        QCOMPARE(out.size(), 1u);
        QCOMPARE(out[0].high.toString(), std::string("152.25"));
        QCOMPARE(out[0].volume.toString(), std::string("31.5"));
        QCOMPARE(*store.latestOpenTime(sol, Timeframe::M15), t0);
        QVERIFY(!store.latestOpenTime(sol, Timeframe::H1).has_value());
    }

    void mixedBatchAndLatest()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        CandleStore store(db);
        std::vector<CandleRow> rows;
        const TimeMs t0 = 1'721'347'200'000;
        for (SymbolId s = 0; s < 3; ++s)
            for (int i = 0; i < 5; ++i)
                rows.push_back({s, Timeframe::H1, candle(t0 + i * kHourMs, "1", "2", "0.5", "1.5", "3")});
        QVERIFY(store.upsert(rows));
        const auto latest = store.loadLatest(2, Timeframe::H1, 3);
        QCOMPARE(latest.size(), 3u);
        QCOMPARE(latest.front().openTime, t0 + 2 * kHourMs);
        QCOMPARE(latest.back().openTime, t0 + 4 * kHourMs);
    }

    void historyRoundTrips()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        HistoryStore h(db);
        const SymbolId eth = internSymbol("ETHUSDT");
        const TimeMs t0 = 1'721'347'200'000;
        std::vector<LiquidationRecord> liq {
            {eth, t0, *Price::parse("3400.12"), *Qty::parse("1.5"), PositionSide::Long, Venue::Binance},
            {eth, t0 + 5, *Price::parse("3390"), *Qty::parse("0.25"), PositionSide::Short, Venue::Bybit}};
        QString error;
        QVERIFY2(h.addLiquidations(liq, &error), qPrintable(error));
        QVERIFY(h.liquidations(eth, t0, t0 + 10) == liq);
        QCOMPARE(h.liquidations(eth, t0 + 1, t0 + 10).size(), 1u);

        std::vector<OpenInterestPoint> oi {
            {t0, *Qty::parse("123456.789")}, {t0 + 300'000, *Qty::parse("123500")}};
        QVERIFY(h.addOpenInterest(eth, oi));
        QVERIFY(h.openInterest(eth, t0, t0 + kHourMs) == oi);

        std::vector<FundingPoint> f {{t0, 0.000125, *Price::parse("3401.5")}, {t0 + kHourMs, -0.0003, {}}};
        QVERIFY(h.addFunding(eth, f));
        QVERIFY(h.funding(eth, t0, t0 + kDayMs) == f);

        std::vector<BiasRecord> b {
            {eth, "swing", t0, 61.5, 0.57, "bullish"}, {eth, "scalp", t0, -12, 0.3, "neutral"}};
        QVERIFY(h.addBias(b));
        const auto swing = h.biasHistory(eth, "swing", t0, t0 + 1);
        QCOMPARE(swing.size(), 1u);
        QVERIFY(swing[0] == b[0]);

        std::vector<SignalRecord> s {
            {eth, "swing", t0, "flow", 0.4, "bullish"}, {eth, "swing", t0, "funding", -0.2, "bearish"}};
        QVERIFY(h.addSignals(s));
        const auto sig = h.signalHistory(eth, "swing", t0, t0 + 1);
        QCOMPARE(sig.size(), 2u);
        QCOMPARE(sig[0].category, std::string("flow"));
        QCOMPARE(sig[1].state, std::string("bearish"));
    }

    void blobsAndAlerts()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        BlobStore blobs(db);
        QVERIFY(
            blobs.put(QStringLiteral("zones"), QStringLiteral("BTCUSDT"), QByteArray("\x00\x01zz", 4), 5));
        QVERIFY(blobs.put(QStringLiteral("zones"), QStringLiteral("BTCUSDT"), QByteArray("\x00\x02", 2), 6));
        QCOMPARE(*blobs.get(QStringLiteral("zones"), QStringLiteral("BTCUSDT")), QByteArray("\x00\x02", 2));
        QCOMPARE(blobs.keys(QStringLiteral("zones")), QStringList {QStringLiteral("BTCUSDT")});
        QVERIFY(!blobs.get(QStringLiteral("learner"), QStringLiteral("BTCUSDT")).has_value());
        QVERIFY(blobs.remove(QStringLiteral("zones"), QStringLiteral("BTCUSDT")));

        AlertStore alerts(db);
        std::vector<StoredRule> rules {
            {QStringLiteral("b"), "{\"id\":\"b\"}"}, {QStringLiteral("a"), "{\"id\":\"a\"}"}};
        QVERIFY(alerts.replaceRules(rules, 1));
        const auto back = alerts.rules();
        QCOMPARE(back.size(), 2u);
        QCOMPARE(back[0].id, QStringLiteral("b")); // order kept
        QCOMPARE(back[1].json, QByteArray("{\"id\":\"a\"}"));

        std::vector<alerts::FiredAlert> fired(2);
        fired[0] = {0, 1000, "b", "SOLUSDT", "swing", 61.2, 60, "SOL swing bias 61.2", false, false};
        fired[1] = {0, 2000, "a", "BTCUSDT", "", 1.5e6, 1e6, "liq", true, false};
        QVERIFY(alerts.log(fired));
        QVERIFY(fired[0].id > 0 && fired[1].id > fired[0].id);
        auto hist = alerts.history(10);
        QCOMPARE(hist.size(), 2u);
        QVERIFY(hist[0] == fired[1]); // newest first, replay flag kept
        QVERIFY(alerts.acknowledge(fired[1].id));
        hist = alerts.history(10, true);
        QCOMPARE(hist.size(), 1u);
        QCOMPARE(hist[0].rule, std::string("b"));
    }

    void retentionPrunes()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        CandleStore candles(db);
        HistoryStore h(db);
        Retention r(db);
        const TimeMs now = 1'721'347'200'000;
        QVERIFY(r.policy().maxAge.at("candles.1m") == std::optional<TimeMs>(400 * kDayMs));
        RetentionPolicy p = r.policy();
        p.maxAge["candles.1m"] = 2 * kDayMs;
        p.maxAge["candles.1h"] = std::nullopt;
        p.maxAge["funding"] = kDayMs;
        QString error;
        QVERIFY2(r.setPolicy(p, &error), qPrintable(error));
        QVERIFY(r.policy().maxAge.at("candles.1m") == std::optional<TimeMs>(2 * kDayMs));
        QVERIFY(!r.policy().maxAge.at("candles.1h").has_value());
        RetentionPolicy bad;
        bad.maxAge["candles.2m"] = kDayMs;
        QVERIFY(!r.setPolicy(bad, &error));
        QVERIFY(error.contains(QStringLiteral("candles.2m")));

        std::vector<Candle> series;
        for (int d = 0; d < 5; ++d)
            series.push_back(candle(now - d * kDayMs, "1", "1", "1", "1", "1"));
        QVERIFY(candles.upsert(0, Timeframe::M1, series));
        QVERIFY(candles.upsert(0, Timeframe::H1, series));
        std::vector<FundingPoint> f {{now - 3 * kDayMs, 0.1, {}}, {now - 1000, 0.2, {}}};
        QVERIFY(h.addFunding(0, f));

        const PruneResult res = r.prune(now);
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(res.deleted.at("candles.1m"), 2); // 3 and 4 days old
        QVERIFY(!res.deleted.contains("candles.1h"));
        QCOMPARE(res.deleted.at("funding"), 1);
        QCOMPARE(candles.count(0, Timeframe::M1), 3u);
        QCOMPARE(candles.count(0, Timeframe::H1), 5u);
        QCOMPARE(h.funding(0, 0, now).size(), 1u);
    }

    void migratesFromV1OnARealFile()
    {
        QTemporaryDir tmp;
        const QString path = databasePath(tmp.path());
        const TimeMs t0 = 1'721'347'200'000;
        {
            Database v1(path);
            QString error;
            QVERIFY2(v1.open(&error, 1), qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
            CandleStore candles(v1);
            std::vector<Candle> c {candle(t0, "10.5", "11", "10", "10.75", "100")};
            QVERIFY(candles.upsert(internSymbol("XRPUSDT"), Timeframe::M5, c));
            QSqlQuery q(v1.connection());
            // A v1 liquidation row has no venue column.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO liquidations (symbol, time, price, qty, side) "
                                          "VALUES (1, %1, 100000000, 2000000, -1)")
                               .arg(t0)));
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM bias_history")));
        }
        Database latest(path);
        QString error;
        QVERIFY2(latest.open(&error), qPrintable(error));
        QCOMPARE(latest.schemaVersion(), latestSchemaVersion());
        QSqlQuery q(latest.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), latestSchemaVersion());
        CandleStore candles(latest);
        const auto back = candles.load(internSymbol("XRPUSDT"), Timeframe::M5, t0, t0 + 1);
        QCOMPARE(back.size(), 1u);
        QCOMPARE(back[0].close.toString(), std::string("10.75"));
        HistoryStore h(latest);
        const auto liq = h.liquidations(*latest.symbolOf(1), t0, t0 + 1);
        QCOMPARE(liq.size(), 1u);
        QCOMPARE(liq[0].venue, Venue::Sim); // default of the column added in v2
        QCOMPARE(liq[0].liquidated, PositionSide::Short);
        std::vector<BiasRecord> b {{0, "swing", t0, 1, 1, "x"}};
        QVERIFY(h.addBias(b));
        QCOMPARE(latest.integrityCheck(), QStringLiteral("ok"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir tmp;
        const QString path = databasePath(tmp.path());
        {
            Database db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 0, 'future')")));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(path), qPrintable(error));
    }

    void connectionPerThread()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        const QString mainName = db.connection().connectionName();
        QString workerName;
        bool workerOk = false;
        QThread* worker = QThread::create([&] {
            workerName = db.connection().connectionName();
            CandleStore store(db);
            std::vector<Candle> c;
            for (int i = 0; i < 100; ++i)
                c.push_back(candle(i * kMinuteMs, "1", "1", "1", "1", "1"));
            workerOk = store.upsert(3, Timeframe::M1, c);
            db.closeThreadConnection();
        });
        worker->start();
        CandleStore store(db);
        std::vector<Candle> c;
        for (int i = 0; i < 100; ++i)
            c.push_back(candle(i * kMinuteMs, "2", "2", "2", "2", "2"));
        QVERIFY(store.upsert(4, Timeframe::M1, c));
        QVERIFY(worker->wait(30'000));
        delete worker;
        QVERIFY(workerOk);
        QVERIFY(workerName != mainName);
        QCOMPARE(store.count(3, Timeframe::M1), 100u);
        QCOMPARE(store.count(4, Timeframe::M1), 100u);
    }

    void nestedTransactionRollsBack()
    {
        QTemporaryDir tmp;
        Database db(databasePath(tmp.path()));
        QVERIFY(db.open());
        CandleStore store(db);
        {
            Transaction outer(db.connection());
            std::vector<Candle> c {candle(0, "1", "1", "1", "1", "1")};
            QVERIFY(store.upsert(0, Timeframe::M1, c)); // joins the outer transaction
            // outer not committed: everything rolls back
        }
        QCOMPARE(store.count(0, Timeframe::M1), 0u);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
