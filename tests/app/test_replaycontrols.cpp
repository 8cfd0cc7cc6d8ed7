// SPDX-License-Identifier: MIT
// The replay tool bar in the real main window on the real thread pipeline, driven by its
// keyboard shortcuts and widgets: pause stops the candles, a step advances one event, a
// candle step opens exactly one candle, speed changes reach the feed, seeking forward lands
// at the target, seeking back resets the engine, progress reaches 100%. The recording is
// written by the test through FrameRecorder (zstd), so PerpScope's own format is replayed.
#include "app/chartwidget.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/recordtoggle.h"
#include "app/replaytoolbar.h"
#include "app/theme.h"
#include "feed/record/framerecorder.h"
#include "feed/replay/replayfeed.h"
#include "feed/replay/replayreader.h"
#include "testfeed.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>

using namespace perp;

namespace {

constexpr TimeMs kStart = 1767225600000; // 2026-01-01 00:00 UTC
constexpr int kTrades = 180; // one every 10 s: 30 minutes
constexpr TimeMs kLatencyMs = 5;

TimeMs tradeTime(int i)
{
    return kStart + 10'000 * static_cast<TimeMs>(i);
}

QString writeRecording()
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/replaycontrols";
    QDir().mkpath(dir);
    const QString path = dir + "/btc.rec.zst";
    record::RecorderOptions options;
    options.path = path.toStdString();
    std::string error;
    auto rec = record::FrameRecorder::open(options, error);
    if (!rec)
        return {};
    for (int i = 0; i < kTrades; ++i) {
        const TimeMs t = tradeTime(i);
        const std::string frame = "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":"
            + std::to_string(t) + ",\"s\":\"BTCUSDT\",\"a\":" + std::to_string(1000 + i) + ",\"p\":\""
            + std::to_string(90000 + i) + ".5\",\"q\":\"0.010\",\"f\":1,\"l\":1,\"T\":" + std::to_string(t)
            + ",\"m\":" + (i % 2 ? "true" : "false") + "}}";
        rec->record((t + kLatencyMs) * 1000, "binance", "ws:market", frame);
    }
    rec->close();
    return path;
}

// Trades whose receive time is before `ms` (what a seek to `ms` has replayed).
int tradesBefore(TimeMs ms)
{
    int n = 0;
    while (n < kTrades && tradeTime(n) + kLatencyMs < ms)
        ++n;
    return n;
}

// Stands in for a live adapter: every 10 ms one trade frame, written to the recorder
// (when there is one) and emitted as an event.
class FakeLiveFeed : public FeedSource
{
    Q_OBJECT
public:
    QString description() const override { return QStringLiteral("Binance fake live"); }
    bool canRecord() const override { return true; }
    void setRecorder(std::shared_ptr<record::FrameRecorder> r) override { m_recorder = std::move(r); }
    void start() override
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const TimeMs t = kStart + m_n * 100;
            Trade trade;
            trade.h.symbol = 0;
            trade.h.venue = Venue::Binance;
            trade.h.exchangeTime = t;
            trade.price = *Price::parse("90000");
            trade.qty = *Qty::parse("0.01");
            trade.id = ++m_n;
            if (m_recorder) {
                const std::string frame
                    = "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":"
                    + std::to_string(t) + ",\"s\":\"BTCUSDT\",\"a\":" + std::to_string(trade.id)
                    + ",\"p\":\"90000\",\"q\":\"0.01\",\"f\":1,\"l\":1,\"T\":" + std::to_string(t)
                    + ",\"m\":false}}";
                m_recorder->record(nowUs(), "binance", "ws:market", frame);
            }
            auto batch = std::make_shared<EventBatch>();
            batch->events.emplace_back(trade);
            emit batchReady(std::move(batch));
        });
        m_timer.start(10);
    }
    void stop() override { m_timer.stop(); }

private:
    QTimer m_timer {this};
    std::shared_ptr<record::FrameRecorder> m_recorder;
    std::int64_t m_n = 0;
};

} // namespace

class TestReplayControls : public QObject
{
    Q_OBJECT
    EngineSnapshotPtr m_last;

    std::uint64_t trades() const { return m_last ? m_last->stats.trades : 0; }
    std::size_t candles() const { return m_last ? m_last->candles.size() : 0; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        theme::applyDarkTheme(*qApp);
    }

