// SPDX-License-Identifier: MIT
// BybitFeed against perpscope-mockex over loopback, once per fault kind: afterwards
// every trade the server sent is counted exactly once and every local book equals
// the server's book.
#include "faultrun.h"
#include "feedharness.h"
#include "mockexprocess.h"

#include "feed/bybit/bybitfeed.h"

#include <QSignalSpy>
#include <QtTest>

using namespace perp;

class TestBybitFeed : public QObject
{
    Q_OBJECT
private slots:
    void faults_data();
    void faults();
    void unrecoverableGapIsReported();
};

void TestBybitFeed::faults_data()
{
    test::addFaultRows(QStringLiteral("publicTrade:2"));
    // Faster market, longer run: each drop used to grow the reconnect backoff (1.5 s
    // connections never counted as healthy), until a gap held more trades than the one
    // recent-trade page (1000) and thousands were lost.
    QTest::newRow("drop-every-speed40")
        << QStringList {"--drop-every", "1.5", "--speed", "40", "--run-for", "400"} << "drops";
}

void TestBybitFeed::faults()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, faultCounter);
    test::MockexProcess server;
    QString error;
    const QStringList symbols {"BTCUSDT", "ETHUSDT", "SOLUSDT"};
    QVERIFY2(server.start(QStringList {"--seed", "11", "--speed", "30", "--symbols", symbols.join(','),
                              "--wait-for-client", "--run-for", "150"}
                     + flags,
                 error),
        qPrintable(error));

    bybit::FeedConfig config = bybit::FeedConfig::forBaseUrl(server.baseUrl());
    for (const QString& s : symbols)
        config.symbols.push_back(*findSymbol(s.toStdString()));
    config.klineBackfill = 5;
    config.staleTradesMs = 1200;
    config.staleBookMs = 1500;
    config.backfillDelayMs = 300;
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row != "drop-every-speed40") { // that row keeps the default backoff, like perpscope-cli
        config.ws.backoffBaseMs = 100;
        config.ws.backoffMaxMs = 500;
    }
    config.rest.backoffBaseMs = 50;
    config.rest.backoffMaxMs = 400;
    config.rest.maxRetries = 20;
    bybit::BybitFeed feed(config);
    test::FeedHarness harness(feed);
    QSignalSpy klines(&feed, &bybit::BybitFeed::candlesBackfilled);
    feed.start();

    const QJsonObject stats = test::verifyFaultRun(
        server, harness, [&](SymbolId id) { return feed.book(id); }, symbols, faultCounter);
    if (QTest::currentTestFailed())
        return;

    const net::StreamHealth* ws = feed.health().stream("linear");
    QVERIFY(ws);
    QVERIFY(feed.health().available());
    QCOMPARE(klines.count(), static_cast<int>(symbols.size()));
    QCOMPARE(ws->gapsUnrecoverable, 0u);
    if (row.startsWith("drop-every") || row == "stall" || row == "slow-rest") {
        QVERIFY2(ws->reconnects > 0, "no reconnect recorded");
        QVERIFY2(ws->gapsBackfilled > 0, "no trades recovered after reconnects");
    }
    if (row.startsWith("malformed") || row == "truncate")
        QVERIFY(ws->rejected > 0);
    if (row == "duplicate")
        QVERIFY(ws->duplicates > 0);
    qInfo("%s: %lld trades, %llu msgs, %llu reconnects, %llu backfills, %llu rejected, %llu dups",
        qPrintable(row), static_cast<long long>(stats.value("trades").toInteger()),
        static_cast<unsigned long long>(ws->messages), static_cast<unsigned long long>(ws->reconnects),
        static_cast<unsigned long long>(ws->gapsBackfilled), static_cast<unsigned long long>(ws->rejected),
        static_cast<unsigned long long>(ws->duplicates));
    feed.stop();
}

// A reconnect 2-3 s after each drop at speed 40: BTCUSDT makes well over 1000 trades
// meanwhile, more than /v5/market/recent-trade returns, so trades are lost for real.
// The feed must say so in FeedHealth instead of losing them silently.
void TestBybitFeed::unrecoverableGapIsReported()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start(QStringList {"--seed", "11", "--speed", "40", "--symbols", "BTCUSDT",
                              "--wait-for-client", "--run-for", "300", "--drop-every", "1.5"},
                 error),
        qPrintable(error));
    bybit::FeedConfig config = bybit::FeedConfig::forBaseUrl(server.baseUrl());
    config.symbols = {*findSymbol("BTCUSDT")};
    config.klineBackfill = 0;
    config.riskLimitRefreshMs = 0;
    config.ws.backoffBaseMs = 5000;
    config.ws.backoffMaxMs = 6000;
    bybit::BybitFeed feed(config);
    test::FeedHarness harness(feed);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("running").toBool(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
    const QJsonObject stats = server.stats();
    QVERIFY(stats.value("faults").toObject().value("drops").toInteger() > 0);
    const net::StreamHealth* ws = feed.health().stream("linear");
    QVERIFY(ws);
    QTRY_VERIFY_WITH_TIMEOUT(ws->gapsUnrecoverable > 0, 15'000);
    const QString message = ws->lastUnrecoverable;
    QVERIFY2(message.startsWith("BTCUSDT: trades between ") && message.contains("may be lost"),
        qPrintable(message));
    QString why;
    QVERIFY2(!harness.matches(server.stats(), why), "trades were lost, yet the feed matches the server");
    qInfo("%s; %llu unrecoverable gaps", qPrintable(why),
        static_cast<unsigned long long>(ws->gapsUnrecoverable));
    feed.stop();
}

QTEST_GUILESS_MAIN(TestBybitFeed)
#include "test_bybitfeed.moc"
