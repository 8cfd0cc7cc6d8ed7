// SPDX-License-Identifier: MIT
// GUI smoke test: the real main window on the real thread pipeline, fed by a
// deterministic stream, compared with an Engine fed the same stream directly.
#include "app/candledecimator.h"
#include "app/charttoolbar.h"
#include "app/chartwidget.h"
#include "app/displayformat.h"
#include "app/framethrottle.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/statuspanel.h"
#include "app/theme.h"
#include "app/watchlistmodel.h"
#include "app/watchlistview.h"
#include "testfeed.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>
#include <qcustomplot.h>

using namespace perp;

namespace {

constexpr int kMinutes = 2000;
const std::vector<SymbolId> kSymbols {0, 1, 2};

std::vector<Candle> expectedCandles(const std::vector<EventBatchPtr>& batches, SymbolId s, Timeframe tf)
{
    Engine engine;
    for (const auto& b : batches)
        engine.apply(*b);
    const auto& c = engine.book(s)->series(tf).candles();
    return {c.begin(), c.end()};
}

bool sameCandles(std::span<const Candle> a, const std::vector<Candle>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

QString outputPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

bool near(QRgb p, const QColor& c, int tol = 24)
{
    return std::abs(qRed(p) - c.red()) <= tol && std::abs(qGreen(p) - c.green()) <= tol
        && std::abs(qBlue(p) - c.blue()) <= tol;
}

// A source that cannot connect: its error must reach the status bar.
class FailingFeed : public FeedSource
{
    Q_OBJECT
public:
    QString description() const override { return QStringLiteral("test exchange"); }
    void start() override { emit failed(QStringLiteral("connection refused by test-exchange:443")); }
    void stop() override { }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::vector<EventBatchPtr> m_batches = test::makeTestBatches(kSymbols, kMinutes, 6, 20);

    // The plotted bars are exactly the engine's candles merged by the chart's factor.
    void verifyPlot(ChartWidget* chart)
    {
        const auto& bars = chart->plottedBars();
        QVERIFY(!bars.empty());
        auto data = chart->candlePlot()->data();
        QCOMPARE(data->size(), int(bars.size()));
        int i = 0;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++i) {
            const Candle& c = bars[static_cast<std::size_t>(i)];
            QCOMPARE(it->open, c.open.toDouble());
            QCOMPARE(it->high, c.high.toDouble());
            QCOMPARE(it->low, c.low.toDouble());
            QCOMPARE(it->close, c.close.toDouble());
            QVERIFY(it->key > c.openTime / 1000.0);
        }
    }

private slots:
    void initTestCase() { theme::applyDarkTheme(*qApp); }

    void liveChartFollowsEngine()
    {
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(m_batches, true));
        ChartView view; // BTCUSDT 1m
        MainWindow w(&pipeline, view);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        pipeline.start();

        ChartWidget* chart = w.chart();
        const auto btc1m = expectedCandles(m_batches, 0, Timeframe::M1);
        QCOMPARE(btc1m.size(), std::size_t(kMinutes));
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(chart->candles(), btc1m), 20000);
        QVERIFY(chart->isFollowingLatest());
        QCOMPARE(chart->mergeFactor(), 1); // 150 candles in ~1200 px: no merging
        verifyPlot(chart);
        const QCPRange range = chart->plot()->axisRect()->axis(QCPAxis::atBottom)->range();
        const double lastKey = btc1m.back().openTime / 1000.0 + 30;
        QVERIFY2(range.contains(lastKey), "the live candle is in view");
        QVERIFY(chart->plottedBars().back() == btc1m.back());

        // Simulated data is marked unmistakably.
        QVERIFY2(w.windowTitle().contains("SIMULATED"), qPrintable(w.windowTitle()));
        QVERIFY(w.windowTitle().contains("BTCUSDT 1m"));
        QCOMPARE(w.statusPanel()->badgeText(), QStringLiteral("SIMULATED DATA"));
        QVERIFY(w.statusPanel()->sourceText().contains("test stream"));
        auto* badge = w.statusBar()->findChild<QLabel*>(QStringLiteral("sourceBadge"));
        QVERIFY(badge && badge->isVisible());

