// SPDX-License-Identifier: MIT
// GUI smoke test on the real market simulator: the main window's chart holds exactly the
// candles an Engine builds from the same seeded simulation run directly.
#include "app/chartwidget.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/statuspanel.h"
#include "app/theme.h"
#include "app/watchlistmodel.h"
#include "feed/sim/simfeed.h"
#include "feed/sim/simulator.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;

class TestSimWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { theme::applyDarkTheme(*qApp); }

    void chartMatchesDirectSimulation()
    {
        sim::SimConfig config;
        config.seed = 7;
        config.speed = 600; // ten simulated minutes per second
        MarketPipeline pipeline(std::make_unique<sim::SimFeed>(config));
        MainWindow w(&pipeline, ChartView {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        pipeline.start();
        ChartWidget* chart = w.chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->candles().size() >= 12, 30000);
        pipeline.stop();
        const std::vector<Candle> shown(chart->candles().begin(), chart->candles().end());

        // The same seed simulated directly up to the start of the newest shown candle:
        // every earlier candle is complete there and must be identical.
        sim::Simulator direct(config);
        Engine engine;
        EventBatch batch;
        direct.advanceTo(shown.back().openTime, batch.events);
        engine.apply(batch);
        const auto& expected = engine.book(0)->series(Timeframe::M1).candles();
        QVERIFY(expected.size() >= shown.size() - 1);
        for (std::size_t i = 0; i + 1 < shown.size(); ++i)
            QVERIFY2(shown[i] == expected[i], qPrintable(QStringLiteral("candle %1").arg(i)));
        // The live candle is a prefix of the full one: same open, range within it.
        batch.events.clear();
        direct.advanceTo(shown.back().openTime + kMinuteMs, batch.events);
        engine.apply(batch);
        const Candle& full = engine.book(0)->series(Timeframe::M1).candles().back();
        QCOMPARE(full.openTime, shown.back().openTime);
        QCOMPARE(full.open, shown.back().open);
        QVERIFY(shown.back().high <= full.high && shown.back().low >= full.low);
        QVERIFY(shown.back().trades <= full.trades);

        QVERIFY(w.windowTitle().contains(QStringLiteral("SIMULATED DATA")));
        QVERIFY(w.statusPanel()->sourceText().contains(QStringLiteral("seed 7")));
        QCOMPARE(w.watchlistModel()->rowCount(), int(kDefaultSymbolCount));
        chart->plot()->replot();
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-sim-seed7.png"))));
    }
};

QTEST_MAIN(TestSimWindow)
#include "test_simwindow.moc"
