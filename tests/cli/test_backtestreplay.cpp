// SPDX-License-Identifier: MIT
// `perpscope-cli backtest --source replay:FILE`: the engine over recorded history gives the
// simulator's JSON report, byte-identical for the same input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(300'000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString outDir()
{
    const QString d = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/backtestreplay";
    QDir().mkpath(d);
    return d;
}

// 90 minutes of BTCUSDT aggTrades, one every 2 s on a seeded walk, with one damaged line.
QString writeFixture(int* goodLines)
{
    const QString path = outDir() + "/BTCUSDT-aggTrades-2024-01-01.csv";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,is_buyer_maker\n");
    std::uint64_t state = 7;
    double price = 42'000;
    const qint64 start = 1'704'067'200'000; // 2024-01-01 00:00 UTC
    int good = 0;
    for (int i = 0; i < 2700; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double u = double(state >> 11) / double(1ULL << 53);
        price *= 1.0 + (u - 0.49) * 0.0008;
        const bool maker = (state >> 7) & 1;
        if (i == 1000)
            f.write("1001,not-a-price,1,1,1,1704069200000,true\n");
        f.write(QStringLiteral("%1,%2,%3,%1,%1,%4,%5\n")
                    .arg(i + 1)
                    .arg(price, 0, 'f', 1)
                    .arg(0.001 + u * 0.5, 0, 'f', 3)
                    .arg(start + qint64(i) * 2000)
                    .arg(maker ? "true" : "false")
                    .toUtf8());
        ++good;
    }
    *goodLines = good;
    return path;
}

double signalCalls(const QJsonObject& mode)
{
    double n = 0;
    for (const auto s : mode["signals"].toArray())
        n += s.toObject()["calls"].toDouble();
    return n;
}

} // namespace

class TestBacktestReplay : public QObject
{
    Q_OBJECT
private slots:
    void fixtureReportIsScoredAndByteIdentical()
    {
        int good = 0;
        const QString path = writeFixture(&good);
        QVERIFY(!path.isEmpty());
        const QStringList args {"backtest", "--source", "replay:" + path, "--json"};
        const Run a = cli(args);
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const Run b = cli(args);
        QCOMPARE(b.code, 0);
        QCOMPARE(a.out, b.out);

        const QJsonObject doc = QJsonDocument::fromJson(a.out).object();
        QCOMPARE(doc["source"].toString(), QStringLiteral("replay:BTCUSDT-aggTrades-2024-01-01.csv"));
        QCOMPARE(doc["scenario"].toString(), QStringLiteral("recorded"));
        QCOMPARE(doc["events"].toInt(), good);
        QCOMPARE(doc["symbols"].toInt(), 1);
        QCOMPARE(doc["hours"].toDouble(), 1.499); // (2699 x 2 s) / 3600, 3 decimals
        // 90 minutes: 9 cards cycles a minute
        QVERIFY(doc["card_cycles"].toInt() >= 530);
        const QJsonArray modes = doc["modes"].toArray();
        QCOMPARE(modes.size(), 3);
        const QJsonObject scalp = modes[0].toObject();
        QCOMPARE(scalp["mode"].toString(), QStringLiteral("scalp"));
        QVERIFY(scalp["scored_cycles"].toInt() > 100);
        QVERIFY(scalp["evaluations"].toInt() > 100);
        QVERIFY(signalCalls(scalp) > 0);
        // the damaged line is named with its file and line, and counted
        QVERIFY2(a.err.contains("1 rejected"), qPrintable(a.err));
        QVERIFY2(a.err.contains("BTCUSDT-aggTrades-2024-01-01.csv:1002"), qPrintable(a.err));

        // the same through the simulator's short table
        const Run table = cli({"backtest", "--source", "replay:" + path});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("replay:BTCUSDT-aggTrades-2024-01-01.csv seed 1"));
    }

    void realCapture()
    {
        const QString data = qEnvironmentVariable("PERPSCOPE_SHARED_DATA");
        if (data.isEmpty())
            QSKIP("PERPSCOPE_SHARED_DATA is not set: the real captures are not available");
        const QString file = data + "/hftbacktest/usdm/btcusdt_20230405.dat.gz";
        if (!QFile::exists(file))
            QSKIP("btcusdt_20230405.dat.gz is not in PERPSCOPE_SHARED_DATA");
        const QStringList args {"backtest", "--source", "replay:" + file, "--json", "--seed", "3"};
        const Run a = cli(args);
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const Run b = cli(args);
        QCOMPARE(a.out, b.out);
        const QJsonObject doc = QJsonDocument::fromJson(a.out).object();
        QCOMPARE(doc["seed"].toInt(), 3);
        QCOMPARE(doc["source"].toString(), QStringLiteral("replay:btcusdt_20230405.dat.gz"));

        // every event `perpscope-cli replay` counts in the file went through the engine
        const Run r = cli({"replay", file, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject totals = QJsonDocument::fromJson(r.out).object()["totals"].toObject();
        qint64 events = 0;
        for (const char* k :
            {"trades", "liquidations", "mark_funding", "open_interest", "book_updates", "metrics"})
            events += totals[k].toInteger();
        QVERIFY(events > 50'000);
        QCOMPARE(doc["events"].toInteger(), events);
        QVERIFY(doc["hours"].toDouble() > 0.1); // about 7 minutes of the day
        // 7 minutes: the scalp horizon (5 min) resolves some cycles, the longer ones none
        const QJsonArray modes = doc["modes"].toArray();
        QVERIFY(modes[0].toObject()["scored_cycles"].toInt() > 0);
        QCOMPARE(modes[2].toObject()["scored_cycles"].toInt(), 0);
    }

    void badSources()
    {
        Run r = cli({"backtest", "--source", "replay:/no/such/capture.gz"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no such file '/no/such/capture.gz'"));
        r = cli({"backtest", "--source", "replay:"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("needs a file"));
        int good = 0;
        const QString path = writeFixture(&good);
        r = cli({"backtest", "--source", "replay:" + path, "--hours", "2"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--hours applies to the simulator"));
        QFile junk(outDir() + "/junk.txt");
        QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        junk.write("hello\n");
        junk.close();
        r = cli({"backtest", "--source", "replay:" + junk.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("junk.txt") && r.err.contains("unrecognized format"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestBacktestReplay)
#include "test_backtestreplay.moc"
