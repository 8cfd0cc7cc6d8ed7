// SPDX-License-Identifier: MIT
// Recording against perpscope-mockex over loopback: the Binance and Bybit adapters run
// with a FrameRecorder attached (clean, with dropped connections so REST backfill is
// in the file too, and with duplicated messages); the recording is then replayed through
// ReplayReader and its 1m candles must equal the live run's, field by field. The CLI's
// `record` writes a file whose replay holds every trade the server sent.
#include "feedharness.h"
#include "mockexprocess.h"

#include "feed/binance/binancefeed.h"
#include "feed/bybit/bybitfeed.h"
#include "feed/record/framerecorder.h"
#include "feed/replay/replayreader.h"

#include <QDir>
#include <QtTest>

using namespace perp;

class TestRecordReplay : public QObject
{
    Q_OBJECT
private slots:
    void replayEqualsLive_data();
    void replayEqualsLive();
    void cliRecord();
};

namespace {

QString outDir()
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/recordreplay";
    QDir().mkpath(dir);
    return dir;
}

// Replays `path` into a fresh engine; `stats` gets the reader's counts.
std::unique_ptr<Engine> replayFile(const std::string& path, replay::ReplayStats& stats, QString& error)
{
    std::string e;
    auto reader = replay::ReplayReader::open(path, e);
    if (!reader) {
        error = QString::fromStdString(e);
        return nullptr;
    }
    auto engine = std::make_unique<Engine>();
    engine->setSignalsEnabled(false);
    replay::ReplayChunk chunk;
    while (reader->read(chunk)) {
        EventBatch batch;
        batch.events = std::move(chunk.events);
        engine->apply(batch);
        chunk.clear();
    }
    stats = reader->stats();
    return engine;
}

QString candleText(const Candle& c)
{
    return QStringLiteral("%1 o%2 h%3 l%4 c%5 v%6 b%7 s%8 n%9")
        .arg(c.openTime)
        .arg(QString::fromStdString(c.open.toString()), QString::fromStdString(c.high.toString()),
            QString::fromStdString(c.low.toString()), QString::fromStdString(c.close.toString()),
            QString::fromStdString(c.volume.toString()), QString::fromStdString(c.buyVolume.toString()),
            QString::fromStdString(c.sellVolume.toString()))
        .arg(c.trades);
}

// Every 1m candle of every symbol, as text, for a readable comparison.
QStringList allCandles(const Engine& engine, const QStringList& symbols)
{
    QStringList out;
    for (const QString& name : symbols) {
        const CandleBook* b = engine.book(*findSymbol(name.toStdString()));
        if (!b)
            continue;
        for (const Candle& c : b->series(Timeframe::M1).candles())
            out << name + ' ' + candleText(c);
    }
    return out;
}

} // namespace

void TestRecordReplay::replayEqualsLive_data()
{
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("file");
    QTest::newRow("binance-clean") << "binance" << QStringList {} << "binance-clean.rec.zst";
    QTest::newRow("binance-drop") << "binance" << QStringList {"--drop-every", "1.5"}
                                  << "binance-drop.rec.gz";
    QTest::newRow("binance-duplicate")
        << "binance" << QStringList {"--duplicate-rate", "0.05"} << "binance-dup.rec";
    QTest::newRow("bybit-clean") << "bybit" << QStringList {} << "bybit-clean.rec.zst";
    QTest::newRow("bybit-drop") << "bybit" << QStringList {"--drop-every", "1.5"} << "bybit-drop.rec.zst";
}

