// SPDX-License-Identifier: MIT
// The zone layer of the chart: zones from the snapshot are drawn as bands at their prices
// with a label and a tooltip, the toggle hides them (state kept in QSettings), they survive
// a theme switch, and a simulator run draws real zones. Writes screenshots.
#include "app/chartfixture.h"
#include "app/chartrecolor.h"
#include "app/chartwidget.h"
#include "app/liqchartlayers.h"
#include "app/liqlayercontrols.h"
#include "app/theme.h"
#include "app/zonelayer.h"
#include "app/zonestyle.h"
#include "feed/sim/simulator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;

namespace {

zones::Zone zone(std::uint64_t id, zones::ZoneKind kind, zones::ZoneState state, double low, double high,
    double strength, int touches, const char* why)
{
    zones::Zone z;
    z.id = id;
    z.kind = kind;
    z.state = state;
    z.low = low;
    z.high = high;
    z.level = (low + high) / 2;
    z.strength = strength;
    z.touches = touches;
    z.rejections = state == zones::ZoneState::Broken ? touches - 1 : touches;
    z.sweeps = state == zones::ZoneState::Trap ? 1 : 0;
    z.breaks = state == zones::ZoneState::Broken ? 1 : 0;
    z.flow = 0.4;
    z.volumeRatio = 1.8;
    z.why = why;
    return z;
}

QString outputPath(const char* name)
{
    return QDir(qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()))
        .filePath(QLatin1String(name));
}

} // namespace

