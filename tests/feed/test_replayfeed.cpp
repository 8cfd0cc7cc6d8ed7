// SPDX-License-Identifier: MIT
#include "feed/replay/replayfeed.h"
#include "replayhelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace perp;

namespace {
// Five trades 100 ms apart (receive times), written as a hftbacktest-style capture.
QString writeFixture()
{
    const QString dir = test::scratchDir("replayfeed");
    const QString path = dir + "/ethusdt_20240101.txt";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 5; ++i) {
        const qint64 t = 1704067200000 + i * 100;
        f.write(QStringLiteral(
            "%1 {\"stream\":\"ethusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":%2,\"T\":%2,"
            "\"s\":\"ETHUSDT\",\"t\":%3,\"p\":\"2300.%4\",\"q\":\"1\",\"X\":\"MARKET\",\"m\":false}}\n")
                    .arg(t * 1'000'000)
                    .arg(t)
                    .arg(100 + i)
                    .arg(i)
                    .toUtf8());
    }
    f.write("1704067200999000000 {broken\n");
    return path;
}
std::vector<std::int64_t> tradeIds(const QSignalSpy& spy)
{
    std::vector<std::int64_t> ids;
    for (const auto& args : spy)
        for (const auto& e : args.at(0).value<EventBatchPtr>()->events)
            if (const auto* t = std::get_if<Trade>(&e))
                ids.push_back(t->id);
    return ids;
}
} // namespace

class TestReplayFeed : public QObject
{
    Q_OBJECT
private slots:
    void spec()
    {
        QCOMPARE(replay::ReplayFeed::filesFromSpec("replay:/a.gz,/b.gz"), (QStringList {"/a.gz", "/b.gz"}));
        QVERIFY(replay::ReplayFeed::filesFromSpec("sim").isEmpty());
    }

    void pauseStepSeek()
    {
        const QString path = writeFixture();
        replay::ReplayFeed feed({path}, 1.0);
        QVERIFY(!feed.isSimulated());
        QSignalSpy batches(&feed, &FeedSource::batchReady);
        QSignalSpy rewound(&feed, &replay::ReplayFeed::rewound);
        QSignalSpy progress(&feed, &replay::ReplayFeed::progressChanged);
        QSignalSpy states(&feed, &replay::ReplayFeed::stateChanged);
        QSignalSpy finished(&feed, &replay::ReplayFeed::finished);
        feed.pause();
        feed.start();
        QVERIFY(feed.description().contains("REPLAY"));
        QVERIFY(feed.description().contains("1 lines rejected"));
        QCOMPARE(feed.eventCount(), std::size_t(5));
        QCOMPARE(feed.state().phase, replay::ReplayState::Phase::Paused);
        QCOMPARE(feed.state().beginMs, 1704067200000);
        QCOMPARE(feed.state().endMs, 1704067200400);
        QCOMPARE(feed.state().loadFraction, 1.0);
        QCOMPARE(feed.state().rejected, 1u);
        QCOMPARE(batches.count(), 0); // paused: nothing flows
        feed.step(2);
        QCOMPARE(tradeIds(batches), (std::vector<std::int64_t> {100, 101}));
        QCOMPARE(progress.last().at(0).toDouble(), 0.4);
        QCOMPARE(feed.state().currentMs, 1704067200100);
        // Forward: everything up to the target is replayed (candles stay complete).
        feed.seek(1704067200300);
        QCOMPARE(rewound.count(), 0);
        QCOMPARE(tradeIds(batches), (std::vector<std::int64_t> {100, 101, 102}));
        QCOMPARE(feed.state().phase, replay::ReplayState::Phase::Paused);
        feed.stepBatch();
        QCOMPARE(tradeIds(batches).back(), std::int64_t(103));
        QCOMPARE(feed.state().currentMs, 1704067200300);
        // Backward: rewound first, then from the start up to the target.
        const int before = static_cast<int>(tradeIds(batches).size());
        feed.seek(1704067200100);
        QCOMPARE(rewound.count(), 1);
        QCOMPARE(feed.position(), std::size_t(1));
        QCOMPARE(static_cast<int>(tradeIds(batches).size()), before + 1);
        QCOMPARE(tradeIds(batches).back(), std::int64_t(100));
        feed.step(10);
        QCOMPARE(tradeIds(batches).size(), std::size_t(before + 5));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(progress.last().at(0).toDouble(), 1.0);
        QCOMPARE(
            states.last().at(0).value<replay::ReplayState>().phase, replay::ReplayState::Phase::Finished);
    }

