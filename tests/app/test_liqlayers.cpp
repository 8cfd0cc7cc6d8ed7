// SPDX-License-Identifier: MIT
// The liquidation layers of the chart on a crafted snapshot: each layer holds the snapshot's
// data at the right place on the axes, layers toggle from the menu (state in QSettings), a
// band shows its tooltip on hover, the cascade badge appears. Writes a screenshot.
#include "app/chartwidget.h"
#include "app/liqbandslayer.h"
#include "app/liqbubbleslayer.h"
#include "app/liqchartlayers.h"
#include "app/liqheatmaplayer.h"
#include "app/liqhistogramlayer.h"
#include "app/liqlayercontrols.h"
#include "app/liqprofilepanel.h"
#include "app/numbershelp.h"
#include "app/theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <qcustomplot.h>

using namespace perp;

namespace {

constexpr TimeMs kT0 = 1767225600000;
constexpr int kMinutes = 240;
constexpr double kPrice = 96000;

double priceAt(int i)
{
    return kPrice * (1.0 + 0.012 * std::sin(i * 0.03) + 0.002 * std::sin(i * 0.4));
}

double gauss(double x, double mu, double sigma)
{
    return std::exp(-0.5 * (x - mu) * (x - mu) / (sigma * sigma));
}

// Estimated density: longs around 94,900 and 93,800, shorts around 97,600.
double density(double p, bool longs)
{
    return longs ? 4e6 * gauss(p, 94900, 120) + 2e6 * gauss(p, 93800, 150) : 3e6 * gauss(p, 97600, 140);
}

EngineSnapshotPtr makeSnapshot()
{
    auto snap = std::make_shared<EngineSnapshot>();
    snap->view = ChartView {0, Timeframe::M1, 20000};
    for (int i = 0; i < kMinutes; ++i) {
        Candle c;
        c.openTime = kT0 + i * kMinuteMs;
        const double o = priceAt(i), cl = priceAt(i + 1);
        c.open = Price::fromDouble(o);
        c.close = Price::fromDouble(cl);
        c.high = Price::fromDouble(std::max(o, cl) * 1.0008);
        c.low = Price::fromDouble(std::min(o, cl) * 0.9992);
        c.volume = Qty::fromDouble(20);
        c.buyVolume = Qty::fromDouble(11);
        c.sellVolume = Qty::fromDouble(9);
        c.trades = 50;
        snap->candles.push_back(c);
    }
    auto liq = std::make_shared<liq::LiqSnapshot>();
    liq->symbol = 0;
    liq->time = kT0 + kMinutes * kMinuteMs;
    liq->price = priceAt(kMinutes);
    liq->atr = 150;
    liq->confidence = liq::Confidence::Normal;
    const int first = liq->grid.bin(kPrice * 0.9);
    const int n = liq->grid.bin(kPrice * 1.1) - first;
    for (int i = 0; i < kMinutes; ++i) {
        auto col = std::make_shared<liq::HeatColumn>();
        col->time = kT0 + i * kMinuteMs;
        col->price = priceAt(i);
        col->firstBin = first;
        for (int j = 0; j < n; ++j) {
            const double p = liq->grid.mid(first + j);
            // Clusters build up over time.
            col->values.push_back(
                static_cast<float>((density(p, true) + density(p, false)) * (0.3 + i / 340.0)));
        }
        liq->heatmap.push_back(col);
    }
    liq->profile.time = liq->time;
    liq->profile.price = liq->price;
    liq->profile.firstBin = first;
    liq->profile.confidence = liq::Confidence::Normal;
    for (int j = 0; j < n; ++j) {
        const double p = liq->grid.mid(first + j);
        liq->profile.longs.push_back(p < liq->price ? density(p, true) : 0.0);
        liq->profile.shorts.push_back(p > liq->price ? density(p, false) : 0.0);
    }
    const auto band = [&](std::uint64_t id, PositionSide side, double lo, double hi, double notional) {
        liq::LiqBand b {id, side, lo, hi, (lo + hi) / 2, notional, notional / 12e6, 0, 0, 0};
        const double edge = side == PositionSide::Long ? hi : lo;
        b.distancePct = (edge - liq->price) / liq->price * 100;
        b.distanceAtr = std::abs(edge - liq->price) / liq->atr;
        b.magnet = 100 * b.share / (1 + std::pow(b.distanceAtr / 3, 2));
        liq->bands.push_back(b);
    };
    band(7, PositionSide::Long, 94700, 95100, 4.2e6);
    band(3, PositionSide::Short, 97400, 97800, 3.1e6);
    band(9, PositionSide::Long, 93600, 94000, 2.2e6);
    for (int i = 0; i < 12; ++i) {
        const int m = 20 + i * 18;
        const bool longs = i % 3 != 0;
        liq->bubbles.push_back({kT0 + m * kMinuteMs + 17000, priceAt(m) * (longs ? 0.998 : 1.002),
            20000.0 + 60000.0 * (i % 5), longs ? PositionSide::Long : PositionSide::Short, Venue::Binance});
    }
    for (liq::RealizedWindow w : liq::kRealizedWindows) {
        liq::RealizedProfile& p = liq->realized[static_cast<std::size_t>(w)];
        p.window = w;
        p.grid = liq::LogGrid {0.002};
        p.firstBin = p.grid.bin(kPrice * 0.97);
        const double scale = 1 + static_cast<int>(w);
        for (int j = 0; j < 30; ++j) {
            const double mid = p.grid.mid(p.firstBin + j);
            p.longs.push_back(mid < kPrice ? scale * 1e5 * (1 + j % 4) : 0.0);
            p.shorts.push_back(mid >= kPrice ? scale * 8e4 * (1 + j % 3) : 0.0);
            p.totalLong += p.longs.back();
            p.totalShort += p.shorts.back();
        }
    }
    liq->cascade.active = true;
    liq->cascade.side = PositionSide::Long;
    liq->cascade.intensity = 0.8;
    liq->cascade.peakIntensity = 1.4;
    liq->cascade.liquidatedNotional = 1.9e6;
    snap->liq = liq;
    return snap;
}

} // namespace

