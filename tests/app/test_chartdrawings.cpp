// SPDX-License-Identifier: MIT
#include "app/chartactions.h"
#include "app/chartdrawings.h"
#include "app/chartwidget.h"
#include "chartfixture.h"
#include "core/symbols.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <qcustomplot.h>

using namespace perp;
using Tool = ChartDrawings::Tool;
using Kind = ChartDrawing::Kind;

namespace {
std::unique_ptr<ChartWidget> openChart(SymbolId symbol = 0)
{
    auto w = std::make_unique<ChartWidget>();
    w->resize(1600, 1000);
    w->setView(symbol, Timeframe::M1, false);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    auto snap = std::const_pointer_cast<EngineSnapshot>(test::chartSnapshot(240));
    snap->view.symbol = symbol;
    w->showSnapshot(snap);
    w->plot()->replot();
    return w;
}

QPointF coordsAt(ChartWidget& w, QPoint px)
{
    return {w.priceRect()->axis(QCPAxis::atBottom)->pixelToCoord(px.x()),
        w.priceRect()->axis(QCPAxis::atRight)->pixelToCoord(px.y())};
}

void drag(ChartWidget& w, QPoint from, QPoint to)
{
    QTest::mousePress(w.plot(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w.plot(), (from + to) / 2);
    QTest::mouseMove(w.plot(), to);
    QTest::mouseRelease(w.plot(), Qt::LeftButton, {}, to);
}
} // namespace

class TestChartDrawings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(DrawingStore::defaultPath());
        QFile::remove(DrawingStore::defaultPath() + QStringLiteral(".bak"));
    }
    void horizontalLineByKeyAndClick()
    {
        auto w = openChart();
        QVERIFY(w);
        w->activateWindow();
        w->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_H); // shortcut picks the tool
        QCOMPARE(w->drawings()->tool(), Tool::HLine);
        QVERIFY(w->chartActions()->tool(Tool::HLine)->isChecked());
        const QPoint at = w->priceRect()->rect().center() + QPoint(0, -80);
        QTest::mouseClick(w->plot(), Qt::LeftButton, {}, at);
        QCOMPARE(w->drawings()->drawings().size(), 1u);
        const ChartDrawing& d = w->drawings()->drawings().front();
        QCOMPARE(d.kind, Kind::HLine);
        QCOMPARE(d.p1, coordsAt(*w, at).y());
        QCOMPARE(w->drawings()->tool(), Tool::None); // one drawing per pick
        QVERIFY(!w->chartActions()->tool(Tool::HLine)->isChecked());
        w->drawings()->clearAll();
    }
    void dragDrawsRectTrendAndMeasure()
    {
        auto w = openChart();
        QVERIFY(w);
        const QPoint c = w->priceRect()->rect().center();
        const QPoint a = c + QPoint(-300, 120), b = c + QPoint(150, -90);
        const QCPRange before = w->priceRect()->axis(QCPAxis::atBottom)->range();
        int n = 0;
        for (Tool t : {Tool::Rect, Tool::Trend, Tool::Measure}) {
            w->chartActions()->tool(t)->trigger();
            drag(*w, a, b);
            QCOMPARE(w->drawings()->drawings().size(), static_cast<std::size_t>(++n));
            const ChartDrawing& d = w->drawings()->drawings().back();
            QCOMPARE(d.kind, t == Tool::Rect ? Kind::Rect : t == Tool::Trend ? Kind::Trend : Kind::Measure);
            QCOMPARE(d.t1, coordsAt(*w, a).x());
            QCOMPARE(d.p1, coordsAt(*w, a).y());
            QCOMPARE(d.t2, coordsAt(*w, b).x());
            QCOMPARE(d.p2, coordsAt(*w, b).y());
        }
        // Drawing did not pan the chart.
        QCOMPARE(w->priceRect()->axis(QCPAxis::atBottom)->range(), before);
        // The measure reads price change %, bars and time of its two points.
        const ChartDrawing& m = w->drawings()->drawings().back();
        const double pct = (m.p2 / m.p1 - 1.0) * 100.0;
        const auto bars = std::llround((m.t2 - m.t1) / 60.0);
        const QString text = w->drawings()->measureText(m);
        QVERIFY2(text.startsWith(QStringLiteral("+%1%").arg(QString::number(pct, 'f', 2))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 bars").arg(bars)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1m").arg(bars)) || text.contains(QStringLiteral("h ")),
            qPrintable(text));
        // A click without drag draws nothing.
        w->chartActions()->tool(Tool::Rect)->trigger();
        QTest::mouseClick(w->plot(), Qt::LeftButton, {}, c);
        QCOMPARE(w->drawings()->drawings().size(), 3u);
        w->drawings()->clearAll();
    }
    void selectAndDelete()
    {
        auto w = openChart();
        QVERIFY(w);
        w->activateWindow();
        w->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const QPoint c = w->priceRect()->rect().center();
        w->chartActions()->tool(Tool::Trend)->trigger();
        drag(*w, c + QPoint(-200, 100), c + QPoint(200, -100));
        w->chartActions()->tool(Tool::HLine)->trigger();
        QTest::mouseClick(w->plot(), Qt::LeftButton, {}, c + QPoint(0, 150));
        QCOMPARE(w->drawings()->drawings().size(), 2u);
        w->drawings()->select(-1);
        // Click on the trend line's middle selects it.
        QTest::mouseClick(w->plot(), Qt::LeftButton, {}, c + QPoint(1, 0));
        QCOMPARE(w->drawings()->selected(), 0);
        QTest::keyClick(w.get(), Qt::Key_Delete);
        QCOMPARE(w->drawings()->drawings().size(), 1u);
        QCOMPARE(w->drawings()->drawings().front().kind, Kind::HLine);
        // Clicking empty space deselects and pans instead.
        QTest::mouseClick(w->plot(), Qt::LeftButton, {}, c + QPoint(0, -200));
        QCOMPARE(w->drawings()->selected(), -1);
        QTest::keyClick(w.get(), Qt::Key_Delete);
        QCOMPARE(w->drawings()->drawings().size(), 1u);
        w->drawings()->clearAll();
    }
    void persistsPerSymbolAcrossInstances()
    {
        const SymbolId eth = *findSymbol("ETHUSDT");
        std::vector<ChartDrawing> drawn;
        {
            auto w = openChart(0);
            QVERIFY(w);
            const QPoint c = w->priceRect()->rect().center();
            w->chartActions()->tool(Tool::Rect)->trigger();
            drag(*w, c + QPoint(-100, 50), c + QPoint(100, -50));
            w->chartActions()->tool(Tool::Measure)->trigger();
            drag(*w, c + QPoint(-250, 80), c + QPoint(-20, -60));
            drawn = w->drawings()->drawings();
            QCOMPARE(drawn.size(), 2u);
            w->setView(eth, Timeframe::M1, false);
            QVERIFY(w->drawings()->drawings().empty());
            w->setView(0, Timeframe::M5, false); // back: same drawings on another timeframe
            QCOMPARE(w->drawings()->drawings(), drawn);
        }
        auto again = std::make_unique<ChartWidget>();
        again->setView(0, Timeframe::M1, false);
        QCOMPARE(again->drawings()->drawings(), drawn);
        QVERIFY(again->drawings()->problems().isEmpty());
        again->setView(eth, Timeframe::M1, false);
        QVERIFY(again->drawings()->drawings().empty());
        again->setView(0, Timeframe::M1, false);
        again->drawings()->clearAll();
    }
    void badEntriesAreSkippedWithPosition()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("perp-drawings-bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"version":1,"symbols":{"BTCUSDT":[{"kind":"trend","t1":1,"p1":2,"t2":3,"p2":4},)"
            R"({"kind":"circle","t1":1,"p1":2,"t2":3,"p2":4},{"kind":"rect","t1":1,"p1":"x","t2":3,"p2":4}]}})");
        f.close();
        DrawingStore store(path);
        const auto all = store.load();
        QCOMPARE(all.at(QStringLiteral("BTCUSDT")).size(), 1u);
        QCOMPARE(all.at(QStringLiteral("BTCUSDT")).front(), (ChartDrawing {Kind::Trend, 1, 2, 3, 4}));
        QCOMPARE(store.problems().size(), 2);
        QVERIFY(store.problems().at(0).contains(QStringLiteral("symbols.BTCUSDT[1]")));
        QVERIFY(store.problems().at(1).contains(QStringLiteral("p1")));
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".bak"));
    }
    void screenshotWithDrawings()
    {
        auto w = openChart();
        QVERIFY(w);
        const QRect r = w->priceRect()->rect();
        const QPoint c = r.center();
        w->chartActions()->tool(Tool::HLine)->trigger();
        QTest::mouseClick(w->plot(), Qt::LeftButton, {}, c + QPoint(0, -140));
        w->chartActions()->tool(Tool::Trend)->trigger();
        drag(*w, c + QPoint(-600, 120), c + QPoint(-150, -60));
        w->chartActions()->tool(Tool::Rect)->trigger();
        drag(*w, c + QPoint(-100, 60), c + QPoint(80, -40));
        w->chartActions()->tool(Tool::Measure)->trigger();
        drag(*w, c + QPoint(200, 100), c + QPoint(450, -110));
        w->chartActions()->logScale()->trigger();
        QVERIFY(w->isLogScale());
        QTest::mouseMove(w->plot(), c + QPoint(300, 30));
        w->plot()->replot();
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        QVERIFY(w->grab().save(dir + QStringLiteral("/chart-drawings.png")));
        w->drawings()->clearAll();
    }
};

QTEST_MAIN(TestChartDrawings)
#include "test_chartdrawings.moc"
