// SPDX-License-Identifier: MIT
// BinanceFeed against perpscope-mockex over loopback, once per fault kind: afterwards
// every trade the server sent is counted exactly once (trades, volumes and 1m candle
// volumes equal the server's record) and every local book equals the server's book.
#include "faultrun.h"
#include "feedharness.h"
#include "mockexprocess.h"

#include "feed/binance/binancefeed.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace perp;

class TestBinanceFeed : public QObject
{
    Q_OBJECT
private slots:
    void faults_data();
    void faults();
    void geoBlockIsReportedNotFatal();
    void runsOnAWorkerThread();
};

void TestBinanceFeed::faults_data()
{
    test::addFaultRows(QStringLiteral("aggTrade:2.5"));
    QTest::newRow("depth-gap") << QStringList {"--depth-gap-rate", "0.05"} << "depthGaps";
}

void TestBinanceFeed::faults()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, faultCounter);
    test::MockexProcess server;
    QString error;
    const QStringList symbols {"BTCUSDT", "ETHUSDT", "SOLUSDT"};
    QVERIFY2(server.start(QStringList {"--seed", "7", "--speed", "40", "--symbols", symbols.join(','),
                              "--wait-for-client", "--run-for", "200"}
                     + flags,
                 error),
        qPrintable(error));

    binance::FeedConfig config = binance::FeedConfig::forBaseUrl(server.baseUrl());
    for (const QString& s : symbols)
        config.symbols.push_back(*findSymbol(s.toStdString()));
    config.klineBackfill = 5;
    config.openInterestPollMs = 1000;
    config.staleTradesMs = 1500;
    config.staleMarkMs = 1500;
    config.staleDepthMs = 1500;
    config.ws.backoffBaseMs = 100;
    config.ws.backoffMaxMs = 800;
    config.rest.backoffBaseMs = 50;
    config.rest.backoffMaxMs = 400;
    config.rest.maxRetries = 20;
    binance::BinanceFeed feed(config);
    test::FeedHarness harness(feed);
    QSignalSpy klines(&feed, &binance::BinanceFeed::candlesBackfilled);
    feed.start();

    // The market runs 200 simulated seconds (5 s at 40x), then stops.
    const QJsonObject stats = test::verifyFaultRun(
        server, harness, [&](SymbolId id) { return feed.book(id); }, symbols, faultCounter);
    if (QTest::currentTestFailed())
        return;

    const auto health = feed.health().snapshot();
    const net::StreamHealth* market = feed.health().stream("market");
    const net::StreamHealth* pub = feed.health().stream("public");
    QVERIFY(market && pub);
    QVERIFY(health->available);
    QVERIFY(market->messages > 0);
    QCOMPARE(klines.count(), static_cast<int>(symbols.size()));
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == "drop-every" || row == "stall" || row == "slow-rest") {
        QVERIFY2(market->reconnects > 0, "no reconnect recorded");
        QVERIFY2(market->gapsBackfilled > 0, "no gap backfilled after reconnects");
    }
    if (row.startsWith("malformed") || row == "truncate") {
        QVERIFY(market->rejected > 0);
        QVERIFY2(market->gapsBackfilled > 0, "damaged trade frames were not backfilled");
    }
    if (row == "duplicate")
        QVERIFY(market->duplicates > 0);
    if (row == "depth-gap")
        QVERIFY2(pub->gapsBackfilled > 0, "no re-snapshot after depth gaps");
    qInfo(
        "%s: %lld trades, market %llu msgs, %llu reconnects, %llu gaps backfilled, %llu rejected, %llu dups; "
        "public %llu resyncs",
        qPrintable(row), static_cast<long long>(stats.value("trades").toInteger()),
        static_cast<unsigned long long>(market->messages),
        static_cast<unsigned long long>(market->reconnects),
        static_cast<unsigned long long>(market->gapsBackfilled),
        static_cast<unsigned long long>(market->rejected),
        static_cast<unsigned long long>(market->duplicates),
        static_cast<unsigned long long>(pub->gapsBackfilled));
    feed.stop();
}

void TestBinanceFeed::geoBlockIsReportedNotFatal()
{
    // A tiny HTTP server that answers every request like Binance does from a restricted location.
    QTcpServer geo;
    QVERIFY(geo.listen(QHostAddress::LocalHost));
    connect(&geo, &QTcpServer::newConnection, &geo, [&geo] {
        while (QTcpSocket* s = geo.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray body
                    = R"({"code":0,"msg":"Service unavailable from a restricted location."})";
                s->write("HTTP/1.1 451 Unavailable For Legal Reasons\r\nContent-Type: application/json\r\n"
                         "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    binance::FeedConfig config
        = binance::FeedConfig::forBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(geo.serverPort())));
    config.symbols = {0};
    binance::BinanceFeed feed(config);
    QSignalSpy failed(&feed, &FeedSource::failed);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
    QCOMPARE(failed.at(0).at(0).toString(),
        QStringLiteral("Binance refuses connections from this location (HTTP 451)"));
    QVERIFY(!feed.health().available());
    QVERIFY(!feed.health().snapshot()->available);
    // Further requests fail fast and nothing else is reported.
    QTest::qWait(300);
    QCOMPARE(failed.count(), 1);

    // The same through perpscope-mockex --geo-block (REST and WebSocket refused with 451).
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--symbols", "BTCUSDT", "--geo-block"}, error), qPrintable(error));
    int status = 0;
    server.get("/fapi/v1/klines?symbol=BTCUSDT&interval=1m", &status);
    QCOMPARE(status, 451);
    binance::FeedConfig blocked = binance::FeedConfig::forBaseUrl(server.baseUrl());
    blocked.symbols = {0};
    binance::BinanceFeed feed2(blocked);
    QSignalSpy failed2(&feed2, &FeedSource::failed);
    feed2.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed2.count(), 1, 10'000);
    QCOMPARE(failed2.at(0).at(0).toString(),
        QStringLiteral("Binance refuses connections from this location (HTTP 451)"));
}

void TestBinanceFeed::runsOnAWorkerThread()
{
    // The app runs feeds on a worker thread: everything the feed owns must move with it.
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--seed", "5", "--speed", "40", "--symbols", "BTCUSDT", "--wait-for-client",
                              "--run-for", "80", "--drop-every", "1"},
                 error),
        qPrintable(error));
    binance::FeedConfig config = binance::FeedConfig::forBaseUrl(server.baseUrl());
    config.symbols = {*findSymbol("BTCUSDT")};
    config.ws.backoffBaseMs = 100;
    config.ws.backoffMaxMs = 500;
    auto* feed = new binance::BinanceFeed(config);
    test::FeedHarness harness(*feed);
    QThread worker;
    feed->moveToThread(&worker);
    connect(&worker, &QThread::finished, feed, &QObject::deleteLater);
    worker.start();
    QMetaObject::invokeMethod(feed, &FeedSource::start, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("running").toBool(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 20'000);
    QString why;
    QTRY_VERIFY2_WITH_TIMEOUT(harness.matches(server.stats(), why), qPrintable(why), 30'000);
    QVERIFY(server.stats().value("faults").toObject().value("drops").toInt() > 0);
    QMetaObject::invokeMethod(feed, &FeedSource::stop, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(TestBinanceFeed)
#include "test_binancefeed.moc"
