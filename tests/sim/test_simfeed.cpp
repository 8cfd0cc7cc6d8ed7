// SPDX-License-Identifier: MIT
// SimFeed on a worker thread: batches and ground truth arrive through queued signals.
#include "feed/sim/simfeed.h"
#include "feed/sim/simulator.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace perp;
using perp::sim::SimFeed;

namespace {
struct Worker
{
    QThread thread;
    SimFeed* feed;
    explicit Worker(sim::SimConfig c)
        : feed(new SimFeed(std::move(c)))
    {
        feed->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, feed, &QObject::deleteLater);
        thread.start();
    }
    void start() { QMetaObject::invokeMethod(feed, &SimFeed::start, Qt::QueuedConnection); }
    ~Worker()
    {
        QMetaObject::invokeMethod(feed, &SimFeed::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

sim::SimConfig config(double speed)
{
    sim::SimConfig c;
    c.seed = 5;
    c.speed = speed;
    c.symbols = {0, 1, 4};
    return c;
}
} // namespace

class TestSimFeed : public QObject
{
    Q_OBJECT
private slots:
    void describesItselfAsSimulated()
    {
        SimFeed fast(config(0));
        QVERIFY(fast.isSimulated());
        QCOMPARE(fast.description(), QStringLiteral("SIMULATED · seed 5 · max speed"));
        SimFeed live(config(60));
        QCOMPARE(live.description(), QStringLiteral("SIMULATED · seed 5 · 60x"));
        auto c = config(1);
        c.scenario = sim::Scenario::RetailHighLeverage;
        QVERIFY(SimFeed(c).description().contains(QStringLiteral("retail")));
    }

    void batchesArriveFromWorkerThreadAtMaxSpeed()
    {
        Worker w(config(0));
        QSignalSpy batches(w.feed, &FeedSource::batchReady);
        QSignalSpy truths(w.feed, &SimFeed::groundTruthReady);
        QSignalSpy status(w.feed, &FeedSource::statusChanged);
        w.start();
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() >= 5, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(truths.count() >= 2, 10'000);
        QTRY_COMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().startsWith(QStringLiteral("SIMULATED")));

        TimeMs last = 0;
        std::size_t trades = 0;
        for (int i = 0; i < 5; ++i) {
            const auto batch = batches.at(i).at(0).value<EventBatchPtr>();
            QVERIFY(batch && !batch->events.empty());
            for (const auto& e : batch->events) {
                QVERIFY(header(e).exchangeTime >= last);
                last = header(e).exchangeTime;
                trades += std::holds_alternative<Trade>(e);
            }
        }
        QVERIFY(trades > 100);
        // Each max-speed tick advances a fixed chunk of simulated time.
        QVERIFY(last >= config(0).startTime + 4 * SimFeed::kMaxSpeedChunkMs);
        const auto truth = truths.at(0).at(0).value<std::shared_ptr<const std::vector<sim::GroundTruth>>>();
        QVERIFY(truth);
        QCOMPARE(truth->size(), std::size_t {3});
        QVERIFY(!truth->front().positions.empty());
    }

    void followsWallClockAtFiniteSpeed()
    {
        Worker w(config(60));
        QSignalSpy batches(w.feed, &FeedSource::batchReady);
        QElapsedTimer wall;
        wall.start();
        w.start();
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() >= 3, 10'000);
        TimeMs last = 0;
        for (const auto& args : batches)
            for (const auto& e : args.at(0).value<EventBatchPtr>()->events)
                last = std::max(last, header(e).exchangeTime);
        // 60x wall time: far less simulated time than a flat-out run would cover.
        const double simulatedSec = static_cast<double>(last - config(60).startTime) / 1000.0;
        QVERIFY2(simulatedSec <= 60.0 * (static_cast<double>(wall.elapsed()) / 1000.0 + 1.0),
            qPrintable(QString::number(simulatedSec)));
        // After stop() no further batch is produced.
        QMetaObject::invokeMethod(w.feed, &SimFeed::stop, Qt::BlockingQueuedConnection);
        const auto stoppedAt = batches.count();
        QTest::qWait(300);
        QCOMPARE(batches.count(), stoppedAt);
    }

    void producesHistoryFlatOutThenPaces()
    {
        auto c = config(1); // real time after the history
        c.historyMs = 20 * kMinuteMs;
        const TimeMs historyEnd = c.startTime + c.historyMs;
        Worker w(c);
        QSignalSpy batches(w.feed, &FeedSource::batchReady);
        TimeMs last = 0;
        auto newest = [&] {
            for (const auto& args : batches)
                for (const auto& e : args.at(0).value<EventBatchPtr>()->events)
                    last = std::max(last, header(e).exchangeTime);
            batches.clear();
            return last;
        };
        w.start();
        // Twenty simulated minutes arrive long before twenty real ones would.
        QTRY_VERIFY_WITH_TIMEOUT(newest() >= historyEnd - 2000, 20'000);
        // Then the clock follows the wall at 1x: two real seconds add only a few simulated ones.
        QTest::qWait(2000);
        QVERIFY2(newest() <= historyEnd + 10'000, qPrintable(QString::number(last - historyEnd)));
    }
};

QTEST_GUILESS_MAIN(TestSimFeed)
#include "test_simfeed.moc"
