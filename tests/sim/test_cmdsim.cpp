// SPDX-License-Identifier: MIT
// perpscope-cli sim, run as a process: deterministic CSV, consistent candles, clear errors.
#include "core/decimal.h"

#include <QElapsedTimer>
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

QStringList simArgs(const QString& seed, const QString& csv)
{
    return {"sim", "--seed", seed, "--minutes", "45", "--speed", "max", "--symbol", "ETHUSDT", "--candles",
        "1m", "--csv", csv, "--symbols", "BTCUSDT,ETHUSDT", "--scenario", "retail"};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCmdSim : public QObject
{
    Q_OBJECT
private slots:
    void csvIsDeterministicAndConsistent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath("a.csv"), b = dir.filePath("b.csv"), c = dir.filePath("c.csv");
        const auto ra = runCli(simArgs("3", a));
        QCOMPARE(ra.exitCode, 0);
        QVERIFY2(ra.out.contains("SIMULATED") && ra.out.contains("trades="), qPrintable(ra.out));
        QVERIFY(ra.out.contains("liquidations"));
        QCOMPARE(runCli(simArgs("3", b)).exitCode, 0);
        QCOMPARE(runCli(simArgs("4", c)).exitCode, 0);
        const QByteArray da = readAll(a);
        QVERIFY(!da.isEmpty());
        QCOMPARE(da, readAll(b));
        QVERIFY(da != readAll(c));

        const auto lines = QString::fromUtf8(da).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.front(),
            QStringLiteral("open_time_ms,open,high,low,close,volume,buy_volume,sell_volume,trades"));
        QCOMPARE(lines.size(), 46);
        qint64 prevTime = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const auto f = lines[i].split(',');
            QCOMPARE(f.size(), 9);
            const qint64 t = f[0].toLongLong();
            QCOMPARE(t % 60'000, 0);
            if (prevTime)
                QCOMPARE(t, prevTime + 60'000);
            prevTime = t;
            auto px = [&](int k) { return Price::parse(f[k].toStdString()).value(); };
            auto qty = [&](int k) { return Qty::parse(f[k].toStdString()).value(); };
            QVERIFY(px(3) <= px(1) && px(1) <= px(2)); // low <= open <= high
            QVERIFY(px(3) <= px(4) && px(4) <= px(2)); // low <= close <= high
            QVERIFY(px(3).raw > 0);
            QCOMPARE((qty(6) + qty(7)).raw, qty(5).raw); // buy + sell = volume, exactly
            QVERIFY(f[8].toInt() > 0);
        }
    }

    void numericSpeedRunsInScaledRealTime()
    {
        QElapsedTimer wall;
        wall.start();
        const auto r = runCli({"sim", "--minutes", "1", "--speed", "600", "--symbols", "BTCUSDT"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 symbol ·") && r.out.contains("trades="), qPrintable(r.out));
        // 60 simulated seconds at 600x take about 0.1 s of wall time, never nothing.
        QVERIFY(wall.elapsed() >= 90);
    }

    void badOptionsGiveClearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("symbol") << QStringList {"sim", "--symbol", "FOOUSDT"} << "FOOUSDT";
        QTest::newRow("timeframe") << QStringList {"sim", "--candles", "7m"} << "7m";
        QTest::newRow("speed") << QStringList {"sim", "--speed", "fast"} << "fast";
        QTest::newRow("minutes") << QStringList {"sim", "--minutes", "-5"} << "-5";
        QTest::newRow("seed") << QStringList {"sim", "--seed", "abc"} << "abc";
        QTest::newRow("scenario") << QStringList {"sim", "--scenario", "whales"} << "whales";
        QTest::newRow("symbols") << QStringList {"sim", "--symbols", "BTCUSDT,NOPE"} << "NOPE";
        QTest::newRow("unknown option") << QStringList {"sim", "--frobnicate"} << "frobnicate";
    }
    void badOptionsGiveClearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("perpscope-cli sim:")));
    }
};

QTEST_GUILESS_MAIN(TestCmdSim)
#include "test_cmdsim.moc"
