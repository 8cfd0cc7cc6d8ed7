// SPDX-License-Identifier: MIT
// Extra chart panes in the real window: open with the shortcut, independent and linked
// symbols, per-pane timeframe, layouts and the session bring them back, both themes.
#include "app/chartactions.h"
#include "app/chartpane.h"
#include "app/chartpanemanager.h"
#include "app/chartpanes.h"
#include "app/chartreadout.h"
#include "app/chartwidget.h"
#include "app/liqstyle.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/theme.h"
#include "app/watchlistmodel.h"
#include "app/watchlistview.h"
#include "testfeed.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

using namespace perp;

namespace {

constexpr int kMinutes = 300;

std::vector<Candle> expectedCandles(const std::vector<EventBatchPtr>& batches, SymbolId s, Timeframe tf)
{
    Engine engine;
    engine.setSignalsEnabled(false);
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

} // namespace

class TestChartPaneWindows : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    std::vector<EventBatchPtr> m_batches = test::makeTestBatches({0, 1, 2}, kMinutes, 6, 20);
    std::unique_ptr<MarketPipeline> m_pipeline;
    std::unique_ptr<MainWindow> m_window;

    ChartPaneManager* panes() const { return m_window->chartPanes(); }

    // Picks the next entry of a pane's combo box with the keyboard, as a user would.
    static void pickNext(QComboBox* box)
    {
        box->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(box, Qt::Key_Down);
    }

    void clickWatchlist(SymbolId id)
    {
        WatchlistView* list = m_window->watchlistView();
        const int row = m_window->watchlistModel()->rowOf(id);
        QVERIFY(row >= 0);
        const QRect cell = list->visualRect(m_window->watchlistModel()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        theme::applyDarkTheme(*qApp);
        m_pipeline = std::make_unique<MarketPipeline>(std::make_unique<test::TestFeed>(m_batches, true));
        m_window = std::make_unique<MainWindow>(m_pipeline.get(), ChartView {});
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pipeline->start();
        const auto btc = expectedCandles(m_batches, 0, Timeframe::M1);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(m_window->chart()->candles(), btc), 20000);
    }

    void cleanupTestCase()
    {
        m_pipeline->stop();
        m_window.reset();
        m_pipeline.reset();
    }

    void shortcutOpensLinkedPane()
    {
        MainWindow& w = *m_window;
        QCOMPARE(panes()->panes().size(), 0);
        QAction* menuEntry = w.findChild<QAction*>(QStringLiteral("newChartPane"));
        QVERIFY(menuEntry);
        QCOMPARE(menuEntry->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(panes()->panes().size(), 1);
        ChartPane* pane = panes()->panes().front();
        QCOMPARE(pane->id(), 2);
        QVERIFY(pane->isLinked());
        QCOMPARE(pane->symbol(), SymbolId(0));
        QCOMPARE(w.dockWidgetArea(panes()->dock(pane)), Qt::BottomDockWidgetArea);
        QVERIFY(panes()->dock(pane)->windowTitle().contains(QStringLiteral("BTCUSDT 1m")));
        QTRY_VERIFY(panes()->dock(pane)->isVisible());
        // Same view as the main chart: the main snapshot itself.
        QTRY_VERIFY_WITH_TIMEOUT(
            sameCandles(pane->chart()->candles(), expectedCandles(m_batches, 0, Timeframe::M1)), 10000);
    }

    void independentPaneShowsItsOwnSymbol()
    {
        MainWindow& w = *m_window;
        ChartPane* pane = panes()->panes().front();
        // BTCUSDT -> ETHUSDT in the pane's symbol picker: the pane becomes independent.
        pickNext(pane->symbolPicker());
        QCOMPARE(pane->symbolPicker()->currentText(), QStringLiteral("ETHUSDT"));
        QCOMPARE(pane->symbol(), SymbolId(1));
        QVERIFY(!pane->isLinked());
        QVERIFY(!pane->linkButton()->isChecked());
        QCOMPARE(w.view().symbol, SymbolId(0));
        const auto eth = expectedCandles(m_batches, 1, Timeframe::M1);
        const auto btc = expectedCandles(m_batches, 0, Timeframe::M1);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(pane->chart()->candles(), eth), 10000);
        QVERIFY(sameCandles(w.chart()->candles(), btc));
        QVERIFY(eth.back().close != btc.back().close);
        QVERIFY(pane->chart()->plottedBars().back() == eth.back());
        QVERIFY(panes()->dock(pane)->windowTitle().contains(QStringLiteral("ETHUSDT 1m")));
        // Its CVD pane starts hidden and empty; shown from the pane's own menu, it is the running
        // sum of taker buy minus sell of ETHUSDT.
        QCPGraph* cvd = pane->chart()->panes()->graph(ChartPanes::Pane::Cvd);
        QVERIFY(cvd->data()->isEmpty());
        pane->chart()->chartActions()->pane(ChartPanes::Pane::Cvd)->trigger();
        QCOMPARE(cvd->data()->size(), int(eth.size()));
        double sum = 0;
        for (const Candle& c : eth)
            sum += c.buyVolume.toDouble() - c.sellVolume.toDouble();
        QCOMPARE((cvd->data()->constEnd() - 1)->value, sum);

        // The pane's own timeframe: 1m -> 5m, the main chart stays on 1m.
        pickNext(pane->timeframePicker());
        QCOMPARE(pane->timeframe(), Timeframe::M5);
        QTRY_VERIFY_WITH_TIMEOUT(
            sameCandles(pane->chart()->candles(), expectedCandles(m_batches, 1, Timeframe::M5)), 10000);
        QCOMPARE(w.view().timeframe, Timeframe::M1);
        QVERIFY(sameCandles(w.chart()->candles(), btc));
    }