    void stepCandleOpensOneCandle()
    {
        // Trades 20 s apart over three minutes: one candle step ends at the next minute's first trade.
        const QString path = test::scratchDir("replayfeed") + "/btcusdt_20240102.txt";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 9; ++i) {
            const qint64 t = 1704153600000 + i * 20'000;
            f.write(QStringLiteral("%1 {\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":%2,"
                                   "\"T\":%2,\"s\":\"BTCUSDT\",\"t\":%3,\"p\":\"42000\",\"q\":\"1\","
                                   "\"X\":\"MARKET\",\"m\":true}}\n")
                        .arg(t * 1000)
                        .arg(t)
                        .arg(i + 1)
                        .toUtf8());
        }
        f.close();
        replay::ReplayFeed feed({path}, 1.0);
        QSignalSpy batches(&feed, &FeedSource::batchReady);
        feed.pause();
        feed.start();
        feed.stepCandle(60'000);
        QCOMPARE(tradeIds(batches), (std::vector<std::int64_t> {1}));
        feed.stepCandle(60'000);
        QCOMPARE(tradeIds(batches), (std::vector<std::int64_t> {1, 2, 3, 4}));
        feed.stepCandle(60'000);
        QCOMPARE(tradeIds(batches).back(), std::int64_t(7));
        QCOMPARE(feed.state().currentMs, 1704153600000 + 6 * 20'000);
    }

    void speedAndPauseWhileRunning()
    {
        const QString path = writeFixture();
        replay::ReplayFeed feed({path}, 1.0);
        QSignalSpy states(&feed, &replay::ReplayFeed::stateChanged);
        feed.start();
        QCOMPARE(feed.state().phase, replay::ReplayState::Phase::Playing);
        feed.setSpeed(0);
        QCOMPARE(feed.state().speed, 0.0);
        QVERIFY(feed.description().contains("max speed"));
        QTRY_COMPARE(feed.state().phase, replay::ReplayState::Phase::Finished);
        QCOMPARE(feed.position(), std::size_t(5));
    }

    void pacedRunDeliversEverythingInOrder()
    {
        const QString path = writeFixture();
        replay::ReplayFeed feed({path}, 4.0); // 400 ms of data in ~100 ms
        QSignalSpy batches(&feed, &FeedSource::batchReady);
        QSignalSpy finished(&feed, &replay::ReplayFeed::finished);
        feed.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(tradeIds(batches), (std::vector<std::int64_t> {100, 101, 102, 103, 104}));
    }

    void realCaptureAtMaxSpeed()
    {
        PERP_REAL_DATA(dir);
        const auto file = dir + "/hftbacktest/usdm/btcusdt_20240718.gz";
        replay::ReplayFeed feed({file}, 0.0);
        QSignalSpy batches(&feed, &FeedSource::batchReady);
        QSignalSpy finished(&feed, &replay::ReplayFeed::finished);
        QSignalSpy states(&feed, &replay::ReplayFeed::stateChanged);
        feed.start();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(states.last().at(0).value<replay::ReplayState>().loadFraction, 1.0);
        std::size_t events = 0;
        for (const auto& args : batches)
            events += args.at(0).value<EventBatchPtr>()->events.size();
        QCOMPARE(events, std::size_t(974 + 10440));
        const auto ids = tradeIds(batches);
        QCOMPARE(ids.size(), std::size_t(974));
        QCOMPARE(ids.front(), std::int64_t(5182005737));
        QCOMPARE(ids.back(), std::int64_t(5182006710));
    }

    void noEventsFails()
    {
        replay::ReplayFeed feed({"/definitely/missing.gz"}, 1.0);
        QSignalSpy failed(&feed, &FeedSource::failed);
        feed.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains("cannot open /definitely/missing.gz"));
    }
};

QTEST_GUILESS_MAIN(TestReplayFeed)
#include "test_replayfeed.moc"
