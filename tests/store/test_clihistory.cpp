// SPDX-License-Identifier: MIT
// perpscope-cli sim --data-dir keeps what it simulates, as the app does.
#include "store/candlestore.h"
#include "store/database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace perp;

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI_PATH), args);
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT
private slots:
    void simStoresTheCandlesItWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(QStringLiteral("eth.csv"));
        const QString data = dir.filePath(QStringLiteral("history"));
        const auto r = runCli({"sim", "--seed", "5", "--minutes", "90", "--symbols", "BTCUSDT,ETHUSDT",
            "--symbol", "ETHUSDT", "--csv", csv, "--data-dir", data});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("rows stored in %1").arg(data)), qPrintable(r.out));

        store::Database db(store::databasePath(data));
        QVERIFY(db.open());
        store::CandleStore candles(db);
        const SymbolId eth = *findSymbol("ETHUSDT");
        const auto stored = candles.loadLatest(eth, Timeframe::M1, 10'000);
        QCOMPARE(stored.size(), std::size_t(90));
        QCOMPARE(candles.count(0, Timeframe::M1), std::size_t(90));
        QCOMPARE(candles.count(0, Timeframe::M15), std::size_t(6));
        QCOMPARE(candles.count(*findSymbol("SOLUSDT"), Timeframe::M1), std::size_t(0)); // not simulated

        // The stored candles are the ones written to the CSV, value for value.
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 91);
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> v = lines[i].split(',');
            const Candle& c = stored[std::size_t(i - 1)];
            QCOMPARE(v[0].toLongLong(), c.openTime);
            QCOMPARE(v[1].toStdString(), c.open.toString());
            QCOMPARE(v[4].toStdString(), c.close.toString());
            QCOMPARE(v[5].toStdString(), c.volume.toString());
            QCOMPARE(v[8].toLongLong(), qint64(c.trades));
        }

        // A second run on the same directory adds to the history (same seed: same candles).
        const auto again = runCli(
            {"sim", "--seed", "5", "--minutes", "90", "--symbols", "BTCUSDT,ETHUSDT", "--data-dir", data});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(candles.count(eth, Timeframe::M1), std::size_t(90));
        QVERIFY(candles.loadLatest(eth, Timeframe::M1, 10'000) == stored);
    }

    void replayStoresTheCandlesItWrites()
    {
        const QString real = qEnvironmentVariable("PERPSCOPE_SHARED_DATA");
        const QString file = real + QStringLiteral("/hftbacktest/usdm/btcusdt_20240808.gz");
        if (real.isEmpty() || !QFile::exists(file))
            QSKIP("PERPSCOPE_SHARED_DATA is not set or lacks hftbacktest/usdm/btcusdt_20240808.gz");
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("btc.csv"));
        const QString data = dir.filePath(QStringLiteral("history"));
        const auto r = runCli({"replay", file, "--csv", csv, "--json", "--data-dir", data});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rows stored in %1").arg(data)), qPrintable(r.err));
        QVERIFY(r.out.trimmed().startsWith('{')); // --json output stays JSON

        store::Database db(store::databasePath(data));
        QVERIFY(db.open());
        const auto stored = store::CandleStore(db).loadLatest(0, Timeframe::M1, 100'000);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(qsizetype(stored.size()), lines.size() - 1);
        qint64 trades = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> v = lines[i].split(',');
            const Candle& c = stored[std::size_t(i - 1)];
            QCOMPARE(v[0].toLongLong(), c.openTime);
            QCOMPARE(v[4].toStdString(), c.close.toString());
            QCOMPARE(v[5].toStdString(), c.volume.toString());
            trades += qint64(c.trades);
        }
        QCOMPARE(trades, qint64(21313)); // every trade of the capture (see test_cmdreplay)
    }

    void badDataDirIsAClearError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto r = runCli({"sim", "--minutes", "1", "--data-dir", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("history:")) && r.err.contains(file), qPrintable(r.err));
    }
};

QTEST_MAIN(TestCliHistory)
#include "test_clihistory.moc"