    void onlyForReplaySources()
    {
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(std::vector<EventBatchPtr> {}, true));
        MainWindow w(&pipeline, ChartView {});
        QVERIFY(!w.findChild<ReplayToolBar*>());
        auto* rec = w.findChild<RecordToggle*>();
        QVERIFY(rec);
        QVERIFY(!rec->action()->isEnabled()); // not a live exchange
        QVERIFY(!rec->action()->isChecked());
    }

    void recordToggleWritesTheFeed()
    {
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/recordtoggle";
        QDir(dir).removeRecursively();
        MarketPipeline pipeline(std::make_unique<FakeLiveFeed>());
        MainWindow w(&pipeline, ChartView {});
        w.settings()->setValue("record/directory", dir);
        QVERIFY(!w.findChild<ReplayToolBar*>());
        auto* rec = w.findChild<RecordToggle*>();
        QVERIFY(rec && rec->action()->isEnabled());
        QVERIFY(!rec->action()->isChecked()); // off by default
        QVERIFY(!rec->label()->isVisibleTo(&w));
        w.show();
        pipeline.start();

        rec->action()->trigger();
        QVERIFY(rec->isRecording());
        const QString file = rec->file();
        QVERIFY2(file.startsWith(dir + "/binance-") && file.endsWith(".rec.zst"), qPrintable(file));
        QVERIFY(rec->label()->isVisibleTo(&w));
        QVERIFY(rec->label()->text().contains(QFileInfo(file).fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(
            rec->label()->text().contains(QRegularExpression(" [1-9][0-9,.]* frames")), 5000);
        QTest::qWait(300);

        rec->action()->trigger(); // off: the feed lets go, the file is completed
        QVERIFY(!rec->isRecording());
        QVERIFY(!rec->action()->isChecked());
        QTRY_VERIFY(!rec->label()->isVisibleTo(&w));
        std::string error;
        std::uint64_t trades = 0, rejected = 1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto reader = replay::ReplayReader::open(file.toStdString(), error);
                if (!reader)
                    return false;
                replay::ReplayChunk chunk;
                while (reader->read(chunk)) { }
                trades = reader->stats().trades;
                rejected = reader->stats().rejected;
                return trades > 10 && rejected == 0;
            }(),
            5000);
        pipeline.stop();
    }

    void controlsDriveTheReplay()
    {
        const QString file = writeRecording();
        QVERIFY(!file.isEmpty());
        MarketPipeline pipeline(std::make_unique<replay::ReplayFeed>(QStringList {file}, 60.0));
        connect(&pipeline, &MarketPipeline::snapshotReady, this, [this](EngineSnapshotPtr s) { m_last = s; });
        MainWindow w(&pipeline, ChartView {});
        auto* bar = w.findChild<ReplayToolBar*>();
        QVERIFY(bar);
        QVERIFY(!w.findChild<RecordToggle*>()->action()->isEnabled());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        pipeline.start();

        // Loaded, playing at 60x: candles grow.
        QTRY_COMPARE_WITH_TIMEOUT(bar->state().loadFraction, 1.0, 10'000);
        QCOMPARE(bar->state().total, std::uint64_t(kTrades));
        QCOMPARE(bar->state().beginMs, kStart + kLatencyMs);
        QCOMPARE(bar->state().endMs, tradeTime(kTrades - 1) + kLatencyMs);
        QTRY_VERIFY_WITH_TIMEOUT(trades() >= 3, 10'000);

        // Space pauses: nothing more arrives.
        QTest::keyClick(&w, Qt::Key_Space);
        QTRY_VERIFY(bar->state().paused);
        QCOMPARE(bar->playAction()->text(), QStringLiteral("Play"));
        QTest::qWait(300);
        const std::uint64_t paused = bar->state().position;
        QTRY_COMPARE(trades(), paused);
        QTest::qWait(800);
        QCOMPARE(bar->state().position, paused);
        QCOMPARE(trades(), paused);

        // Right: one event batch (one frame = one trade here).
        QTest::keyClick(&w, Qt::Key_Right);
        QTRY_COMPARE(bar->state().position, paused + 1);
        QTRY_COMPARE(trades(), paused + 1);

        // Shift+Right: exactly one more 1m candle.
        const std::size_t before = candles();
        QTest::keyClick(&w, Qt::Key_Right, Qt::ShiftModifier);
        QTRY_COMPARE(candles(), before + 1);
        QCOMPARE(m_last->candles.back().trades, 1u); // the new candle's first trade, no more
        QVERIFY(bar->state().paused);

        // Speed: Ctrl++ goes 60x -> max, Ctrl+- back, the combo picks any.
        QCOMPARE(bar->speedBox()->currentText(), QStringLiteral("60x"));
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QTRY_COMPARE(bar->state().speed, 0.0);
        QCOMPARE(bar->speedBox()->currentText(), QStringLiteral("max"));
        QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
        QTRY_COMPARE(bar->state().speed, 60.0);
        bar->speedBox()->setCurrentIndex(2);
        emit bar->speedBox()->activated(2);
        QTRY_COMPARE(bar->state().speed, 5.0);

        // Seek forward on the timeline: lands at the target, candles complete up to it.
        const int forward = bar->sliderValueAt(kStart + 20 * kMinuteMs + 30'000);
        bar->timeline()->setValue(forward);
        const TimeMs target = bar->timeAt(forward);
        QTRY_COMPARE(bar->state().position, std::uint64_t(tradesBefore(target)));
        QCOMPARE(bar->state().phase, replay::ReplayState::Phase::Paused);
        QCOMPARE(bar->state().seekFraction, 1.0);
        QTRY_COMPARE(trades(), std::uint64_t(tradesBefore(target)));
        QCOMPARE(m_last->candles.back().openTime, floorTo(tradeTime(tradesBefore(target) - 1), kMinuteMs));
        QCOMPARE(candles(), std::size_t(21));
        QVERIFY(bar->timeLabel()->text().startsWith("2026-01-01 00:20:"));

        // Seek back: the engine starts over and holds only what lies before the target.
        bar->seekTo(kStart + 5 * kMinuteMs + 1'000);
        QTRY_COMPARE(bar->state().position, std::uint64_t(tradesBefore(kStart + 5 * kMinuteMs + 1'000)));
        QTRY_COMPARE(trades(), std::uint64_t(tradesBefore(kStart + 5 * kMinuteMs + 1'000)));
        QCOMPARE(candles(), std::size_t(6));
        QCOMPARE(m_last->candles.front().openTime, kStart);

        // Play to the end at max speed: progress reaches 100%.
        bar->setSpeed(0);
        QTest::keyClick(&w, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(bar->state().phase, replay::ReplayState::Phase::Finished, 10'000);
        QCOMPARE(bar->progressBar()->value(), 100);
        QTRY_COMPARE(trades(), std::uint64_t(kTrades));
        QCOMPARE(candles(), std::size_t(30));
        QVERIFY(!bar->stepAction()->isEnabled());
        const QString shot
            = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/replaycontrols.png";
        QVERIFY(w.grab().save(shot));
    }
};

QTEST_MAIN(TestReplayControls)
#include "test_replaycontrols.moc"
