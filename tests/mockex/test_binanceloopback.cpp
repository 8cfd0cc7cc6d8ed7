// SPDX-License-Identifier: MIT
// The Binance adapter against perpscope-mockex over loopback, under each fault kind:
// afterwards every trade the server produced (from the first one the client saw) is
// counted exactly once, and candle volumes equal the server's own.
#include "engine/engine.h"
#include "feed/binance/binancefeed.h"
#include "mockex/mockexchange.h"

#include <QSignalSpy>
#include <QTest>

#include <map>
#include <set>

using namespace perp;

class TestBinanceLoopback : public QObject
{
    Q_OBJECT
private slots:
    void faults_data()
    {
        QTest::addColumn<int>("dropEvery");
        QTest::addColumn<double>("malformed");
        QTest::addColumn<double>("duplicate");
        QTest::addColumn<double>("rest429");
        QTest::newRow("clean") << 0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("drops") << 1 << 0.0 << 0.0 << 0.0;
        QTest::newRow("malformed") << 0 << 0.05 << 0.0 << 0.0;
        QTest::newRow("duplicates") << 0 << 0.0 << 0.1 << 0.0;
        QTest::newRow("all+429") << 1 << 0.03 << 0.05 << 0.3;
    }
    void faults()
    {
        QFETCH(int, dropEvery);
        QFETCH(double, malformed);
        QFETCH(double, duplicate);
        QFETCH(double, rest429);
        const SymbolId btc = *findSymbol("BTCUSDT");
        const SymbolId eth = *findSymbol("ETHUSDT");
        mockex::MockConfig mc;
        mc.sim.seed = 3;
        mc.sim.speed = 5;
        mc.sim.startTime = 0;
        mc.sim.symbols = {btc, eth};
        mc.faults.dropEverySec = dropEvery;
        mc.faults.malformedRate = malformed;
        mc.faults.duplicateRate = duplicate;
        mc.faults.rate429 = rest429;
        mockex::MockExchange exchange(mc);
        QString error;
        QVERIFY2(exchange.listen(error), qPrintable(error));

        Engine engine;
        std::map<SymbolId, std::vector<std::int64_t>> received;
        binance::FeedConfig fc;
        fc.wsBase = QStringLiteral("ws://127.0.0.1:%1").arg(exchange.port());
        fc.restBase = QStringLiteral("http://127.0.0.1:%1").arg(exchange.port());
        fc.symbols = {btc, eth};
        binance::BinanceFeed feed(fc);
        connect(&feed, &FeedSource::batchReady, this, [&](const EventBatchPtr& b) {
            for (const auto& e : b->events)
                if (const auto* t = std::get_if<Trade>(&e))
                    received[t->h.symbol].push_back(t->id);
            engine.apply(*b);
        });
        feed.start();
        QTest::qWait(3500);
        exchange.setProducing(false);
        QTRY_VERIFY_WITH_TIMEOUT(feed.health().state == QLatin1String("live"), 10000);
        QTest::qWait(300);
        feed.backfillAll(); // the tail after the last live trade
        QTRY_COMPARE_WITH_TIMEOUT(feed.pendingRequests(), 0, 20000);

        const auto& h = feed.health();
        qInfo("messages %llu rejected %llu duplicates %llu reconnects %llu gaps %llu backfilled %llu",
            h.messages, h.rejected, h.duplicates, h.reconnects, h.gapsBackfilled, h.tradesBackfilled);
        for (SymbolId id : {btc, eth}) {
            auto& ids = received[id];
            QVERIFY2(ids.size() > 20, "too few trades reached the client");
            const std::set<std::int64_t> unique(ids.begin(), ids.end());
            QCOMPARE(unique.size(), ids.size()); // exactly once
            const auto& server = exchange.encoder().aggTrades(id);
            Qty serverVolume;
            std::size_t expected = 0;
            for (const auto& r : server)
                if (r.id >= *unique.begin()) {
                    QVERIFY2(unique.count(r.id), qPrintable(QStringLiteral("trade %1 lost").arg(r.id)));
                    serverVolume += r.qty;
                    ++expected;
                }
            QCOMPARE(ids.size(), expected);
            Qty candleVolume;
            for (const auto& c : engine.book(id)->series(Timeframe::M1).candles())
                candleVolume += c.volume;
            QCOMPARE(candleVolume, serverVolume);
        }
        if (dropEvery > 0)
            QVERIFY(h.reconnects >= 1);
        if (malformed > 0)
            QVERIFY(h.rejected >= 1);
        if (duplicate > 0)
            QVERIFY(h.duplicates >= 1);
        feed.stop();
    }
};

QTEST_GUILESS_MAIN(TestBinanceLoopback)
#include "test_binanceloopback.moc"
