// SPDX-License-Identifier: MIT
// The app keeps history: candles are written while it runs (test stream and simulator),
// and a second start shows the stored candles at once, before any new data.
#include "app/appoptions.h"
#include "app/chartwidget.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/sourcefactory.h"
#include "store/candlestore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "testfeed.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace perp;

namespace {

EngineServices::Options historyIn(const QString& dir)
{
    EngineServices::Options o;
    o.history = true;
    o.dataDir = dir;
    return o;
}

std::vector<Candle> stored(const QString& dir, SymbolId id, Timeframe tf)
{
    store::Database db(store::databasePath(dir));
    if (!db.open())
        return {};
    return store::CandleStore(db).loadLatest(id, tf, 100'000);
}

} // namespace

class TestAppHistory : public QObject
{
    Q_OBJECT
private slots:
    void storesWhatItShowsAndShowsItAgainAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto batches = test::makeTestBatches({0, 1}, 90, 30, 3); // 90 minutes, 30 batches
        std::vector<Candle> shown;
        {
            MarketPipeline pipeline(std::make_unique<test::TestFeed>(batches, true, 5));
            pipeline.configureServices(historyIn(dir.path()));
            MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
            QSignalSpy snapshots(&pipeline, &MarketPipeline::snapshotReady);
            pipeline.start();
            QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty()
                    && snapshots.last().at(0).value<EngineSnapshotPtr>()->stats.batches == batches.size(),
                20'000);
            QTRY_VERIFY_WITH_TIMEOUT(window.historyText().contains(QLatin1String("0 stored candles")), 5'000);
            const auto last = snapshots.last().at(0).value<EngineSnapshotPtr>();
            shown = last->candles;
            pipeline.stop();
        }
        QCOMPARE(shown.size(), std::size_t(90));
        // Everything the chart showed is on disk, candle for candle (the forming one too).
        const std::vector<Candle> m1 = stored(dir.path(), 0, Timeframe::M1);
        QCOMPARE(m1.size(), shown.size());
        QVERIFY(m1 == shown);
        QCOMPARE(stored(dir.path(), 1, Timeframe::M1).size(), std::size_t(90));
        QCOMPARE(stored(dir.path(), 0, Timeframe::M5).size(), std::size_t(18));
        QCOMPARE(stored(dir.path(), 0, Timeframe::H1).size(), std::size_t(2));

        // Second start with a source that sends nothing: the chart shows the stored candles.
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(std::vector<EventBatchPtr> {}, true, 5));
        pipeline.configureServices(historyIn(dir.path()));
        MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
        QSignalSpy snapshots(&pipeline, &MarketPipeline::snapshotReady);
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 5'000);
        const auto first = snapshots.first().at(0).value<EngineSnapshotPtr>();
        QCOMPARE(first->candles.size(), shown.size());
        QVERIFY(first->candles == shown);
        QCOMPARE(first->stats.batches, std::uint64_t(0)); // nothing new arrived
        QTRY_COMPARE_WITH_TIMEOUT(window.chart()->candles().size(), shown.size(), 5'000);
        // 2 symbols x (90 + 18 + 6 + 2 + 1 + 1) candles were loaded.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.historyText().contains(QLatin1String("History: 236 stored candles")), 5'000);
        QVERIFY2(window.historyText().contains(dir.path()), qPrintable(window.historyText()));
        pipeline.stop();
    }

    void simulatorRunWritesCandles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppOptions o;
        o.source = SourceKind::Sim;
        o.seed = 7;
        o.speed = 0; // as fast as possible
        QString error;
        auto source = createFeedSource(o, &error);
        QVERIFY2(source, qPrintable(error));
        std::size_t shownCandles = 0;
        {
            MarketPipeline pipeline(std::move(source));
            pipeline.configureServices(historyIn(dir.path()));
            MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
            pipeline.start();
            QTRY_VERIFY_WITH_TIMEOUT(window.chart()->candles().size() >= 30, 30'000);
            shownCandles = window.chart()->candles().size();
            pipeline.stop();
        }
        // At least what was shown (the engine ran on after the last frame) for every symbol.
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            QVERIFY2(stored(dir.path(), id, Timeframe::M1).size() >= shownCandles, symbolName(id).c_str());
        const auto btc = stored(dir.path(), 0, Timeframe::M1);
        for (std::size_t i = 1; i < btc.size(); ++i)
            QCOMPARE(btc[i].openTime - btc[i - 1].openTime, kMinuteMs);
        // Bias history: every mode's composite cycles are stored, with valid bias and confidence.
        store::Database db(store::databasePath(dir.path()));
        QVERIFY(db.open());
        store::HistoryStore history(db);
        for (const char* mode : {"scalp", "day", "swing"}) {
            const auto rows = history.biasHistory(0, mode, 0, std::numeric_limits<TimeMs>::max());
            QVERIFY2(!rows.empty(), mode);
            for (const auto& r : rows) {
                QVERIFY(r.bias >= -100 && r.bias <= 100);
                QVERIFY(r.confidence >= 0 && r.confidence <= 100);
            }
        }
    }

    void badDataDirIsShownNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        MarketPipeline pipeline(
            std::make_unique<test::TestFeed>(test::makeTestBatches({0}, 5, 10, 1), true, 5));
        pipeline.configureServices(historyIn(file));
        MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.historyText().startsWith(QLatin1String("History is not kept")), 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(window.chart()->candles().size(), std::size_t(5), 10'000);
        pipeline.stop();
    }
};

QTEST_MAIN(TestAppHistory)
#include "test_apphistory.moc"