class TestZoneLayer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PerpScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_zonelayer"));
        QSettings().clear();
        theme::applyDarkTheme(*qApp);
    }

    void drawsZonesWithLabelsAndToolTips()
    {
        ChartWidget chart;
        LiqLayerControls controls;
        controls.attach(chart.liqLayers());
        chart.resize(1400, 820);
        chart.setView(0, Timeframe::M1, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto snap = std::const_pointer_cast<EngineSnapshot>(test::chartSnapshot(240));
        double lo = 1e18, hi = 0;
        for (const Candle& c : snap->candles) {
            lo = std::min(lo, c.low.toDouble());
            hi = std::max(hi, c.high.toDouble());
        }
        const double span = hi - lo;
        using K = zones::ZoneKind;
        using S = zones::ZoneState;
        snap->zones = {
            zone(3, K::Support, S::Tested, lo + 0.10 * span, lo + 0.14 * span, 0.71, 3,
                "swing lows 5m+15m; held 3 of 3 touches; buyers defended it"),
            zone(7, K::Resistance, S::Fresh, lo + 0.86 * span, lo + 0.90 * span, 0.52, 1,
                "swing high 1h, high-volume node; not retested yet"),
            zone(9, K::Support, S::Trap, lo + 0.30 * span, lo + 0.34 * span, 0.44, 2,
                "swing low 5m; swept to 94500 and reclaimed: sellers trapped"),
            zone(12, K::Resistance, S::Broken, lo + 0.62 * span, lo + 0.66 * span, 0.18, 3,
                "swing highs 5m; closed through up and stayed beyond"),
        };
        chart.showSnapshot(snap);
        chart.plot()->replot();
        ChartWidget* c = &chart;
        LiqChartLayers* layers = c->liqLayers();
        ZoneLayer* layer = layers->zones();
        QVERIFY(layers->zonesVisible());
        QCOMPARE(layer->zones().size(), std::size_t(4));
        QCOMPARE(layer->drawnCount(), 4);
        QCOMPARE(layer->labelled().size(), std::size_t(4)); // well apart: every zone is labelled
        QCOMPARE(layer->labelled().front()->id, std::uint64_t(3)); // strongest first
        QCPAxis* y = chart.priceRect()->axis(QCPAxis::atRight);
        const QRect area = chart.priceRect()->rect();
        for (const zones::Zone& z : layer->zones()) {
            const QRectF r = layer->zoneRect(z);
            QCOMPARE(r.top(), y->coordToPixel(z.high));
            QCOMPARE(r.bottom(), y->coordToPixel(z.low));
            QCOMPARE(r.left(), double(area.left()));
            QCOMPARE(r.right(), double(area.right()));
        }
        QCOMPARE(zonestyle::zoneLabel(layer->zones()[0]), QStringLiteral("Support · tested · 0.71"));
        // Each zone carries its own label; the legend's help explains the layer.
        QVERIFY(layers->legend()->toolTip().contains(zonestyle::zoneLayerHelp()));

        // Hover: the zone's tooltip with range, kind, state, strength, touches and why.
        const QPointF centre = layer->zoneRect(layer->zones()[2]).center();
        const QString tip = layers->toolTipAt(centre);
        QVERIFY2(tip.startsWith(QStringLiteral("Support zone ")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("State: trap (price swept beyond it and reclaimed it")));
        QVERIFY(tip.contains(QStringLiteral("Strength: 0.44 of 1")));
        QVERIFY(tip.contains(QStringLiteral("Touches: 2 (held 2, swept and reclaimed 1, broken 0)")));
        QVERIFY(
            tip.contains(QStringLiteral("Why: swing low 5m; swept to 94500 and reclaimed: sellers trapped")));
        QVERIFY(tip.contains(QStringLiteral("Zone #9")));
        QVERIFY(layers->toolTipAt(QPointF(area.center().x(), y->coordToPixel(lo + 0.5 * span))).isEmpty());
        QVERIFY(chart.grab().save(outputPath("zones-layer-dark.png")));

        // Theme switch: colours follow the theme, the zones stay.
        const QImage dark = chart.plot()->toPixmap().toImage();
        const QList<QColor> before = theme::paletteColours();
        theme::applyTheme(*qApp, theme::Kind::Light);
        recolorChart(chart.plot(), before, theme::paletteColours());
        chart.showSnapshot(snap);
        chart.plot()->replot();
        QCOMPARE(layer->drawnCount(), 4);
        QCOMPARE(zonestyle::kindColor(K::Support), theme::kUp);
        QVERIFY(chart.plot()->toPixmap().toImage() != dark);
        QVERIFY(chart.grab().save(outputPath("zones-layer-light.png")));
        const QList<QColor> light = theme::paletteColours();
        theme::applyTheme(*qApp, theme::Kind::Dark);
        recolorChart(chart.plot(), light, theme::paletteColours());

        // The toggle hides them and is remembered.
        chart.plot()->replot();
        const QImage shown = chart.plot()->toPixmap().toImage();
        controls.zonesAction()->trigger();
        QVERIFY(!layers->zonesVisible());
        QVERIFY(layers->toolTipAt(centre).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("liqLayers/zones")).toBool(), false);
        chart.plot()->replot();
        QVERIFY(chart.plot()->toPixmap().toImage() != shown);
        ChartWidget again;
        LiqLayerControls restored;
        restored.attach(again.liqLayers());
        QVERIFY(!again.liqLayers()->zonesVisible());
        controls.zonesAction()->trigger();
        QVERIFY(layers->zonesVisible());
        QSettings().clear();

        // Another symbol: its zones are not shown on this one.
        chart.setView(1, Timeframe::M1, true);
        QVERIFY(layer->zones().empty());
    }

    void simulatorZonesOnTheChart()
    {
        sim::SimConfig cfg;
        cfg.seed = 11;
        cfg.speed = 0;
        cfg.symbols = {0};
        sim::Simulator simulator(cfg);
        Engine engine;
        const TimeMs start = simulator.now();
        while (simulator.now() < start + 6 * kHourMs) {
            EventBatch batch;
            simulator.advanceTo(simulator.now() + 10'000, batch.events);
            engine.apply(batch);
        }
        const auto snap = engine.snapshot(ChartView {0, Timeframe::M5, 20'000});
        QVERIFY(!snap->zones.empty());
        ChartWidget chart;
        chart.resize(1400, 820);
        chart.setView(0, Timeframe::M5, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.showSnapshot(snap);
        chart.plot()->replot();
        QCOMPARE(chart.liqLayers()->zones()->zones(), snap->zones);
        QVERIFY(chart.liqLayers()->zones()->drawnCount() > 0);
        for (const zones::Zone& z : snap->zones)
            qInfo().noquote() << zonestyle::zoneLabel(z) << z.low << z.high << "touches" << z.touches
                              << QString::fromStdString(z.why);
        QVERIFY(chart.grab().save(outputPath("zones-sim.png")));
    }
};

QTEST_MAIN(TestZoneLayer)
#include "test_zonelayer.moc"