class TestLiqLayers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PerpScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_liqlayers"));
        QSettings().clear();
        theme::applyDarkTheme(*qApp);
    }

    void layersHoldSnapshot()
    {
        ChartWidget chart;
        chart.resize(1400, 820);
        chart.setView(0, Timeframe::M1, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto snap = makeSnapshot();
        chart.showSnapshot(snap);
        chart.setVisibleRange(kT0 / 1000.0, (kT0 + kMinutes * kMinuteMs) / 1000.0);
        chart.plot()->replot();
        LiqChartLayers* layers = chart.liqLayers();
        QCOMPARE(layers->snapshot(), snap->liq);
        const liq::LiqSnapshot& s = *snap->liq;
        QCPAxis* x = chart.plot()->axisRect()->axis(QCPAxis::atBottom);
        QCPAxis* y = chart.plot()->axisRect()->axis(QCPAxis::atRight);
        const QRect area = chart.plot()->axisRect()->rect();

        // Heatmap: values of the snapshot; bright at the long cluster, transparent where empty.
        const double key = (kT0 + 200 * kMinuteMs + 30000) / 1000.0;
        QCOMPARE(layers->heatmap()->columnAt(key), 200);
        const auto& col = *s.heatmap[200];
        QCOMPARE(layers->heatmap()->valueAt(key, 94900),
            double(col.values[static_cast<std::size_t>(s.grid.bin(94900) - col.firstBin)]));
        const QImage& img = layers->heatmap()->image();
        QCOMPARE(img.size(), area.size());
        const int px = static_cast<int>(x->coordToPixel(key)) - area.left();
        QVERIFY(qAlpha(img.pixel(px, static_cast<int>(y->coordToPixel(94900)) - area.top())) > 150);
        QCOMPARE(qAlpha(img.pixel(px, static_cast<int>(y->coordToPixel(96300)) - area.top())), 0);
        QVERIFY(layers->heatmap()->scaleMax() >= 4e6 * (0.3 + 239 / 340.0) * 0.99);
        const QPointF cell(x->coordToPixel((kT0 + 60 * kMinuteMs) / 1000.0), y->coordToPixel(94900));
        const QString heatTip = layers->toolTipAt(cell);
        QVERIFY2(heatTip.startsWith(QStringLiteral("Estimated liquidation heatmap")), qPrintable(heatTip));
        QVERIFY(heatTip.contains(QStringLiteral("ESTIMATE")));

        // Bands: the snapshot's bands, rectangles on the price axis over the right part.
        QCOMPARE(layers->bands()->bands(), s.bands);
        for (const liq::LiqBand& b : s.bands) {
            const QRectF r = layers->bands()->bandRect(b);
            QCOMPARE(r.top(), y->coordToPixel(b.high));
            QCOMPARE(r.bottom(), y->coordToPixel(b.low));
            QCOMPARE(r.left(), area.left() + area.width() * LiqBandsLayer::kStartFraction);
            QCOMPARE(r.right(), double(area.right()));
        }

        // The 93,600-94,000 long band lies below the visible prices: a chip at the bottom edge.
        QVERIFY(y->range().lower > 94000);
        const auto markers = layers->bands()->offscreenMarkers();
        QCOMPARE(markers.size(), std::size_t {1});
        QCOMPARE(markers[0].band, s.bands[2]);
        QVERIFY(markers[0].text.startsWith(QStringLiteral("▼ est. long liq 93600.0–94000.0")));
        QVERIFY(markers[0].rect.bottom() < area.bottom() && markers[0].rect.top() > area.center().y());
        QVERIFY(layers->toolTipAt(markers[0].rect.center()).contains(QStringLiteral("Outside the visible")));
        // A chip at the top edge keeps clear of the legend: it moves below it.
        {
            const QCPRange keep = y->range();
            y->setRange(94500, 97000); // the 97,400-97,800 short band is above
            chart.plot()->replot();
            QLabel* legend = layers->legend();
            const auto top = layers->bands()->offscreenMarkers();
            QVERIFY(!top.empty() && top[0].band.side == PositionSide::Short);
            legend->move(int(top[0].rect.left()), int(top[0].rect.top())); // force the overlap
            const auto moved = layers->bands()->offscreenMarkers();
            QVERIFY2(moved[0].rect.top() >= legend->geometry().bottom(),
                qPrintable(
                    QStringLiteral("%1 vs %2").arg(moved[0].rect.top()).arg(legend->geometry().bottom())));
            y->setRange(keep);
            chart.plot()->replot();
        }

        // Profile: one bar per non-empty visible level, same notional, width by notional.
        const auto bars = layers->profile()->bars();
        const QCPRange vr = y->range();
        std::size_t expected = 0;
        double maxValue = 0;
        for (std::size_t i = 0; i < s.profile.size(); ++i)
            if (s.profile.upperOf(i) > vr.lower && s.profile.lowerOf(i) < vr.upper
                && s.profile.longs[i] + s.profile.shorts[i] > 0) {
                ++expected;
                maxValue = std::max(maxValue, s.profile.longs[i] + s.profile.shorts[i]);
            }
        QCOMPARE(bars.size(), expected);
        QVERIFY(expected > 20);
        for (const PriceBar& b : bars) {
            const std::size_t i = static_cast<std::size_t>(s.profile.indexOf((b.low + b.high) / 2));
            QCOMPARE(b.longs, s.profile.longs[i]);
            QCOMPARE(b.shorts, s.profile.shorts[i]);
            const QRectF& r = b.longs > 0 ? b.longRect : b.shortRect;
            QVERIFY(std::abs(r.width()
                        - std::max(60.0, area.width() * LiqProfilePanel::kWidthFraction)
                            * (b.longs + b.shorts) / maxValue)
                < 1e-6);
            QVERIFY(std::abs(r.top() - y->coordToPixel(b.high)) < 1e-6);
        }

        // Bubbles: the realized liquidations at their time and price, largest 18 px.
        QCOMPARE(layers->bubbles()->bubbles().size(), s.bubbles.size());
        for (std::size_t i = 0; i < s.bubbles.size(); ++i) {
            const liq::RealizedLiq& e = s.bubbles[i];
            const liq::RealizedLiq& shown = layers->bubbles()->bubbles()[i];
            QCOMPARE(shown.time, e.time);
            QCOMPARE(shown.price, e.price);
            QCOMPARE(shown.notional, e.notional);
            QCOMPARE(shown.side, e.side);
            QCOMPARE(layers->bubbles()->centre(e).x(), x->coordToPixel(e.time / 1000.0));
        }
        // Well apart at this zoom: one circle each, the largest (260K) 18 px, 20K 3 + 15*sqrt(20/260).
        const auto marks = layers->bubbles()->marks();
        QCOMPARE(marks.size(), s.bubbles.size());
        for (const BubbleMark& m : marks) {
            QCOMPARE(m.count, 1);
            QCOMPARE(m.notional, s.bubbles[m.first].notional);
            QVERIFY(std::abs(m.radius - (3.0 + 15.0 * std::sqrt(m.notional / 260000.0))) < 1e-9);
        }
        const QPointF bubble = layers->bubbles()->centre(s.bubbles[1]);
        const QString bubbleTip = layers->toolTipAt(bubble);
        QVERIFY2(bubbleTip.contains(QStringLiteral("Realized long liquidation (reported by Binance)")),
            qPrintable(bubbleTip));
        QVERIFY(bubbleTip.contains(QStringLiteral("at most one liquidation per symbol per second")));

        // Histogram: the selected window's realized profile (default 4h).
        QCOMPARE(layers->realizedWindow(), liq::RealizedWindow::H4);
        const auto hist = layers->histogram()->bars();
        const liq::RealizedProfile& h4 = s.realized[1];
        QVERIFY(!hist.empty());
        for (const PriceBar& b : hist) {
            const int j = h4.grid.bin((b.low + b.high) / 2) - h4.firstBin;
            QCOMPARE(b.longs, h4.longs[static_cast<std::size_t>(j)]);
            QCOMPARE(b.shorts, h4.shorts[static_cast<std::size_t>(j)]);
            QCOMPARE(b.longRect.united(b.shortRect).left(), double(area.left()));
        }

        // Cascade badge.
        QVERIFY(layers->cascadeBadge()->isVisible());
        QCOMPARE(layers->cascadeBadge()->text(), QStringLiteral("LONG CASCADE · intensity 0.8"));
        QVERIFY(layers->cascadeBadge()->toolTip().contains(QStringLiteral("peak 1.40")));
        QVERIFY(layers->legend()->text().contains(QStringLiteral("ESTIMATED")));
        QVERIFY(layers->legend()->text().contains(QStringLiteral("REALIZED")));

        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        QVERIFY(chart.grab().save(QDir(dir).filePath(QStringLiteral("liqlayers-crafted.png"))));
    }

    void hoverShowsBandToolTip()
    {
        ChartWidget chart;
        chart.resize(1400, 820);
        chart.setView(0, Timeframe::M1, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto snap = makeSnapshot();
        chart.showSnapshot(snap);
        chart.setVisibleRange(kT0 / 1000.0, (kT0 + kMinutes * kMinuteMs) / 1000.0);
        chart.plot()->replot();
        const liq::LiqBand& band = snap->liq->bands[1]; // short 97,400-97,800
        const QRectF r = chart.liqLayers()->bands()->bandRect(band);
        QVERIFY(chart.plot()->axisRect()->rect().contains(r.center().toPoint()));
        QTest::mouseMove(chart.plot(), r.center().toPoint());
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("Range: 97400.0 – 97800.0")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("shorts would be liquidated")));
        QVERIFY(tip.contains(QStringLiteral("Estimated notional: $3.10M")));
        QVERIFY(tip.contains(QStringLiteral("Distance from price:")));
        QVERIFY(tip.contains(QStringLiteral("ATR")));
        QVERIFY(tip.contains(QStringLiteral("Magnet score")));
        QVERIFY(tip.contains(QStringLiteral("ESTIMATE")));
        // Away from every layer: no tooltip.
        const QRect area = chart.plot()->axisRect()->rect();
        chart.liqLayers()->setLayerVisible(LiqLayerKind::Heatmap, false);
        const QString none
            = chart.liqLayers()->toolTipAt(QPointF(area.left() + area.width() * 0.3, area.center().y()));
        QVERIFY2(none.isEmpty(), qPrintable(none));
    }

    void menuTogglesLayersAndRemembers()
    {
        QSettings().clear();
        ChartWidget chart;
        chart.resize(1400, 820);
        chart.setView(0, Timeframe::M1, true);
        LiqLayerControls controls;
        controls.attach(chart.liqLayers());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto snap = makeSnapshot();
        chart.showSnapshot(snap);
        chart.plot()->replot();
        LiqChartLayers* layers = chart.liqLayers();
        for (LiqLayerKind k : kLiqLayerKinds) {
            QVERIFY(layers->isLayerVisible(k));
            QVERIFY(controls.layerAction(k)->toolTip().contains(
                k == LiqLayerKind::Bubbles || k == LiqLayerKind::Histogram ? QStringLiteral("REALIZED")
                                                                           : QStringLiteral("ESTIMATED")));
        }
        const QPointF bandCentre = layers->bands()->bandRect(snap->liq->bands[0]).center();
        QVERIFY(!layers->bands()->toolTipAt(bandCentre).isEmpty());
        const QImage before = chart.plot()->toPixmap().toImage();

        controls.layerAction(LiqLayerKind::Bands)->trigger();
        QVERIFY(!layers->isLayerVisible(LiqLayerKind::Bands));
        QVERIFY(layers->bands()->toolTipAt(bandCentre).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("liqLayers/bands")).toBool(), false);
        QVERIFY(!layers->legend()->text().contains(QStringLiteral("bands")));
        chart.plot()->replot();
        QVERIFY(chart.plot()->toPixmap().toImage() != before); // the band is gone from the frame

        controls.layerAction(LiqLayerKind::Heatmap)->trigger();
        QVERIFY(!layers->isLayerVisible(LiqLayerKind::Heatmap));
        controls.windowAction(liq::RealizedWindow::H24)->trigger();
        QCOMPARE(layers->realizedWindow(), liq::RealizedWindow::H24);
        QCOMPARE(layers->histogram()->profile().totalLong, snap->liq->realized[2].totalLong);
        QCOMPARE(QSettings().value(QStringLiteral("liqLayers/window")).toInt(), 2);

        // A new chart with new controls starts from the saved state.
        ChartWidget again;
        LiqLayerControls restored;
        restored.attach(again.liqLayers());
        QVERIFY(!again.liqLayers()->isLayerVisible(LiqLayerKind::Bands));
        QVERIFY(!again.liqLayers()->isLayerVisible(LiqLayerKind::Heatmap));
        QVERIFY(again.liqLayers()->isLayerVisible(LiqLayerKind::Profile));
        QCOMPARE(again.liqLayers()->realizedWindow(), liq::RealizedWindow::H24);

        controls.layerAction(LiqLayerKind::Bands)->trigger();
        QVERIFY(layers->isLayerVisible(LiqLayerKind::Bands));
        QVERIFY(!layers->bands()->toolTipAt(bandCentre).isEmpty());
        QSettings().clear();
    }

    // The bands' track record: the 1 h figure in the legend, every horizon in its help, and
    // nothing when the bands are hidden.
    void bandRecordInLegend()
    {
        QSettings().clear();
        ChartWidget chart;
        chart.resize(1400, 820);
        chart.setView(0, Timeframe::M1, true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto snap = std::make_shared<EngineSnapshot>(*makeSnapshot());
        auto liq = std::make_shared<liq::LiqSnapshot>(*snap->liq);
        liq->bandRecord = {liq::BandRecord {0, 50, 2e6, 0.30, 0.12},
            liq::BandRecord {kHourMs, 40, 1.5e6, 0.45, 0.13}, liq::BandRecord {4 * kHourMs}};
        snap->liq = liq;
        chart.showSnapshot(snap);
        LiqChartLayers* layers = chart.liqLayers();
        const QString legend = layers->legend()->text();
        QVERIFY2(legend.contains(
                     QStringLiteral("bands' record 24 h: 45% of liquidations in 13% of the range (3.5×)")),
            qPrintable(legend));
        const QString help = layers->legend()->toolTip();
        QVERIFY2(help.contains(QStringLiteral(
                     "bands drawn 1 h before:</td><td>45% in bands, 13% range covered, lift 3.5×")),
            qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("bands on screen just before:</td><td>30% in bands")));
        QVERIFY(help.contains(QStringLiteral("bands drawn 4 h before:</td><td>no liquidations scored yet")));
        QVERIFY(help.contains(QStringLiteral("what bands placed at random would catch")));
        // Help > The numbers explained has the figure too.
        QVERIFY(NumbersHelp::html().contains(QStringLiteral("Bands' record")));
        QVERIFY(NumbersHelp::html().contains(QStringLiteral("1× is no better than chance")));

        liq = std::make_shared<liq::LiqSnapshot>(*liq);
        liq->bandRecord = {};
        snap = std::make_shared<EngineSnapshot>(*snap);
        snap->liq = liq;
        chart.showSnapshot(snap);
        QVERIFY(
            layers->legend()->text().contains(QStringLiteral("bands' record: no liquidations scored yet")));
        layers->setLayerVisible(LiqLayerKind::Bands, false);
        QVERIFY(!layers->legend()->text().contains(QStringLiteral("record")));
        QSettings().clear();
    }

    void liveTickRedrawsLikeFullRender()
    {
        // A live update shares all heat columns but the newest; the incrementally updated
        // image must equal a full render of the same snapshot, also when the scale changes.
        const auto base = makeSnapshot();
        const auto tick = [&](std::size_t index, float factor) {
            auto snap = std::make_shared<EngineSnapshot>(*base);
            auto liq = std::make_shared<liq::LiqSnapshot>(*base->liq);
            auto col = std::make_shared<liq::HeatColumn>(*liq->heatmap[index]);
            for (float& v : col->values)
                v *= factor;
            liq->heatmap[index] = col;
            snap->liq = liq;
            return snap;
        };
        const auto render = [](ChartWidget& chart, const EngineSnapshotPtr& snap) {
            chart.showSnapshot(snap);
            chart.setVisibleRange(kT0 / 1000.0, (kT0 + kMinutes * kMinuteMs) / 1000.0);
            chart.plot()->replot();
            return chart.liqLayers()->heatmap()->image();
        };
        ChartWidget live;
        live.resize(1200, 700);
        live.setView(0, Timeframe::M1, true);
        live.show();
        QVERIFY(QTest::qWaitForWindowExposed(&live));
        const QImage first = render(live, base);
        // Column 100 halved: same full scale, only its pixels are redone. Newest tripled: new scale.
        for (const auto& [index, factor] :
            {std::pair {std::size_t {100}, 0.5f}, {std::size_t {kMinutes - 1}, 3.0f}}) {
            const auto snap = tick(index, factor);
            const QImage updated = render(live, snap);
            ChartWidget fresh;
            fresh.resize(1200, 700);
            fresh.setView(0, Timeframe::M1, true);
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            QCOMPARE(updated, render(fresh, snap));
            QVERIFY(updated != first);
        }
    }

    void otherSymbolIgnored()
    {
        ChartWidget chart;
        chart.setView(3, Timeframe::M1, false);
        auto liq = std::make_shared<liq::LiqSnapshot>();
        liq->symbol = 0;
        chart.liqLayers()->showSnapshot(liq);
        QVERIFY(!chart.liqLayers()->snapshot());
    }
};

QTEST_MAIN(TestLiqLayers)
#include "test_liqlayers.moc"
