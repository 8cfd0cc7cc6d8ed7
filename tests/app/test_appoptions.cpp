// SPDX-License-Identifier: MIT
#include "app/appoptions.h"

#include <QTest>

using namespace perp;

class TestAppOptions : public QObject
{
    Q_OBJECT
private:
    static ParsedOptions parse(const QStringList& args)
    {
        return parseAppOptions(QStringList {"perpscope"} + args);
    }

private slots:
    void defaults()
    {
        const auto r = parse({});
        QVERIFY(!r.exit);
        QCOMPARE(r.options.source, SourceKind::Sim);
        QCOMPARE(r.options.seed, quint64(1));
        QCOMPARE(r.options.speed, 60.0);
        QCOMPARE(symbolName(r.options.symbol), std::string("BTCUSDT"));
        QCOMPARE(r.options.timeframe, Timeframe::M1);
        QCOMPARE(r.options.quitAfterMs, -1);
        QVERIFY(r.options.screenshotFile.isEmpty());
    }
    void values()
    {
        const auto r = parse({"--source", "sim", "--seed", "42", "--speed", "max", "--symbol", "ethusdt",
            "--timeframe", "4h", "--screenshot", "x.png", "--quit-after", "8000"});
        QVERIFY2(!r.exit, qPrintable(r.message));
        QCOMPARE(r.options.seed, quint64(42));
        QCOMPARE(r.options.speed, 0.0);
        QCOMPARE(symbolName(r.options.symbol), std::string("ETHUSDT"));
        QCOMPARE(r.options.timeframe, Timeframe::H4);
        QCOMPARE(r.options.screenshotFile, QStringLiteral("x.png"));
        QCOMPARE(r.options.quitAfterMs, 8000);
        QCOMPARE(parse({"--speed", "2.5"}).options.speed, 2.5);
    }
    void sources()
    {
        const auto replay = parse({"--source", "replay:/tmp/rec.bin"});
        QCOMPARE(replay.options.source, SourceKind::Replay);
        QCOMPARE(replay.options.replayFile, QStringLiteral("/tmp/rec.bin"));
        QCOMPARE(parse({"--source", "binance"}).options.source, SourceKind::Binance);
        QCOMPARE(parse({"--source", "bybit"}).options.source, SourceKind::Bybit);
        QCOMPARE(parse({"--source", "okx"}).options.source, SourceKind::Okx);
    }
    void dataDir()
    {
        QCOMPARE(parse({}).options.dataDir, QString());
        QCOMPARE(
            parse({"--data-dir", "/tmp/perp-history"}).options.dataDir, QStringLiteral("/tmp/perp-history"));
    }
    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown symbol")
            << QStringList {"--symbol", "FOOUSDT"} << "unknown --symbol 'FOOUSDT'";
        QTest::newRow("unknown timeframe") << QStringList {"--timeframe", "2m"} << "unknown --timeframe '2m'";
        QTest::newRow("bad speed") << QStringList {"--speed", "fast"} << "--speed 'fast'";
        QTest::newRow("zero speed") << QStringList {"--speed", "0"} << "--speed '0'";
        QTest::newRow("bad seed") << QStringList {"--seed", "-3"} << "--seed '-3'";
        QTest::newRow("bad quit-after") << QStringList {"--quit-after", "soon"} << "--quit-after 'soon'";
        QTest::newRow("unknown source") << QStringList {"--source", "kraken"} << "unknown --source 'kraken'";
        QTest::newRow("replay without file") << QStringList {"--source", "replay:"} << "unknown --source";
        QTest::newRow("unknown option") << QStringList {"--colour"} << "colour";
        QTest::newRow("empty data dir") << QStringList {"--data-dir", ""} << "--data-dir needs a directory";
        QTest::newRow("stray argument") << QStringList {"BTCUSDT"} << "unexpected argument 'BTCUSDT'";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = parse(args);
        QVERIFY(r.exit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
    }
    void helpAndVersion()
    {
        const auto v = parse({"--version"});
        QVERIFY(v.exit);
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.message, QStringLiteral("perpscope %1\n").arg(QStringLiteral(PERPSCOPE_VERSION)));
        const auto h = parse({"--help"});
        QVERIFY(h.exit);
        QCOMPARE(h.exitCode, 0);
        for (const char* opt : {"--source", "--seed", "--speed", "--symbol", "--timeframe", "--screenshot",
                 "--quit-after", "--version"})
            QVERIFY2(h.message.contains(QLatin1String(opt)), opt);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "test_appoptions.moc"
