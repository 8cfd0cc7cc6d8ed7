// SPDX-License-Identifier: MIT
// The thread pipeline: feed thread -> engine thread -> GUI thread, with back-pressure.
#include "app/marketpipeline.h"

#include <QTest>
#include <atomic>

using namespace perp;

namespace {

// Emits all its batches at once from start(), far faster than any engine applies them.
class FloodFeed : public FeedSource
{
    Q_OBJECT
public:
    FloodFeed(int batches, int tradesPerBatch)
        : m_batches(batches)
        , m_trades(tradesPerBatch)
    { }
    QString description() const override { return QStringLiteral("flood"); }
    bool isSimulated() const override { return true; }
    std::atomic<bool> onFeedThread {false};

    void start() override
    {
        onFeedThread = QThread::currentThread() != qApp->thread();
        std::int64_t id = 0;
        for (int b = 0; b < m_batches; ++b) {
            auto batch = std::make_shared<EventBatch>();
            for (int i = 0; i < m_trades; ++i, ++id) {
                Trade t;
                t.h.symbol = static_cast<SymbolId>(id % 3);
                t.h.exchangeTime = 1767225600000 + id * 10;
                t.price = Price::fromDouble(100.0 + static_cast<double>(id % 17));
                t.qty = Qty::fromDouble(0.5);
                t.takerSide = id % 2 ? Side::Buy : Side::Sell;
                t.id = id + 1;
                batch->events.emplace_back(t);
            }
            emit batchReady(std::move(batch));
        }
    }
    void stop() override { }

private:
    int m_batches;
    int m_trades;
};

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private slots:
    void floodIsBoundedAndNothingIsLost()
    {
        auto feed = std::make_unique<FloodFeed>(600, 200);
        FloodFeed* raw = feed.get();
        MarketPipeline pipeline(std::move(feed));
        EngineSnapshotPtr last;
        bool allOnGuiThread = true;
        connect(&pipeline, &MarketPipeline::snapshotReady, this, [&](EngineSnapshotPtr s) {
            allOnGuiThread = allOnGuiThread && QThread::currentThread() == qApp->thread();
            last = std::move(s);
        });
        pipeline.start();
        pipeline.requestView(ChartView {1, Timeframe::M1});
        QTRY_VERIFY_WITH_TIMEOUT(last && last->stats.events == 120'000u, 30000);
        QVERIFY(raw->onFeedThread);
        QVERIFY(allOnGuiThread);
        QCOMPARE(last->stats.trades, 120'000u);
        QCOMPARE(last->stats.batches, 600u);
        QCOMPARE(last->view.symbol, SymbolId(1));
        QVERIFY(!last->candles.empty());
        // The feed had to wait for the engine: never more than the gate's capacity in flight.
        QVERIFY2(pipeline.gate().highWater() <= pipeline.gate().capacity(),
            qPrintable(QString::number(pipeline.gate().highWater())));
        QVERIFY(pipeline.gate().highWater() >= 1);
        pipeline.stop();
    }

    void snapshotsAreCoalescedNotPerBatch()
    {
        MarketPipeline pipeline(std::make_unique<FloodFeed>(400, 50));
        int snapshots = 0;
        EngineSnapshotPtr last;
        connect(&pipeline, &MarketPipeline::snapshotReady, this, [&](EngineSnapshotPtr s) {
            ++snapshots;
            last = std::move(s);
        });
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(last && last->stats.batches == 400u, 30000);
        QVERIFY2(snapshots < 400, qPrintable(QString::number(snapshots)));
    }

    void gateBlocksAtCapacity()
    {
        BatchGate gate(2);
        gate.enter();
        gate.enter();
        std::atomic<bool> third {false};
        QThread* t = QThread::create([&] {
            gate.enter();
            third = true;
        });
        t->start();
        QTest::qWait(50);
        QVERIFY(!third); // full: the producer waits
        gate.leave();
        QTRY_VERIFY(third.load());
        t->wait();
        delete t;
        QCOMPARE(gate.highWater(), 2);
    }
};

QTEST_MAIN(TestPipeline)
#include "test_pipeline.moc"
