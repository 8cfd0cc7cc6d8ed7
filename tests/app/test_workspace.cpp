// SPDX-License-Identifier: MIT
// The workspace in a real window: docks, layouts, theme, exports, symbol search, tape.
#include "app/aboutdialog.h"
#include "app/chartexport.h"
#include "app/chartwidget.h"
#include "app/mainmenus.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/settingsdialog.h"
#include "app/symbolsearch.h"
#include "app/tapemodel.h"
#include "app/theme.h"
#include "app/usersettings.h"
#include "app/watchlistmodel.h"
#include "testfeed.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;

namespace {

constexpr int kMinutes = 600;

QString outputPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

// Trades from the test stream plus one liquidation of each side on BTCUSDT.
std::vector<EventBatchPtr> batchesWithLiquidations()
{
    auto batches = test::makeTestBatches({0, 1, 2}, kMinutes, 6, 20);
    auto extra = std::make_shared<EventBatch>();
    for (auto [side, t] : {std::pair {PositionSide::Long, 1}, std::pair {PositionSide::Short, 2}}) {
        Liquidation l;
        l.h.symbol = 0;
        l.h.exchangeTime = TimeMs(kMinutes) * kMinuteMs + t * 1000 + 1'700'000'000'000LL;
        l.price = Price::fromDouble(95000.0 + t);
        l.qty = Qty::fromDouble(0.5 * t);
        l.liquidated = side;
        extra->events.push_back(l);
    }
    batches.push_back(extra);
    return batches;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    std::vector<EventBatchPtr> m_batches = batchesWithLiquidations();
    std::unique_ptr<MarketPipeline> m_pipeline;
    std::unique_ptr<MainWindow> m_window;

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
        QTRY_VERIFY_WITH_TIMEOUT(m_window->chart()->candles().size() >= std::size_t(kMinutes), 20000);
    }

    void cleanupTestCase()
    {
        m_pipeline->stop();
        m_window.reset();
        m_pipeline.reset();
    }

