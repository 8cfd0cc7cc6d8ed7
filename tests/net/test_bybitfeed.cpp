// SPDX-License-Identifier: MIT
// BybitFeed against perpscope-mockex over loopback, once per fault kind: afterwards
// every trade the server sent is counted exactly once and every local book equals
// the server's book.
#include "bookcompare.h"
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
};

void TestBybitFeed::faults_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("faultCounter");
    QTest::newRow("clean") << QStringList {} << QString();
    QTest::newRow("drop-every") << QStringList {"--drop-every", "1.5"} << "drops";
    QTest::newRow("stall") << QStringList {"--stall", "publicTrade:2"} << "stalled";
    QTest::newRow("malformed") << QStringList {"--malformed-rate", "0.01"} << "malformed";
    QTest::newRow("malformed-heavy") << QStringList {"--malformed-rate", "0.3"} << "malformed";
    QTest::newRow("truncate") << QStringList {"--truncate-rate", "0.01"} << "truncated";
    QTest::newRow("duplicate") << QStringList {"--duplicate-rate", "0.05"} << "duplicated";
    QTest::newRow("reorder") << QStringList {"--reorder-rate", "0.05"} << "reordered";
    QTest::newRow("http-429") << QStringList {"--http-429-rate", "0.3", "--malformed-rate", "0.005"}
                              << "http429";
    QTest::newRow("slow-rest") << QStringList {"--slow-rest", "300", "--drop-every", "2"} << "drops";
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
    config.ws.backoffBaseMs = 100;
    config.ws.backoffMaxMs = 500;
    config.rest.backoffBaseMs = 50;
    config.rest.backoffMaxMs = 400;
    config.rest.maxRetries = 20;
    bybit::BybitFeed feed(config);
    test::FeedHarness harness(feed);
    QSignalSpy klines(&feed, &bybit::BybitFeed::candlesBackfilled);
    feed.start();

    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("running").toBool(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
    const QJsonObject stats = server.stats();
    QVERIFY2(stats.value("trades").toInteger() > 1000, "the market produced too few trades to test anything");
    if (!faultCounter.isEmpty())
        QVERIFY2(stats.value("faults").toObject().value(faultCounter).toInteger() > 0,
            qPrintable("the server injected no " + faultCounter));

    QString why;
    QTRY_VERIFY2_WITH_TIMEOUT(harness.matches(server.stats(), why), qPrintable(why), 30'000);
    QCOMPARE(harness.duplicatesEmitted(), 0u);

    for (const QString& name : symbols) {
        const SymbolId id = *findSymbol(name.toStdString());
        const auto depth = [&] {
            int status = 0;
            QByteArray body;
            for (int i = 0; i < 50 && status != 200; ++i)
                body = server.get("/fapi/v1/depth?symbol=" + name + "&limit=1000", &status);
            return body;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(feed.book(id) && test::sameBook(*feed.book(id), depth(), why),
            qPrintable(name + ": " + why), 10'000);
    }

    const net::StreamHealth* ws = feed.health().stream("linear");
    QVERIFY(ws);
    QVERIFY(feed.health().available());
    QCOMPARE(klines.count(), static_cast<int>(symbols.size()));
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    if (row == "drop-every" || row == "stall" || row == "slow-rest") {
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

QTEST_GUILESS_MAIN(TestBybitFeed)
#include "test_bybitfeed.moc"
