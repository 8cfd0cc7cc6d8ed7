// SPDX-License-Identifier: MIT
// The main window on the market simulator's retail high-leverage scenario: the liquidation
// layers of the chart hold exactly the liquidation data of the engine's snapshot (bands,
// profile, bubbles, heatmap), the Liquidations menu is in the tool bar. Writes a screenshot.
#include "app/charttoolbar.h"
#include "app/chartwidget.h"
#include "app/liqbandslayer.h"
#include "app/liqbubbleslayer.h"
#include "app/liqchartlayers.h"
#include "app/liqheatmaplayer.h"
#include "app/liqlayercontrols.h"
#include "app/liqprofilepanel.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/theme.h"
#include "feed/sim/simulator.h"
#include "testfeed.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;

class TestLiqSimWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PerpScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_liqsimwindow"));
        QSettings().clear();
        theme::applyDarkTheme(*qApp);
    }

    void layersMatchEngineSnapshot()
    {
        sim::SimConfig config;
        config.seed = 11;
        config.speed = 0;
        config.scenario = sim::Scenario::RetailHighLeverage;
        config.symbols = {0};
        sim::Simulator simulator(config);
        std::vector<EventBatchPtr> batches;
        const TimeMs end = config.startTime + 4 * 60 * kMinuteMs;
        std::size_t liquidations = 0;
        for (TimeMs t = config.startTime + 5 * kMinuteMs; t <= end; t += 5 * kMinuteMs) {
            auto batch = std::make_shared<EventBatch>();
            simulator.advanceTo(t, batch->events);
            for (const MarketEvent& e : batch->events)
                liquidations += std::holds_alternative<Liquidation>(e) ? 1 : 0;
            batches.push_back(batch);
        }
        QVERIFY2(liquidations > 0, "the scenario must produce realized liquidations");

        MarketPipeline pipeline(std::make_unique<test::TestFeed>(std::move(batches), true, 5));
        MainWindow w(&pipeline, ChartView {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.chartToolBar()->findChild<LiqLayerControls*>());
        pipeline.start();
        LiqChartLayers* layers = w.chart()->liqLayers();
        QTRY_VERIFY_WITH_TIMEOUT(layers->snapshot() && layers->snapshot()->time >= end - kMinuteMs, 60000);
        pipeline.stop();
        w.chart()->plot()->replot();
        const liq::LiqSnapshot& s = *layers->snapshot();

        QVERIFY(s.confidence != liq::Confidence::None);
        QVERIFY(s.heatmap.size() >= 200);
        QCOMPARE(layers->heatmap()->snapshot().get(), &s);
        QVERIFY(layers->heatmap()->scaleMax() > 0);

        QVERIFY(!s.bands.empty());
        const std::size_t shown = std::min<std::size_t>(5, s.bands.size());
        QCOMPARE(layers->bands()->bands().size(), shown);
        for (std::size_t i = 0; i < shown; ++i)
            QCOMPARE(layers->bands()->bands()[i], s.bands[i]);

        const auto bars = layers->profile()->bars();
        QVERIFY(!bars.empty());
        for (const PriceBar& b : bars) {
            const auto i = static_cast<std::size_t>(s.profile.indexOf((b.low + b.high) / 2));
            QCOMPARE(b.longs, s.profile.longs[i]);
            QCOMPARE(b.shorts, s.profile.shorts[i]);
            QVERIFY(b.longs == 0 || b.high <= s.profile.price * 1.002); // longs below price
        }

        QVERIFY(!s.bubbles.empty());
        QCOMPARE(layers->bubbles()->bubbles().size(), s.bubbles.size());
        for (std::size_t i = 0; i < s.bubbles.size(); ++i) {
            QCOMPARE(layers->bubbles()->bubbles()[i].time, s.bubbles[i].time);
            QCOMPARE(layers->bubbles()->bubbles()[i].notional, s.bubbles[i].notional);
        }

        // A band's hover text on the real data.
        const liq::LiqBand& top = layers->bands()->bands().front();
        const QRectF r = layers->bands()->bandRect(top);
        if (w.chart()->plot()->axisRect()->rect().contains(r.center().toPoint()))
            QVERIFY(layers->toolTipAt(r.center()).contains(QStringLiteral("Estimated liquidation band")));

        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("liqlayers-sim-retail.png"))));
        QSettings().clear();
    }
};

QTEST_MAIN(TestLiqSimWindow)
#include "test_liqsimwindow.moc"
