// SPDX-License-Identifier: MIT
// The Bybit adapter against perpscope-mockex over loopback, under each fault kind:
// every trade the server made (from the first one the client saw) is counted once.
#include "engine/engine.h"
#include "feed/bybit/bybitfeed.h"
#include "mockex/mockexchange.h"

#include <QTest>

#include <map>
#include <set>

using namespace perp;

class TestBybitLoopback : public QObject
{
    Q_OBJECT
private slots:
    void faults_data()
    {
        QTest::addColumn<int>("dropEvery");
        QTest::addColumn<double>("malformed");
        QTest::addColumn<double>("duplicate");
        QTest::newRow("clean") << 0 << 0.0 << 0.0;
        QTest::newRow("drops") << 1 << 0.0 << 0.0;
        QTest::newRow("malformed") << 0 << 0.05 << 0.0;
        QTest::newRow("duplicates") << 0 << 0.0 << 0.1;
    }
    void faults()
    {
        QFETCH(int, dropEvery);
        QFETCH(double, malformed);
        QFETCH(double, duplicate);
        const SymbolId btc = *findSymbol("BTCUSDT");
        const SymbolId sol = *findSymbol("SOLUSDT");
        mockex::MockConfig mc;
        mc.sim.seed = 5;
        mc.sim.speed = 5;
        mc.sim.startTime = 0;
        mc.sim.symbols = {btc, sol};
        mc.faults.dropEverySec = dropEvery;
        mc.faults.malformedRate = malformed;
        mc.faults.duplicateRate = duplicate;
        mockex::MockExchange exchange(mc);
        QString error;
        QVERIFY2(exchange.listen(error), qPrintable(error));

        Engine engine;
        std::map<SymbolId, std::vector<std::int64_t>> received;
        std::map<SymbolId, TimeMs> firstTime;
        int marks = 0;
        bybit::FeedConfig fc;
        fc.wsUrl = QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(exchange.port());
        fc.restBase = QStringLiteral("http://127.0.0.1:%1").arg(exchange.port());
        fc.symbols = {btc, sol};
        bybit::BybitFeed feed(fc);
        connect(&feed, &FeedSource::batchReady, this, [&](const EventBatchPtr& b) {
            for (const auto& e : b->events) {
                if (const auto* t = std::get_if<Trade>(&e)) {
                    received[t->h.symbol].push_back(t->id);
                    if (!firstTime.count(t->h.symbol) || t->h.exchangeTime < firstTime[t->h.symbol])
                        firstTime[t->h.symbol] = t->h.exchangeTime;
                }
                marks += std::holds_alternative<MarkFunding>(e);
            }
            engine.apply(*b);
        });
        feed.start();
        QTest::qWait(3500);
        exchange.setProducing(false);
        QTRY_VERIFY_WITH_TIMEOUT(feed.health().state == QLatin1String("live"), 10000);
        QTest::qWait(300);
        feed.backfillAll();
        QTRY_COMPARE_WITH_TIMEOUT(feed.pendingRequests(), 0, 20000);

        const auto& h = feed.health();
        qInfo("messages %llu rejected %llu duplicates %llu reconnects %llu backfills %llu backfilled %llu",
            h.messages, h.rejected, h.duplicates, h.reconnects, h.gapsBackfilled, h.tradesBackfilled);
        QVERIFY(marks > 0);
        for (SymbolId id : {btc, sol}) {
            const auto& ids = received[id];
            QVERIFY2(ids.size() > 20, "too few trades reached the client");
            const std::set<std::int64_t> unique(ids.begin(), ids.end());
            QCOMPARE(unique.size(), ids.size()); // exactly once
            Qty serverVolume;
            std::size_t expected = 0;
            for (const auto& r : exchange.bybitEncoder().trades(id)) {
                if (r.time < firstTime[id])
                    continue;
                QVERIFY2(unique.count(bybit::tradeIdFromText(r.execId)),
                    qPrintable(QString::fromStdString(r.execId)));
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

QTEST_GUILESS_MAIN(TestBybitLoopback)
#include "test_bybitloopback.moc"