        // The watchlist shows every symbol with the engine's last price.
        WatchlistModel* model = w.watchlistModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(0), WatchlistModel::LastColumn).data().toString(),
            QString::number(btc1m.back().close.toDouble(), 'f', 1), 5000);
        QCOMPARE(model->rowCount(), int(kDefaultSymbolCount));

        // Screenshot: big, not blank, with both candle colours on it.
        chart->plot()->replot();
        const QImage shot = w.grab().toImage();
        const QString path = outputPath(QStringLiteral("mainwindow-btcusdt-1m.png"));
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));
        QVERIFY(shot.width() >= 1280 && shot.height() >= 800);
        QSet<QRgb> colours;
        int up = 0, down = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2) {
                const QRgb p = shot.pixel(x, y);
                colours.insert(p);
                up += near(p, theme::kUp) ? 1 : 0;
                down += near(p, theme::kDown) ? 1 : 0;
            }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        QVERIFY2(up > 300 && down > 300, qPrintable(QStringLiteral("up %1 down %2").arg(up).arg(down)));

        // Timeframe switch through the tool bar.
        w.chartToolBar()->timeframeAction(Timeframe::M5)->trigger();
        QCOMPARE(w.view().timeframe, Timeframe::M5);
        QVERIFY(w.windowTitle().contains("BTCUSDT 5m"));
        const auto btc5m = expectedCandles(m_batches, 0, Timeframe::M5);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(chart->candles(), btc5m), 5000);
        verifyPlot(chart);

        // Symbol switch through the watchlist.
        WatchlistView* list = w.watchlistView();
        list->selectRow(model->rowOf(1));
        QCOMPARE(symbolName(w.view().symbol), std::string("ETHUSDT"));
        QVERIFY(w.windowTitle().contains("ETHUSDT 5m"));
        const auto eth5m = expectedCandles(m_batches, 1, Timeframe::M5);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(chart->candles(), eth5m), 5000);
        verifyPlot(chart);
        chart->plot()->replot();
        QVERIFY(w.grab().save(outputPath(QStringLiteral("mainwindow-ethusdt-5m.png"))));
    }

    void zoomedOutChartMergesCandlesExactly()
    {
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(m_batches, true));
        MainWindow w(&pipeline, ChartView {2, Timeframe::M1});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        pipeline.start();
        ChartWidget* chart = w.chart();
        const auto sol = expectedCandles(m_batches, 2, Timeframe::M1);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(chart->candles(), sol), 20000);

        // Show all 2000 candles: more than half the plot's pixel width, so they get merged.
        chart->setVisibleRange(sol.front().openTime / 1000.0, sol.back().openTime / 1000.0 + 60);
        const int factor = chart->mergeFactor();
        QVERIFY2(factor >= 4, qPrintable(QString::number(factor)));
        QVERIFY(!chart->isFollowingLatest() || factor > 1);
        const auto merged = mergeCandles(sol, kMinuteMs, factor);
        QVERIFY(std::equal(
            chart->plottedBars().begin(), chart->plottedBars().end(), merged.begin(), merged.end()));
        verifyPlot(chart);
        chart->plot()->replot();
        QVERIFY(w.grab().save(outputPath(QStringLiteral("mainwindow-solusdt-1m-zoomed-out.png"))));

        // Zoom back in with the wheel: merging stops, every candle is drawn.
        for (int i = 0; i < 12; ++i)
            chart->zoomAround(0.7, sol.back().openTime / 1000.0);
        QCOMPARE(chart->mergeFactor(), 1);
        verifyPlot(chart);
        chart->goToLatest();
        QVERIFY(chart->isFollowingLatest());
    }

    void wheelZoomDragPanAndCrosshair()
    {
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(m_batches, true));
        MainWindow w(&pipeline, ChartView {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        pipeline.start();
        ChartWidget* chart = w.chart();
        const auto btc = expectedCandles(m_batches, 0, Timeframe::M1);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(chart->candles(), btc), 20000);
        QCustomPlot* plot = chart->plot();
        QCPAxis* x = plot->axisRect()->axis(QCPAxis::atBottom);
        QCPAxis* price = plot->axisRect()->axis(QCPAxis::atRight);
        const QPoint centre = plot->axisRect()->rect().center();

        // Wheel up zooms in around the right edge while following the live candle.
        const QCPRange before = x->range();
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), {}, {0, 240}, Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &wheel);
        const QCPRange zoomed = x->range();
        QVERIFY2(zoomed.size() < before.size() * 0.8,
            qPrintable(QStringLiteral("%1 -> %2").arg(before.size()).arg(zoomed.size())));
        QCOMPARE(zoomed.upper, before.upper);
        QVERIFY(chart->isFollowingLatest());

        // The price axis fits exactly the visible candles (plus padding).
        double lo = 1e300, hi = 0;
        for (const Candle& c : btc)
            if (c.openTime / 1000.0 + 60 > zoomed.lower && c.openTime / 1000.0 < zoomed.upper) {
                lo = std::min(lo, c.low.toDouble());
                hi = std::max(hi, c.high.toDouble());
            }
        QVERIFY(price->range().lower < lo && price->range().lower > lo - (hi - lo) * 0.2);
        QVERIFY(price->range().upper > hi && price->range().upper < hi + (hi - lo) * 0.2);

        // Dragging to the right shows older candles and stops following.
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, centre);
        QTest::mouseMove(plot, centre + QPoint(300, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, centre + QPoint(300, 0));
        const QCPRange panned = x->range();
        QVERIFY2(panned.upper < zoomed.upper - 0.2 * zoomed.size(), "view moved back in time");
        QCOMPARE(panned.size(), zoomed.size());
        QVERIFY(!chart->isFollowingLatest());
        QTRY_VERIFY(chart->latestButton()->isVisible());

        // The crosshair reads out the candle under the mouse (one in the middle of the view).
        const Candle& hovered = *std::find_if(btc.begin(), btc.end(),
            [&](const Candle& c) { return c.openTime / 1000.0 + 60 > panned.center(); });
        const QPoint at(static_cast<int>(x->coordToPixel(hovered.openTime / 1000.0 + 30)), centre.y());
        QTest::mouseMove(plot, at);
        auto* readout = plot->findChild<QLabel*>(QStringLiteral("chartReadout"));
        QVERIFY(readout);
        QTRY_VERIFY(readout->text().contains(formatUtc(hovered.openTime)));
        QVERIFY(readout->text().contains(formatPrice(hovered.high.toDouble(), 0)));
        plot->replot();
        QVERIFY(w.grab().save(outputPath(QStringLiteral("mainwindow-crosshair.png"))));

        // End brings the live candle back and follows it again; so does the Live button.
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_End);
        QVERIFY(chart->isFollowingLatest());
        QVERIFY(x->range().contains(btc.back().openTime / 1000.0 + 30));
        QTRY_VERIFY(!chart->latestButton()->isVisible());
        chart->setVisibleRange(x->range().lower - 7200, x->range().upper - 7200);
        QVERIFY(!chart->isFollowingLatest());
        QTRY_VERIFY(chart->latestButton()->isVisible());
        QTest::mouseClick(chart->latestButton(), Qt::LeftButton);
        QVERIFY(chart->isFollowingLatest());
        QVERIFY(x->range().contains(btc.back().openTime / 1000.0 + 30));
    }

    void realSourceIsNotMarkedSimulated()
    {
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(m_batches, false));
        MainWindow w(&pipeline, ChartView {});
        QVERIFY(!w.windowTitle().contains("SIMULATED"));
        QCOMPARE(w.statusPanel()->badgeText(), QStringLiteral("LIVE"));
    }

    void sourceErrorShowsInStatusBar()
    {
        MarketPipeline pipeline(std::make_unique<FailingFeed>());
        MainWindow w(&pipeline, ChartView {});
        w.show();
        pipeline.start();
        QTRY_VERIFY(w.statusPanel()->messageText().contains(
            QStringLiteral("connection refused by test-exchange:443")));
        QVERIFY(w.statusPanel()->messageText().startsWith(QStringLiteral("Feed error")));
        QVERIFY(w.chart()->candles().empty());
    }

    void throttleCoalescesSnapshots()
    {
        FrameThrottle throttle(20);
        std::vector<EngineSnapshotPtr> frames;
        connect(&throttle, &FrameThrottle::frame, this, [&](EngineSnapshotPtr s) { frames.push_back(s); });
        EngineSnapshotPtr last;
        for (int i = 0; i < 100; ++i) {
            auto s = std::make_shared<EngineSnapshot>();
            s->time = i;
            last = s;
            throttle.offer(s);
        }
        QTRY_COMPARE(frames.size(), std::size_t(1));
        QCOMPARE(frames.front(), last);
        QTest::qWait(60);
        QCOMPARE(frames.size(), std::size_t(1)); // nothing new offered: no repaint
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