void TestRecordReplay::replayEqualsLive()
{
    QFETCH(QString, exchange);
    QFETCH(QStringList, flags);
    QFETCH(QString, file);
    const QStringList symbols {"BTCUSDT", "ETHUSDT"};
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start(QStringList {"--seed", "5", "--speed", "40", "--symbols", symbols.join(','),
                              "--wait-for-client", "--run-for", "160"}
                     + flags,
                 error),
        qPrintable(error));
    const std::string path = (outDir() + '/' + file).toStdString();
    std::string openError;
    record::RecorderOptions options;
    options.path = path;
    options.flushMs = 200;
    auto recorder = record::FrameRecorder::open(options, openError);
    QVERIFY2(recorder, openError.c_str());

    std::unique_ptr<FeedSource> feed;
    std::vector<SymbolId> ids;
    for (const QString& s : symbols)
        ids.push_back(*findSymbol(s.toStdString()));
    if (exchange == "binance") {
        binance::FeedConfig c = binance::FeedConfig::forBaseUrl(server.baseUrl());
        c.symbols = ids;
        c.klineBackfill = 5;
        c.openInterestPollMs = 1000;
        c.ws.backoffBaseMs = 100;
        c.ws.backoffMaxMs = 800;
        c.rest.backoffBaseMs = 50;
        c.rest.maxRetries = 20;
        feed = std::make_unique<binance::BinanceFeed>(c);
    } else {
        bybit::FeedConfig c = bybit::FeedConfig::forBaseUrl(server.baseUrl());
        c.symbols = ids;
        c.klineBackfill = 5;
        c.backfillDelayMs = 300;
        c.ws.backoffBaseMs = 100;
        c.ws.backoffMaxMs = 500;
        c.rest.backoffBaseMs = 50;
        c.rest.maxRetries = 20;
        feed = std::make_unique<bybit::BybitFeed>(c);
    }
    QVERIFY(feed->canRecord());
    feed->setRecorder(recorder);
    test::FeedHarness harness(*feed);
    feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("running").toBool(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
    // Whether the adapter got every trade is test_binancefeed's and test_bybitfeed's
    // business; here the replay must equal whatever the live run made of it.
    QString why;
    if (!QTest::qWaitFor([&] { return harness.matches(server.stats(), why); }, 20'000))
        qInfo("live run incomplete (%s); comparing with what it did get", qPrintable(why));
    feed->stop();
    feed->setRecorder(nullptr);
    recorder->close();
    const record::RecorderStats rs = recorder->stats();
    QVERIFY(rs.frames > 200); // Bybit batches trades: fewer frames
    QCOMPARE(rs.dropped, 0u);
    QVERIFY(rs.error.empty());
    QCOMPARE(rs.files.size(), std::size_t(1));

    replay::ReplayStats stats;
    const auto replayed = replayFile(path, stats, error);
    QVERIFY2(replayed, qPrintable(error));
    QCOMPARE(stats.rejected, 0u);
    QCOMPARE(stats.lines, rs.frames + 1); // the header, then every frame
    const QStringList live = allCandles(harness.engine(), symbols);
    const QStringList again = allCandles(*replayed, symbols);
    QVERIFY(live.size() >= 4);
    QCOMPARE(again, live);
    if (!flags.isEmpty() && flags.front() == "--drop-every") {
        // The REST backfill pages were recorded too (and replayed: the candles above need them).
        std::string e;
        auto lines = replay::LineSource::open(path, e);
        QVERIFY(lines);
        int pages = 0;
        std::string_view line;
        while (lines->next(line))
            pages += line.find(" rest:/fapi/v1/aggTrades?") != std::string_view::npos
                || line.find(" rest:/v5/market/recent-trade?") != std::string_view::npos;
        QVERIFY2(pages > 0, "no REST backfill in the recording");
    }
}

void TestRecordReplay::cliRecord()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--seed", "3", "--speed", "40", "--symbols", "BTCUSDT,SOLUSDT",
                              "--wait-for-client", "--run-for", "80", "--drop-every", "1"},
                 error),
        qPrintable(error));
    const QString path = outDir() + "/cli.rec.zst";
    QFile::remove(path);
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI_PATH),
        {"record", "--source", "binance", "--exchange-url", server.baseUrl().toString(), "--symbols",
            "BTCUSDT,SOLUSDT", "--out", path, "--duration", "4.5", "--json"});
    QVERIFY(p.waitForStarted(5000));
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 30'000)
        QTest::qWait(50);
    QCOMPARE(p.exitCode(), 0);
    const auto summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(summary.value("frames").toInteger() > 500);
    QCOMPARE(summary.value("files").toArray().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
    const QJsonObject serverStats = server.stats();

    replay::ReplayStats stats;
    const auto engine = replayFile(path.toStdString(), stats, error);
    QVERIFY2(engine, qPrintable(error));
    QCOMPARE(stats.rejected, 0u);
    // Every trade the server sent is in the file exactly once after the engine's duplicate check.
    const QJsonObject symbols = serverStats.value("symbols").toObject();
    for (const QString& name : {QStringLiteral("BTCUSDT"), QStringLiteral("SOLUSDT")}) {
        const CandleBook* b = engine->book(*findSymbol(name.toStdString()));
        QVERIFY(b);
        std::uint64_t trades = 0;
        for (const Candle& c : b->series(Timeframe::M1).candles())
            trades += c.trades;
        QCOMPARE(
            trades, static_cast<std::uint64_t>(symbols.value(name).toObject().value("trades").toInteger()));
    }
}

QTEST_MAIN(TestRecordReplay)
#include "test_recordreplay.moc"
