// SPDX-License-Identifier: MIT
// The signal docks in the real main window on a short simulated run of all 21 symbols:
// the heat table fills 63 cells, clicking a row charts that symbol, the signal panel shows
// 25 category bars and the signal list, transition/deceleration markers appear on the
// chart. Writes screenshots of the window, the panel and the heat table in both themes.
#include "app/chartwidget.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/signalcardmodel.h"
#include "app/signalcharts.h"
#include "app/signaldocks.h"
#include "app/signalheatmodel.h"
#include "app/signalheatview.h"
#include "app/signalmarkers.h"
#include "app/signalpanel.h"
#include "app/theme.h"
#include "feed/sim/simfeed.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;

namespace {
QString outputPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

int shownCells(const SignalHeatView* view)
{
    int n = 0;
    const QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = SignalHeatModel::ScalpColumn; c < SignalHeatModel::ColumnCount; ++c)
            n += m->index(r, c).data(SignalHeatModel::BiasRole).isValid()
                    && !view->visualRect(m->index(r, c)).isEmpty()
                ? 1
                : 0;
    return n;
}

bool hasEvents(const SignalPanel* panel)
{
    return panel->snapshot() && !panel->snapshot()->chart.events.empty();
}
} // namespace

class TestSignalWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PerpScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_signalwindow"));
        QSettings().clear();
        theme::applyDarkTheme(*qApp);
    }

    void signalDocksOnASimulatedRun()
    {
        sim::SimConfig config;
        config.seed = 3;
        config.speed = 0; // as fast as possible
        MarketPipeline pipeline(std::make_unique<sim::SimFeed>(config));
        MainWindow w(&pipeline, ChartView {});
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SignalDocks* docks = w.signalDocks();
        QVERIFY(docks->heatDock()->isVisible() && docks->panelDock()->isVisible());
        QAbstractItemModelTester heatTester(
            docks->heatView()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SignalPanel* panel = docks->panel();
        QAbstractItemModelTester cardTester(
            panel->cardProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pipeline.start();

        // Every symbol gets all three composites once the first swing cycle (5 min) has run.
        SignalHeatModel* heat = docks->heatModel();
        QTRY_COMPARE_WITH_TIMEOUT(heat->readyCells(), 63, 120000);
        QCOMPARE(heat->rowCount(), 21);
        QTRY_COMPARE_WITH_TIMEOUT(shownCells(docks->heatView()), 63, 5000);

        // A transition of the chart symbol puts a marker on the chart.
        QTRY_VERIFY_WITH_TIMEOUT(hasEvents(panel), 120000);
        ChartWidget* chart = w.chart();
        chart->plot()->replot();
        QTRY_VERIFY_WITH_TIMEOUT(!chart->signalMarkers()->marks().empty(), 10000);
        const SignalMark mark = chart->signalMarkers()->marks().front();
        QVERIFY(chart->signalMarkers()->toolTipAt(mark.centre).contains(QStringLiteral(" mode)")));

        // The panel of the chart symbol: headline, 25 bars, history, the signal list.
        QCOMPARE(panel->symbol(), SymbolId(0));
        QVERIFY(panel->biasLabel()->text() != QStringLiteral("—"));
        QCOMPARE(panel->categoryChart()->barCount(), 25);
        QVERIFY(panel->sparkline()->pointCount() > 0);
        QVERIFY(panel->cardModel()->rowCount() >= 100);
        QVERIFY(panel->cardModel()->validRows() > 0);
        QVERIFY(panel->cardView()->isVisible());

        // Clicking a heat row charts that symbol (and opens its signals).
        SignalHeatView* view = docks->heatView();
        const int row = view->viewRowOf(2);
        const QRect cell = view->visualRect(view->proxy()->index(row, SignalHeatModel::DayColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(w.view().symbol, SymbolId(2));
        QVERIFY(w.windowTitle().contains(QStringLiteral("SOLUSDT")));
        QCOMPARE(panel->symbol(), SymbolId(2));
        QTRY_VERIFY_WITH_TIMEOUT(panel->snapshot() && panel->snapshot()->chart.id == 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->candles().empty(), 20000);
        pipeline.stop();
        QVERIFY(panel->cardModel()->validRows() > 0);

        // Screenshots in both themes: the window at 1600x1000, the panel and the heat table.
        for (theme::Kind kind : {theme::Kind::Dark, theme::Kind::Light}) {
            w.setTheme(kind);
            QTest::qWait(50);
            chart->plot()->replot();
            const QString name = theme::kindName(kind);
            QCOMPARE(w.size(), QSize(1600, 1000));
            QVERIFY(w.grab().save(outputPath(QStringLiteral("signals-window-%1.png").arg(name))));
            QVERIFY(docks->panelDock()->grab().save(
                outputPath(QStringLiteral("signals-panel-%1.png").arg(name))));
            QVERIFY(
                docks->heatDock()->grab().save(outputPath(QStringLiteral("signals-heat-%1.png").arg(name))));
        }
        w.setTheme(theme::Kind::Dark);

        // Saved layouts include the signal docks.
        QCOMPARE(w.dockWidgetArea(docks->heatDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(docks->panelDock()), Qt::RightDockWidgetArea);
        QVERIFY(w.saveLayout(QStringLiteral("signals")));
        w.addDockWidget(Qt::BottomDockWidgetArea, docks->panelDock());
        docks->heatDock()->hide();
        QCOMPARE(w.dockWidgetArea(docks->panelDock()), Qt::BottomDockWidgetArea);
        QVERIFY(w.restoreLayout(QStringLiteral("signals")));
        QCOMPARE(w.dockWidgetArea(docks->panelDock()), Qt::RightDockWidgetArea);
        QVERIFY(docks->heatDock()->isVisibleTo(&w));
        QSettings().clear();
    }
};

QTEST_MAIN(TestSignalWindow)
#include "test_signalwindow.moc"