    void linkedPaneFollowsWatchlist()
    {
        MainWindow& w = *m_window;
        ChartPane* independent = panes()->panes().front();
        ChartPane* linked = panes()->addPane();
        QCOMPARE(linked->id(), 3);
        QVERIFY(linked->isLinked());
        clickWatchlist(2);
        QCOMPARE(w.view().symbol, SymbolId(2));
        QCOMPARE(linked->symbol(), SymbolId(2));
        QCOMPARE(independent->symbol(), SymbolId(1));
        const auto sol = expectedCandles(m_batches, 2, Timeframe::M1);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(linked->chart()->candles(), sol), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sameCandles(w.chart()->candles(), sol), 10000);
        QVERIFY(sameCandles(independent->chart()->candles(), expectedCandles(m_batches, 1, Timeframe::M5)));

        // Unlinked with the button, it keeps its symbol when the watchlist moves on.
        linked->linkButton()->click();
        QVERIFY(!linked->isLinked());
        clickWatchlist(0);
        QCOMPARE(w.view().symbol, SymbolId(0));
        QCOMPARE(linked->symbol(), SymbolId(2));
        // Linked again: it jumps to the main symbol.
        linked->linkButton()->click();
        QVERIFY(linked->isLinked());
        QCOMPARE(linked->symbol(), SymbolId(0));
        QTRY_VERIFY_WITH_TIMEOUT(
            sameCandles(linked->chart()->candles(), expectedCandles(m_batches, 0, Timeframe::M1)), 10000);
    }

    void layoutsAndSessionBringPanesBack()
    {
        MainWindow& w = *m_window;
        QCOMPARE(panes()->panes().size(), 2);
        QVERIFY(w.saveLayout(QStringLiteral("Two charts")));
        // Closing a pane with its dock's close button deletes it.
        panes()->dock(panes()->panes().back())->close();
        QTRY_COMPARE(panes()->panes().size(), 1);
        panes()->removePane(panes()->panes().front());
        QCOMPARE(panes()->panes().size(), 0);
        QVERIFY(w.saveLayout(QStringLiteral("Single")));

        QVERIFY(w.restoreLayout(QStringLiteral("Two charts")));
        QCOMPARE(panes()->panes().size(), 2);
        ChartPane* eth = panes()->panes()[0];
        ChartPane* linked = panes()->panes()[1];
        QCOMPARE(eth->id(), 2);
        QCOMPARE(eth->symbol(), SymbolId(1));
        QCOMPARE(eth->timeframe(), Timeframe::M5);
        QVERIFY(!eth->isLinked());
        QCOMPARE(linked->id(), 3);
        QVERIFY(linked->isLinked());
        QCOMPARE(linked->symbol(), w.view().symbol);
        QCOMPARE(w.dockWidgetArea(panes()->dock(eth)), Qt::BottomDockWidgetArea);
        QVERIFY(panes()->dock(eth)->isVisibleTo(&w));
        QTRY_VERIFY_WITH_TIMEOUT(
            sameCandles(eth->chart()->candles(), expectedCandles(m_batches, 1, Timeframe::M5)), 10000);

        QVERIFY(w.restoreLayout(QStringLiteral("Single")));
        QCOMPARE(panes()->panes().size(), 0);
        QVERIFY(w.restoreLayout(QStringLiteral("Two charts")));
        QCOMPARE(panes()->panes().size(), 2);

        // The next start: a new window restores the session with both panes.
        w.saveSession();
        MarketPipeline p2(std::make_unique<test::TestFeed>(std::vector<EventBatchPtr> {}, true));
        MainWindow w2(&p2, ChartView {});
        QCOMPARE(w2.chartPanes()->panes().size(), 0);
        w2.restoreSettings();
        QCOMPARE(w2.chartPanes()->panes().size(), 2);
        QCOMPARE(w2.chartPanes()->panes()[0]->symbol(), SymbolId(1));
        QCOMPARE(w2.chartPanes()->panes()[0]->timeframe(), Timeframe::M5);
        QVERIFY(!w2.chartPanes()->panes()[0]->isLinked());
        QVERIFY(w2.chartPanes()->panes()[1]->isLinked());
        QCOMPARE(w2.chartPanes()->skippedOnRestore(), 0);
    }

    void badPaneEntriesAreSkipped()
    {
        QSettings s(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PerpScope"),
            QStringLiteral("PerpScope"));
        s.beginGroup(QStringLiteral("bad"));
        s.beginWriteArray(QStringLiteral("chartPanes"));
        const char* rows[][3] = {
            {"4", "NOPEUSDT", "1m"}, {"5", "ETHUSDT", "7y"}, {"x", "ETHUSDT", "1m"}, {"6", "SOLUSDT", "15m"}};
        for (int i = 0; i < 4; ++i) {
            s.setArrayIndex(i);
            s.setValue(QStringLiteral("id"), QString::fromLatin1(rows[i][0]));
            s.setValue(QStringLiteral("symbol"), QString::fromLatin1(rows[i][1]));
            s.setValue(QStringLiteral("timeframe"), QString::fromLatin1(rows[i][2]));
            s.setValue(QStringLiteral("linked"), false);
        }
        s.endArray();
        MarketPipeline p2(std::make_unique<test::TestFeed>(std::vector<EventBatchPtr> {}, true));
        MainWindow w2(&p2, ChartView {});
        w2.chartPanes()->restore(s);
        s.endGroup();
        QCOMPARE(w2.chartPanes()->skippedOnRestore(), 3);
        QCOMPARE(w2.chartPanes()->panes().size(), 1);
        QCOMPARE(w2.chartPanes()->panes()[0]->id(), 6);
        QCOMPARE(w2.chartPanes()->panes()[0]->symbol(), SymbolId(2));
        QCOMPARE(w2.chartPanes()->panes()[0]->timeframe(), Timeframe::M15);
    }

    void languageSwitchRetranslatesChartTexts()
    {
        MainWindow& w = *m_window;
        ChartWidget* main = w.chart();
        ChartPane* pane = panes()->panes().front();
        auto* liqMenu = w.findChild<QToolButton*>(QStringLiteral("liqLayerControls"));
        auto* panesButton = main->findChild<QToolButton*>(QStringLiteral("chartPanesButton"));
        auto* symbolLabel = w.findChild<QWidget*>(QStringLiteral("chartSymbol"));
        QVERIFY(liqMenu && panesButton && symbolLabel);
        QCOMPARE(main->chartActions()->zoomIn()->text(), QStringLiteral("Zoom in"));
        QCOMPARE(liqMenu->text(), QStringLiteral("Liquidations"));
        QCOMPARE(pane->linkButton()->text(), QStringLiteral("Independent"));
        const QString readoutTip = main->findChild<ChartReadout*>()->toolTip();

        auto* counters = w.findChild<QLabel*>(QStringLiteral("feedCounters"));
        QVERIFY(counters);
        QVERIFY(w.setLanguage(QStringLiteral("de")));
        QTRY_COMPARE(main->chartActions()->zoomIn()->text(), QStringLiteral("Vergrößern"));
        // The status bar's figures change language with the rest, not with the next snapshot
        // (the replay has ended here, so no snapshot comes).
        QVERIFY2(counters->text().contains(QStringLiteral("Ereignisse")), qPrintable(counters->text()));
        QCOMPARE(pane->chart()->chartActions()->zoomIn()->text(), QStringLiteral("Vergrößern"));
        QCOMPARE(main->chartActions()->zoomIn()->toolTip(),
            QStringLiteral("Weniger Kerzen zeigen (auch per Mausrad) (+)"));
        QCOMPARE(liqMenu->text(), QStringLiteral("Liquidationen"));
        QCOMPARE(panesButton->text(), QStringLiteral("Bereiche"));
        QCOMPARE(panesButton->toolTip(), QStringLiteral("Bereiche unter den Kerzen ein- oder ausblenden"));
        QCOMPARE(symbolLabel->toolTip(),
            QStringLiteral("Im Diagramm gezeigtes Symbol. Wählen Sie links in der Watchlist ein anderes."));
        QCOMPARE(pane->linkButton()->text(), QStringLiteral("Unabhängig"));
        QVERIFY(panes()->dock(pane)->windowTitle().startsWith(QStringLiteral("Diagramm 2")));
        QCOMPARE(w.findChild<QAction*>(QStringLiteral("newChartPane"))->text(),
            QStringLiteral("Neuer Diagrammbereich"));
        QVERIFY(main->findChild<ChartReadout*>()->toolTip() != readoutTip);
        QTest::qWait(100); // the tool strips lay out their longer texts
        w.chart()->plot()->replot();
        QVERIFY(w.grab().save(outputPath(QStringLiteral("panes-de-1600x1000.png"))));

        QVERIFY(w.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(main->chartActions()->zoomIn()->text(), QStringLiteral("Zoom in"));
        QVERIFY2(counters->text().contains(QStringLiteral("events")), qPrintable(counters->text()));
        QCOMPARE(liqMenu->text(), QStringLiteral("Liquidations"));
        QCOMPARE(pane->linkButton()->text(), QStringLiteral("Independent"));
        QCOMPARE(main->findChild<ChartReadout*>()->toolTip(), readoutTip);
    }

    void lightHeatmapIsLighterAndDarkUnchanged()
    {
        const auto& dark = liqstyle::heatLut(false);
        const auto& light = liqstyle::heatLut(true);
        const auto alpha = [](unsigned int v) { return static_cast<int>(v >> 24); };
        QCOMPARE(alpha(dark[0]), 0);
        QCOMPARE(alpha(light[0]), 0);
        QCOMPARE(alpha(dark[255]), 204); // inferno ramp at 0.8, as before
        QCOMPARE(dark[255], 0xcccacc83u); // (252, 255, 164) premultiplied by 0.8
        QCOMPARE(alpha(light[255]), 148); // 0.58: the heaviest cluster still lets candles through
        for (std::size_t i = 1; i < 256; ++i)
            QVERIFY2(alpha(light[i]) < alpha(dark[i]), qPrintable(QString::number(i)));
        // A cell at 10% of the brightest: square root on dark, a steeper curve on light.
        QCOMPARE(liqstyle::heatCurve(false), 0.5);
        QVERIFY(std::pow(0.1, liqstyle::heatCurve(true)) < 0.2);
        theme::applyTheme(*qApp, theme::Kind::Light);
        QCOMPARE(&liqstyle::heatLut(), &light);
        theme::applyTheme(*qApp, theme::Kind::Dark);
        QCOMPARE(&liqstyle::heatLut(), &dark);
    }

    // Each main view in both themes at 1600x1000 (the workspace without panes is written by
    // test_workspace): the chart panes, and the alert centre docked under the chart.
    void screenshotsInBothThemes()
    {
        MainWindow& w = *m_window;
        for (const char* kind : {"dark", "light"}) {
            w.setTheme(theme::kindFromName(QString::fromLatin1(kind)));
            QVERIFY(shoot(QStringLiteral("panes-%1-1600x1000.png").arg(QLatin1String(kind))));
            // The pane's plot background follows the theme.
            ChartPane* pane = panes()->panes().front();
            const QImage paneShot = pane->chart()->plot()->toPixmap().toImage();
            const QRgb bottom = paneShot.pixel(paneShot.width() / 2, paneShot.height() - 2);
            QVERIFY2(kind[0] == 'd' ? qGray(bottom) < 60 : qGray(bottom) > 200, kind);

            for (ChartPane* p : panes()->panes())
                panes()->dock(p)->hide();
            w.alertDock()->show();
            QVERIFY(shoot(QStringLiteral("alerts-%1-1600x1000.png").arg(QLatin1String(kind))));
            w.alertDock()->hide();
            for (ChartPane* p : panes()->panes())
                panes()->dock(p)->show();
        }
        w.setTheme(theme::Kind::Dark);
    }

private:
    bool shoot(const QString& name)
    {
        MainWindow& w = *m_window;
        QTest::qWait(50); // docks shown or hidden lay out
        for (ChartPane* p : panes()->panes())
            p->chart()->plot()->replot();
        w.chart()->plot()->replot();
        const QImage shot = w.grab().toImage();
        if (shot.size() != QSize(1600, 1000))
            qWarning("%s: the window is %dx%d", qPrintable(name), shot.width(), shot.height());
        return shot.size() == QSize(1600, 1000) && shot.save(outputPath(name));
    }
};

QTEST_MAIN(TestChartPaneWindows)
#include "test_chartpanewindows.moc"
