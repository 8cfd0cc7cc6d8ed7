// SPDX-License-Identifier: MIT
// `perpscope-cli replay` end to end on the real captures: counts, candles and errors.
#include "core/decimal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace perp;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI_PATH), QStringList {"replay"} + args);
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
QString outDir()
{
    const QString d = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/cmdreplay";
    QDir().mkpath(d);
    return d;
}
struct CsvTotals
{
    int rows = 0;
    Qty volume, buy, sell;
    qint64 trades = 0;
    QString firstOpen, lastClose;
    bool sidesAddUp = true;
};
CsvTotals readCsv(const QString& path)
{
    CsvTotals t;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return t;
    const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()
        || lines[0] != "open_time_ms,open,high,low,close,volume,buy_volume,sell_volume,trades")
        return t;
    for (int i = 1; i < lines.size(); ++i) {
        const auto c = lines[i].split(',');
        const auto vol = *Qty::parse(c[5].toStdString());
        const auto buy = *Qty::parse(c[6].toStdString());
        const auto sell = *Qty::parse(c[7].toStdString());
        t.volume += vol;
        t.buy += buy;
        t.sell += sell;
        t.sidesAddUp &= buy + sell == vol;
        t.trades += c[8].toLongLong();
        if (i == 1)
            t.firstOpen = c[1];
        t.lastClose = c[4];
        ++t.rows;
    }
    return t;
}
} // namespace

#define REAL_DATA(var)                                                                                       \
    const QString var = qEnvironmentVariable("PERPSCOPE_SHARED_DATA");                                       \
    if (var.isEmpty() || !QDir(var).exists())                                                                \
        QSKIP("PERPSCOPE_SHARED_DATA is not set or missing: real-data checks skipped");

class TestCmdReplay : public QObject
{
    Q_OBJECT
private slots:
    void candlesEqualRawTrades_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("trades");
        QTest::addColumn<QString>("volume"); // sum of raw q over the files, exact
        QTest::addColumn<QString>("buy");
        QTest::addColumn<QString>("firstPx");
        QTest::addColumn<QString>("lastPx");
        QTest::newRow("2024-07 pair")
            << QStringList {"hftbacktest/usdm/btcusdt_20240718.gz", "hftbacktest/usdm/btcusdt_20240719.gz"}
            << 10701 << "1122.459"
            << "444.608"
            << "63943.9"
            << "63865.4";
        QTest::newRow("2024-08-08") << QStringList {"hftbacktest/usdm/btcusdt_20240808.gz"} << 21313
                                    << "2429.366"
                                    << "1251.576"
                                    << "61800.3"
                                    << "61659.8";
        QTest::newRow("2023-04 pair") << QStringList {"hftbacktest/usdm/btcusdt_20230404.dat.gz",
            "hftbacktest/usdm/btcusdt_20230405.dat.gz"}
                                      << 12935 << "1189.086"
                                      << "590.074"
                                      << "28145.1"
                                      << "28140.1";
    }
    void candlesEqualRawTrades()
    {
        REAL_DATA(dir);
        QFETCH(QStringList, files);
        QFETCH(int, trades);
        QFETCH(QString, volume);
        QFETCH(QString, buy);
        QFETCH(QString, firstPx);
        QFETCH(QString, lastPx);
        QStringList args;
        for (const auto& f : files)
            args << dir + "/" + f;
        const QString csv = outDir() + "/" + QString(QTest::currentDataTag()).replace(' ', '_') + ".csv";
        const auto r = cli(args + QStringList {"--csv", csv, "--json"});
        QCOMPARE(r.code, 0);
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["totals"].toObject()["trades"].toInt(), trades);
        QCOMPARE(json["totals"].toObject()["rejected"].toInt(), 0);
        QCOMPARE(json["symbol"].toString(), QString("BTCUSDT"));
        const auto t = readCsv(csv);
        QVERIFY(t.rows > 0);
        QCOMPARE(json["candles"].toInt(), t.rows);
        QCOMPARE(QString::fromStdString(t.volume.toString()), volume);
        QCOMPARE(QString::fromStdString(t.buy.toString()), buy);
        QCOMPARE(t.trades, qint64(trades));
        QVERIFY(t.sidesAddUp);
        QCOMPARE(t.firstOpen, firstPx);
        QCOMPARE(t.lastClose, lastPx);
    }

    void textReportAndRejects()
    {
        REAL_DATA(dir);
        // A corrupted copy of the liquidation CSV: two bad rows among 5,237.
        QFile in(dir + "/binance-liquidations/binance_liquidations_2025-10-22_part.csv");
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto lines = QString::fromUtf8(in.readAll()).split('\n');
        lines[10] = "2025-10-22T09:37:00.000000,BTCUSDT,SIDEWAYS,1,1,1";
        lines[20] = "garbage";
        const QString path = outDir() + "/liquidations_corrupt.csv";
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n').toUtf8());
        out.close();
        const auto r = cli({path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("liquidations=5235"), qPrintable(r.out));
        QVERIFY(r.out.contains("rejected=2"));
        QVERIFY2(r.out.contains("liquidations_corrupt.csv:11: bad side 'SIDEWAYS'"), qPrintable(r.out));
        QVERIFY2(r.out.contains("liquidations_corrupt.csv:21: expected at least"), qPrintable(r.out));
        QVERIFY(r.out.contains("EVAAUSDT")); // most liquidated symbol is reported when there are no trades
    }

    void klinesRollUp()
    {
        REAL_DATA(dir);
        const QString csv = outDir() + "/daily.csv";
        const auto r
            = cli({dir + "/binance-vision-sample/BTCUSDT_1h_Cleaned.csv", "--candles", "1d", "--csv", csv});
        QCOMPARE(r.code, 0);
        const auto t = readCsv(csv);
        QCOMPARE(t.rows, 731); // 2024-01-01 .. 2025-12-31
        QCOMPARE(t.firstOpen, QString("42314"));
        const auto bad = cli({dir + "/binance-vision-sample/BTCUSDT_1h_Cleaned.csv", "--candles", "1m"});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("cannot make candles"));
    }

    void errors()
    {
        auto r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no FILE"));
        r = cli({"/definitely/missing.gz"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("NOT READ: cannot open /definitely/missing.gz"));
        r = cli({"/definitely/missing.gz", "--candles", "7m"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--candles '7m'"));
    }
};

QTEST_GUILESS_MAIN(TestCmdReplay)
#include "test_cmdreplay.moc"
