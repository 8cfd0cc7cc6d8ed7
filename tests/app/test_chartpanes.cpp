// SPDX-License-Identifier: MIT
#include "app/chartactions.h"
#include "app/chartcrosshair.h"
#include "app/chartpanes.h"
#include "app/chartwidget.h"
#include "chartfixture.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;
using Pane = ChartPanes::Pane;

class TestChartPanes : public QObject
{
    Q_OBJECT
private slots:
    void cvdIsCumulativeTakerBuyMinusSell()
    {
        ChartWidget w;
        w.setView(0, Timeframe::M1, false);
        const auto snap = test::chartSnapshot(300);
        w.showSnapshot(snap);
        QCPGraph* g = w.panes()->graph(Pane::Cvd);
        QCOMPARE(g->data()->size(), 300);
        double sum = 0;
        int i = 0;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it, ++i) {
            const Candle& c = snap->candles[static_cast<std::size_t>(i)];
            sum += c.buyVolume.toDouble() - c.sellVolume.toDouble();
            QCOMPARE(it->key, c.openTime / 1000.0 + 30.0); // candle centre
            QVERIFY(std::abs(it->value - sum) < 1e-9);
        }
        // The value under the crosshair is that of the candle at or before the key.
        const double k = snap->candles[10].openTime / 1000.0 + 45;
        QVERIFY(std::abs(w.panes()->valueAt(Pane::Cvd, k) - (g->data()->constBegin() + 10)->value) < 1e-12);
    }
    void oiAndFundingHoldTheEngineSeries()
    {
        ChartWidget w;
        w.setView(0, Timeframe::M1, false);
        const auto snap = test::chartSnapshot(120);
        w.showSnapshot(snap);
        QCPGraph* oi = w.panes()->graph(Pane::OpenInterest);
        QCPGraph* fr = w.panes()->graph(Pane::Funding);
        // One step per minute plus the end of the last minute.
        QCOMPARE(oi->data()->size(), 121);
        QCOMPARE(fr->data()->size(), 121);
        QCOMPARE((oi->data()->constEnd() - 1)->key, snap->openInterest.back().minute / 1000.0 + 60);
        QCOMPARE((oi->data()->constEnd() - 1)->value, snap->openInterest.back().value);
        for (int i : {0, 57, 119}) {
            const auto& s = snap->openInterest[static_cast<std::size_t>(i)];
            QCOMPARE((oi->data()->constBegin() + i)->key, s.minute / 1000.0);
            QCOMPARE((oi->data()->constBegin() + i)->value, s.value);
            // Funding is shown in percent.
            QCOMPARE((fr->data()->constBegin() + i)->value,
                snap->funding[static_cast<std::size_t>(i)].value * 100);
        }
        // Titles show the latest value with its unit.
        QVERIFY(w.panes()->title(Pane::OpenInterest)->text().contains(QStringLiteral("BTC")));
        QVERIFY(w.panes()->title(Pane::Funding)->text().contains(QStringLiteral("%")));
        // Engine end to end: OI events become the snapshot series the pane shows.
        Engine e;
        Trade t;
        t.h.exchangeTime = test::kChartT0;
        t.price = Price::fromDouble(100);
        t.qty = Qty::fromDouble(1);
        t.id = 1;
        e.apply(t);
        OpenInterest o;
        o.h.exchangeTime = test::kChartT0 + 5000;
        o.openInterest = Qty::fromDouble(1234.5);
        e.apply(o);
        w.showSnapshot(e.snapshot({0, Timeframe::M1, 100}));
        QCOMPARE(oi->data()->size(), 2);
        QCOMPARE(oi->data()->constBegin()->value, 1234.5);
    }
    void togglingPanesRelayoutsAndMovesTimeLabels()
    {
        ChartWidget w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSnapshot(test::chartSnapshot(200));
        auto* grid = w.plot()->plotLayout();
        QCOMPARE(grid->rowCount(), 5);
        QVERIFY(w.panes()->rect(Pane::Funding)->axis(QCPAxis::atBottom)->tickLabels());
        QVERIFY(!w.panes()->rect(Pane::Volume)->axis(QCPAxis::atBottom)->tickLabels());
        QSignalSpy spy(w.panes(), &ChartPanes::visibilityChanged);
        w.panes()->setPaneVisible(Pane::Funding, false);
        w.panes()->setPaneVisible(Pane::Cvd, false);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(grid->rowCount(), 3);
        QVERIFY(!w.panes()->rect(Pane::Funding)->visible());
        QVERIFY(w.panes()->rect(Pane::OpenInterest)->axis(QCPAxis::atBottom)->tickLabels());
        QVERIFY(!w.panes()->title(Pane::Cvd)->visible());
        w.plot()->replot();
        // The price pane grew into the freed space; panes share the time axis range.
        QVERIFY(w.priceRect()->height() > 400);
        const QCPRange r = w.priceRect()->axis(QCPAxis::atBottom)->range();
        QCOMPARE(w.panes()->rect(Pane::OpenInterest)->axis(QCPAxis::atBottom)->range(), r);
        for (Pane p : ChartPanes::kAll)
            w.panes()->setPaneVisible(p, false);
        QCOMPARE(grid->rowCount(), 1);
        QVERIFY(w.priceRect()->axis(QCPAxis::atBottom)->tickLabels());
        w.panes()->setPaneVisible(Pane::Cvd, true);
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->element(1, 0), w.panes()->rect(Pane::Cvd));
        // A hidden pane holds no series; shown again it is filled from the kept snapshot.
        QVERIFY(w.panes()->graph(Pane::Funding)->data()->isEmpty());
        QCOMPARE(w.panes()->graph(Pane::Cvd)->data()->size(), 200);
    }
    void panningOnePaneMovesAll()
    {
        ChartWidget w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSnapshot(test::chartSnapshot(400));
        w.plot()->replot();
        const QCPRange before = w.priceRect()->axis(QCPAxis::atBottom)->range();
        QCPAxisRect* cvd = w.panes()->rect(Pane::Cvd);
        const QPoint from = cvd->rect().center();
        QTest::mousePress(w.plot(), Qt::LeftButton, {}, from);
        QTest::mouseMove(w.plot(), from + QPoint(200, 0));
        QTest::mouseRelease(w.plot(), Qt::LeftButton, {}, from + QPoint(200, 0));
        const QCPRange after = w.priceRect()->axis(QCPAxis::atBottom)->range();
        QVERIFY(after.lower < before.lower);
        QCOMPARE(cvd->axis(QCPAxis::atBottom)->range(), after);
        QVERIFY(!w.isFollowingLatest());
    }
    void logAxisSwitch()
    {
        ChartWidget w;
        w.showSnapshot(test::chartSnapshot(100));
        QCPAxis* y = w.priceRect()->axis(QCPAxis::atRight);
        QCOMPARE(y->scaleType(), QCPAxis::stLinear);
        w.setLogScale(true);
        QVERIFY(w.isLogScale());
        QCOMPARE(y->scaleType(), QCPAxis::stLogarithmic);
        w.setLogScale(false);
        QCOMPARE(y->scaleType(), QCPAxis::stLinear);
    }
    void keyboardShortcutsDriveTheChart()
    {
        ChartWidget w;
        w.resize(1200, 800);
        w.show();
        w.activateWindow();
        w.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showSnapshot(test::chartSnapshot(400));
        QTest::keyClick(&w, Qt::Key_C, Qt::ShiftModifier);
        QVERIFY(!w.panes()->isPaneVisible(Pane::Cvd));
        QVERIFY(!w.chartActions()->pane(Pane::Cvd)->isChecked());
        QTest::keyClick(&w, Qt::Key_F, Qt::ShiftModifier);
        QTest::keyClick(&w, Qt::Key_O, Qt::ShiftModifier);
        QTest::keyClick(&w, Qt::Key_V, Qt::ShiftModifier);
        QCOMPARE(w.plot()->plotLayout()->rowCount(), 1);
        QTest::keyClick(&w, Qt::Key_C, Qt::ShiftModifier);
        QVERIFY(w.panes()->isPaneVisible(Pane::Cvd));
        QTest::keyClick(&w, Qt::Key_L);
        QVERIFY(w.isLogScale());
        QVERIFY(w.chartActions()->logScale()->isChecked());
        QTest::keyClick(&w, Qt::Key_L);
        QVERIFY(!w.isLogScale());
        // Zoom keys and back to live.
        const double width = w.priceRect()->axis(QCPAxis::atBottom)->range().size();
        QTest::keyClick(&w, Qt::Key_Plus);
        QVERIFY(w.priceRect()->axis(QCPAxis::atBottom)->range().size() < width);
        w.setVisibleRange(test::kChartT0 / 1000.0, test::kChartT0 / 1000.0 + 3600);
        QVERIFY(!w.isFollowingLatest());
        QTest::keyClick(&w, Qt::Key_End);
        QVERIFY(w.isFollowingLatest());
        // Every action has a shortcut and a tooltip naming it.
        for (QAction* a : w.chartActions()->all()) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                qPrintable(a->text()));
        }
        for (Pane p : ChartPanes::kAll)
            QVERIFY(w.panes()->paneHelp(p).size() > 60);
    }
    void crosshairRunsThroughAllPanes()
    {
        ChartWidget w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto snap = test::chartSnapshot(300);
        w.showSnapshot(snap);
        w.plot()->replot();
        QCPAxisRect* oi = w.panes()->rect(Pane::OpenInterest);
        const QPoint at(oi->rect().center().x(), oi->rect().center().y());
        QTest::mouseMove(w.plot(), at);
        const double key = oi->axis(QCPAxis::atBottom)->pixelToCoord(at.x());
        const QString want = QString::number(w.panes()->valueAt(Pane::Funding, key), 'f', 4);
        QVERIFY2(w.panes()->title(Pane::Funding)->text().contains(want),
            qPrintable(w.panes()->title(Pane::Funding)->text() + " vs " + want));
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        QVERIFY(w.grab().save(dir + QStringLiteral("/chart-panes.png")));
    }
};

QTEST_MAIN(TestChartPanes)
#include "test_chartpanes.moc"