    void tapeShowsTradesAndLiquidations()
    {
        TapeModel* tape = m_window->tapeModel();
        QAbstractItemModelTester tester(tape, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(tape->rowCount() > 0 && tape->printAt(0).liquidation, 10000);
        // Newest first: the short liquidation, then the long one, then trades.
        QCOMPARE(tape->printAt(0).side, -1);
        QCOMPARE(tape->index(0, TapeModel::SideColumn).data().toString(), QStringLiteral("LIQ short"));
        QCOMPARE(tape->index(0, TapeModel::PriceColumn).data().toString(), QStringLiteral("95002.0"));
        QCOMPARE(tape->index(1, TapeModel::SideColumn).data().toString(), QStringLiteral("LIQ long"));
        QVERIFY(!tape->printAt(2).liquidation);
        QVERIFY(!tape->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(tape->headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QVERIFY(tape->rowCount() <= 200);
    }

    void docksMoveAndLayoutsRoundTrip()
    {
        MainWindow& w = *m_window;
        QCOMPARE(w.dockWidgetArea(w.watchlistDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(w.tapeDock()), Qt::RightDockWidgetArea);
        QVERIFY(w.saveLayout(QStringLiteral("Default")));

        // Move the tape to the bottom and float the watchlist, save as "Scalping".
        w.addDockWidget(Qt::BottomDockWidgetArea, w.tapeDock());
        QCOMPARE(w.dockWidgetArea(w.tapeDock()), Qt::BottomDockWidgetArea);
        w.watchlistDock()->hide();
        QVERIFY(w.saveLayout(QStringLiteral("Scalping / tape")));
        QCOMPARE(QStringList({QStringLiteral("Default"), QStringLiteral("Scalping / tape")}), w.menus()->layoutsMenu()
                     ? [&] {
                           QStringList names;
                           for (QAction* a : w.menus()->layoutsMenu()->actions())
                               if (a->objectName().startsWith(QStringLiteral("layout_")))
                                   names << a->text();
                           return names;
                       }()
                     : QStringList());

        // Switch back through the menu action.
        QAction* def = w.findChild<QAction*>(QStringLiteral("layout_Default"));
        QVERIFY(def);
        def->trigger();
        QCOMPARE(w.dockWidgetArea(w.tapeDock()), Qt::RightDockWidgetArea);
        QVERIFY(w.watchlistDock()->isVisibleTo(&w));
        QVERIFY(w.restoreLayout(QStringLiteral("Scalping / tape")));
        QCOMPARE(w.dockWidgetArea(w.tapeDock()), Qt::BottomDockWidgetArea);
        QVERIFY(!w.watchlistDock()->isVisibleTo(&w));

        // The session is restored by a new window (what happens on the next start).
        w.saveSession();
        {
            MarketPipeline p2(std::make_unique<test::TestFeed>(std::vector<EventBatchPtr> {}, true));
            MainWindow w2(&p2, ChartView {});
            QCOMPARE(w2.dockWidgetArea(w2.tapeDock()), Qt::RightDockWidgetArea);
            w2.restoreSettings();
            QCOMPARE(w2.dockWidgetArea(w2.tapeDock()), Qt::BottomDockWidgetArea);
            QVERIFY(!w2.watchlistDock()->isVisibleTo(&w2));
        }
        QVERIFY(w.deleteLayout(QStringLiteral("Scalping / tape")));
        QVERIFY(!w.deleteLayout(QStringLiteral("Scalping / tape")));
        QVERIFY(!w.restoreLayout(QStringLiteral("Scalping / tape")));
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("layout_Scalping / tape")));
        QVERIFY(w.restoreLayout(QStringLiteral("Default")));
        QCOMPARE(w.dockWidgetArea(w.tapeDock()), Qt::RightDockWidgetArea);

        // Ctrl+2 toggles the time & sales panel.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(!w.tapeDock()->isVisibleTo(&w));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(w.tapeDock()->isVisibleTo(&w));
    }

    void symbolSearchPicksSymbol()
    {
        MainWindow& w = *m_window;
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(w.symbolSearch()->hasFocus());
        QTest::keyClicks(w.symbolSearch(), QStringLiteral("eth"));
        QTest::keyClick(w.symbolSearch(), Qt::Key_Return);
        QCOMPARE(w.view().symbol, SymbolId(1));
        QVERIFY(w.windowTitle().contains(QStringLiteral("ETHUSDT")));
        QVERIFY(!w.symbolSearch()->choose(QStringLiteral("NOPE")));
        QCOMPARE(w.view().symbol, SymbolId(1));
        QVERIFY(w.symbolSearch()->choose(QStringLiteral("btcusdt")));
        QCOMPARE(w.view().symbol, SymbolId(0));
        QTRY_VERIFY_WITH_TIMEOUT(w.chart()->candles().size() >= std::size_t(kMinutes), 10000);
    }

    void exportsWriteFiles()
    {
        MainWindow& w = *m_window;
        ChartWidget* chart = w.chart();
        const auto all = chart->candles();
        // Look at 100 candles well inside the history.
        const double from = all[200].openTime / 1000.0, to = all[300].openTime / 1000.0;
        chart->setVisibleRange(from, to);
        const std::vector<Candle> visible = visibleCandles(*chart);
        QVERIFY(visible.size() >= 100 && visible.size() <= 102);
        QVERIFY(visible.front().openTime <= all[200].openTime);
        QVERIFY(visible.back().openTime >= all[299].openTime);

        const QString csv = outputPath(QStringLiteral("export-visible.csv"));
        QVERIFY(w.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(visible.size()) + 1);
        QCOMPARE(lines[0],
            QStringLiteral("open_time_utc,open,high,low,close,volume,buy_volume,sell_volume,trades"));
        const Candle& c = visible.front();
        const QStringList cells = lines[1].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 9);
        QCOMPARE(QDateTime::fromString(cells[0], Qt::ISODate).toMSecsSinceEpoch(), c.openTime);
        QCOMPARE(cells[1].toDouble(), c.open.toDouble());
        QCOMPARE(cells[2].toDouble(), c.high.toDouble());
        QCOMPARE(cells[4].toDouble(), c.close.toDouble());
        QCOMPARE(cells[5].toDouble(), c.volume.toDouble());
        QCOMPARE(cells[8].toUInt(), c.trades);

        const QString png = outputPath(QStringLiteral("export-chart.png"));
        QFile::remove(png);
        QVERIFY(w.exportPng(png));
        const QImage img(png);
        QCOMPARE(img.size(), chart->size() * chart->devicePixelRatio());
        QString error;
        QVERIFY(!w.exportCsv(QStringLiteral("/nonexistent-dir/x.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.csv")));
        chart->goToLatest();
    }

    void themeSwitchRecoloursWidgetsAndChart()
    {
        MainWindow& w = *m_window;
        QCustomPlot* plot = w.chart()->plot();
        QCPAxis* priceAxis = w.chart()->candlePlot()->valueAxis();
        const QColor darkBase = qApp->palette().color(QPalette::Base);
        const QColor darkLabels = priceAxis->tickLabelColor();
        w.chart()->goToLatest();
        plot->replot();
        const QImage dark = w.grab().toImage();
        QCOMPARE(dark.size(), QSize(1600, 1000));
        QVERIFY(dark.save(outputPath(QStringLiteral("workspace-dark-1600x1000.png"))));
        // A point of the plot's own background: the time axis strip at the bottom.
        const QPoint probe(plot->mapTo(&w, QPoint(plot->width() / 3, plot->height() - 3)));
        QVERIFY(qGray(dark.pixel(probe)) < 60);

        QAction* light = w.findChild<QAction*>(QStringLiteral("themeLight"));
        QVERIFY(light);
        light->trigger();
        QCOMPARE(theme::current(), theme::Kind::Light);
        QVERIFY(light->isChecked());
        QVERIFY(qApp->palette().color(QPalette::Base) != darkBase);
        QCOMPARE(qApp->palette().color(QPalette::Base), QColor(Qt::white));
        QVERIFY(priceAxis->tickLabelColor() != darkLabels);
        QCOMPARE(priceAxis->tickLabelColor(), theme::kMutedText);
        QCOMPARE(w.settings()->value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"));
        plot->replot();
        const QImage lightShot = w.grab().toImage();
        QVERIFY(lightShot.save(outputPath(QStringLiteral("workspace-light-1600x1000.png"))));
        QVERIFY(qGray(lightShot.pixel(probe)) > 200);
        auto* strip = w.chart()->findChild<QWidget*>(QStringLiteral("chartToolStrip"));
        QVERIFY(strip); // the chart's tool strip follows the theme too
        QVERIFY(strip->styleSheet().contains(theme::kBackground.name()));

        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(theme::current(), theme::Kind::Dark);
        QCOMPARE(qApp->palette().color(QPalette::Base), darkBase);
        QCOMPARE(priceAxis->tickLabelColor(), darkLabels);
    }

    void settingsApplyAndPersist()
    {
        MainWindow& w = *m_window;
        SettingsDialog dialog(w.userSettings());
        QCOMPARE(dialog.symbolList()->count(), int(kDefaultSymbolCount));
        for (int i = 3; i < dialog.symbolList()->count(); ++i)
            dialog.symbolList()->item(i)->setCheckState(Qt::Unchecked);
        dialog.timeframeBox()->setCurrentIndex(dialog.timeframeBox()->findText(QStringLiteral("1h")));
        dialog.quoteUnits()->setChecked(true);
        const UserSettings chosen = dialog.settings();
        QCOMPARE(chosen.watchlist, (std::vector<SymbolId> {0, 1, 2}));
        QCOMPARE(chosen.defaultTimeframe, Timeframe::H1);
        QVERIFY(chosen.sizesInQuote);
        w.applyUserSettings(chosen);
        QCOMPARE(w.watchlistModel()->rowCount(), 3);
        TapeModel* tape = w.tapeModel();
        QCOMPARE(
            tape->headerData(TapeModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size USDT"));
        const TapePrint& p = tape->printAt(1);
        QCOMPARE(
            tape->index(1, TapeModel::SizeColumn).data().toString(), QStringLiteral("47.50K")); // 0.5 x 95001
        QCOMPARE(p.qty * p.price, 47500.5);
        QCOMPARE(UserSettings::load(*w.settings()), chosen);

        // Corrupt values read as defaults, never crash.
        QSettings bad(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PerpScope"),
            QStringLiteral("PerpScope"));
        const QString file = bad.fileName();
        bad.sync();
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n[settings]\nwatchlist=@Variant(\\0\\0garbage\nsizesInQuote=maybe\ndefaultTimeframe="
                    "7y\n\x01\xff[[[\n");
        }
        QSettings reread(file, QSettings::IniFormat);
        const UserSettings fallback = UserSettings::load(reread);
        QCOMPARE(fallback.watchlist.size(), std::size_t(kDefaultSymbolCount));
        QCOMPARE(fallback.defaultTimeframe, Timeframe::M1);
        QVERIFY(!fallback.sizesInQuote);
        w.applyUserSettings(UserSettings::load(reread));
        QCOMPARE(w.watchlistModel()->rowCount(), int(kDefaultSymbolCount));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("settings")));
    }

    void aboutNamesLicencesAndDisclaimer()
    {
        AboutDialog about;
        const QString t = about.text();
        for (const char* s : {"Not financial advice", "LGPL-3.0", "QCustomPlot", "GPL-3.0", "simdjson",
                 "Apache-2.0", "SQLite", "public domain", PERPSCOPE_VERSION})
            QVERIFY2(t.contains(QLatin1String(s)), s);
    }
};

QTEST_MAIN(TestWorkspace)
#include "test_workspace.moc"
