// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "alertcentre.h"
#include "chartexport.h"
#include "chartpanemanager.h"
#include "chartrecolor.h"
#include "charttoolbar.h"
#include "chartwidget.h"
#include "feedhealthpanel.h"
#include "framethrottle.h"
#include "language.h"
#include "layoutstore.h"
#include "liqlayercontrols.h"
#include "mainmenus.h"
#include "marketpipeline.h"
#include "numbershelp.h"
#include "recordtoggle.h"
#include "replaytoolbar.h"
#include "settingsdialog.h"
#include "signaldocks.h"
#include "statuspanel.h"
#include "symbolsearch.h"
#include "tapemodel.h"
#include "tapeview.h"
#include "watchlistmodel.h"
#include "watchlistview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace perp {

namespace {
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");
} // namespace

MainWindow::MainWindow(MarketPipeline* pipeline, ChartView initialView, QWidget* parent)
    : QMainWindow(parent)
    , m_pipeline(pipeline)
    , m_view(initialView)
    , m_settings(new QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PerpScope"),
          QStringLiteral("PerpScope"), this))
    , m_layouts(new LayoutStore(*m_settings))
    , m_throttle(new FrameThrottle(33, this))
    , m_watchlist(new WatchlistModel(this))
    , m_watchlistView(new WatchlistView(m_watchlist))
    , m_tape(new TapeModel(this))
    , m_chart(new ChartWidget)
    , m_toolBar(new ChartToolBar(this))
    , m_search(new SymbolSearch)
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_chart);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_search);
    m_menus = new MainMenus(menuBar(), this);
    createDocks();
    auto* liqControls = new LiqLayerControls(m_toolBar);
    m_toolBar->addWidget(liqControls);
    liqControls->attach(m_chart->liqLayers());
    m_panes = new ChartPaneManager(this, pipeline);
    m_panes->setLiqControls(liqControls);
    m_menus->addViewAction(m_panes->newPaneAction());
    m_layouts->setHooks(
        [this](QSettings& s) { m_panes->save(s); }, [this](QSettings& s) { m_panes->restore(s); });
    m_status = new StatusPanel(statusBar(), pipeline->sourceDescription(), pipeline->isSimulated());
    resize(1600, 1000);

    connect(pipeline, &MarketPipeline::snapshotReady, m_throttle, &FrameThrottle::offer);
    connect(pipeline, &MarketPipeline::sourceStatus, m_status, &StatusPanel::showSourceStatus);
    connect(pipeline, &MarketPipeline::sourceFailed, m_status, &StatusPanel::showSourceError);
    m_feedHealth = new FeedHealthPanel(this, pipeline, m_status, m_menus);
    connect(m_throttle, &FrameThrottle::frame, this, &MainWindow::showFrame);
    connect(m_watchlistView, &WatchlistView::symbolSelected, this, &MainWindow::setSymbol);
    connect(m_toolBar, &ChartToolBar::timeframeSelected, this, &MainWindow::setTimeframe);
    connect(m_search, &SymbolSearch::symbolChosen, this, &MainWindow::setSymbol);
    connectMenus();
    m_tape->setSizesInQuote(m_user.sizesInQuote);
    m_menus->setTheme(theme::current());
    m_menus->setLanguage(Language::current());
    m_menus->setLayouts(m_layouts->names());
    setupAlerts();
    ReplayToolBar::install(this, pipeline);
    RecordToggle::install(this, pipeline);
    retranslate();
    applyView();
}

MainWindow::~MainWindow()
{
    delete m_layouts;
}

void MainWindow::createDocks()
{
    m_watchlistDock = new QDockWidget(this);
    m_watchlistDock->setObjectName(QStringLiteral("watchlistDock"));
    m_watchlistDock->setWidget(m_watchlistView);
    addDockWidget(Qt::LeftDockWidgetArea, m_watchlistDock);
    m_tapeDock = new QDockWidget(this);
    m_tapeDock->setObjectName(QStringLiteral("tapeDock"));
    m_tapeDock->setWidget(new TapeView(m_tape));
    addDockWidget(Qt::RightDockWidgetArea, m_tapeDock);
    resizeDocks({m_watchlistDock, m_tapeDock}, {345, 300}, Qt::Horizontal);
    m_menus->addPanel(m_watchlistDock->toggleViewAction(), QKeySequence(QStringLiteral("Ctrl+1")));
    m_menus->addPanel(m_tapeDock->toggleViewAction(), QKeySequence(QStringLiteral("Ctrl+2")));
    m_signalDocks = new SignalDocks(this, m_menus, m_watchlistDock, m_tapeDock, m_chart);
    connect(m_signalDocks, &SignalDocks::symbolSelected, this, &MainWindow::setSymbol);
}

void MainWindow::connectMenus()
{
    connect(m_menus, &MainMenus::exportPng, this, [this] { askExport(true); });
    connect(m_menus, &MainMenus::exportCsv, this, [this] { askExport(false); });
    connect(m_menus, &MainMenus::quit, this, &QWidget::close);
    connect(m_menus, &MainMenus::showSettings, this, [this] {
        SettingsDialog dialog(m_user, this);
        if (dialog.exec() == QDialog::Accepted)
            applyUserSettings(dialog.settings());
    });
    connect(m_menus, &MainMenus::searchSymbol, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_menus, &MainMenus::goToLatest, m_chart, &ChartWidget::goToLatest);
    connect(m_menus, &MainMenus::saveLayoutAs, this, &MainWindow::askLayoutName);
    connect(m_menus, &MainMenus::layoutChosen, this, &MainWindow::restoreLayout);
    connect(m_menus, &MainMenus::layoutDeleted, this, &MainWindow::deleteLayout);
    connect(m_menus, &MainMenus::themeChosen, this, &MainWindow::setTheme);
    connect(m_menus, &MainMenus::languageChosen, this, &MainWindow::setLanguage);
    connect(m_menus, &MainMenus::showNumbersHelp, this, [this] { NumbersHelp(this).exec(); });
    connect(m_menus, &MainMenus::showAbout, this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::restoreSettings()
{
    setTheme(theme::kindFromName(m_settings->value(kThemeKey).toString()));
    const QString language = m_settings->value(kLanguageKey, QStringLiteral("en")).toString();
    if (!setLanguage(language))
        setLanguage(QStringLiteral("en"));
    applyUserSettings(UserSettings::load(*m_settings));
    m_layouts->restoreSession(*this);
}

void MainWindow::saveSession()
{
    m_layouts->saveSession(*this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::setTheme(theme::Kind kind)
{
    const QList<QColor> before = theme::paletteColours();
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        theme::applyTheme(*app, kind);
    recolorChart(m_chart->plot(), before, theme::paletteColours());
    recolorStyleSheets(m_chart, before, theme::paletteColours());
    m_panes->recolor(before, theme::paletteColours());
    m_menus->setTheme(kind);
    m_settings->setValue(kThemeKey, theme::kindName(kind));
    m_watchlistView->viewport()->update();
    m_chart->showSnapshot(m_lastFrame);
}

bool MainWindow::setLanguage(const QString& code)
{
    if (!Language::set(code))
        return false;
    m_menus->setLanguage(code);
    m_settings->setValue(kLanguageKey, code);
    return true;
}

bool MainWindow::saveLayout(const QString& name)
{
    const bool ok = m_layouts->save(name, *this);
    m_menus->setLayouts(m_layouts->names());
    return ok;
}

bool MainWindow::restoreLayout(const QString& name)
{
    return m_layouts->restore(name, *this);
}

bool MainWindow::deleteLayout(const QString& name)
{
    const bool ok = m_layouts->remove(name);
    m_menus->setLayouts(m_layouts->names());
    return ok;
}

void MainWindow::applyUserSettings(const UserSettings& s)
{
    m_user = s;
    m_user.save(*m_settings);
    m_tape->setSizesInQuote(s.sizesInQuote);
    if (m_lastFrame)
        showFrame(m_lastFrame);
}

bool MainWindow::exportPng(const QString& file, QString* error)
{
    return exportChartPng(*m_chart, file, error);
}

bool MainWindow::exportCsv(const QString& file, QString* error)
{
    return exportVisibleCsv(*m_chart, m_view.symbol, file, error);
}

void MainWindow::askLayoutName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save layout"), tr("Layout name:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        report(
            saveLayout(name), tr("Layout \"%1\" saved").arg(name.trimmed()), tr("Could not save the layout"));
}

void MainWindow::askExport(bool png)
{
    const QString base = QString::fromStdString(symbolName(m_view.symbol)) + QLatin1Char('_')
        + QString::fromLatin1(timeframeName(m_view.timeframe));
    const QString file = png ? QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                             base + QStringLiteral(".png"), tr("PNG images (*.png)"))
                             : QFileDialog::getSaveFileName(this, tr("Export visible candles as CSV"),
                                 base + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    const bool ok = png ? exportPng(file, &error) : exportCsv(file, &error);
    report(ok, tr("Exported %1").arg(file), error);
}

void MainWindow::report(bool ok, const QString& done, const QString& error)
{
    statusBar()->showMessage(ok ? done : error, 8000);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_menus->retranslate();
    m_panes->retranslate();
    if (m_status)
        m_status->retranslate();
    if (m_feedHealth)
        m_feedHealth->retranslate();
    m_watchlistDock->setWindowTitle(tr("Watchlist"));
    m_tapeDock->setWindowTitle(tr("Time & Sales"));
    m_tapeDock->setToolTip(tr("Newest trades and liquidations of the chart symbol"));
    emit m_tape->headerDataChanged(Qt::Horizontal, 0, TapeModel::ColumnCount - 1);
    emit m_watchlist->headerDataChanged(Qt::Horizontal, 0, m_watchlist->columnCount() - 1);
    m_signalDocks->retranslate();
    applyView();
    m_chart->showSnapshot(m_lastFrame);
}

void MainWindow::setupAlerts()
{
    m_alertCentre = new AlertCentre;
    m_alertDock = new QDockWidget(tr("Alerts"), this);
    m_alertDock->setObjectName(QStringLiteral("alertDock"));
    m_alertDock->setWidget(m_alertCentre);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertDock);
    m_alertDock->hide();
    m_alertAction = m_alertDock->toggleViewAction();
    m_alertAction->setObjectName(QStringLiteral("alertAction"));
    m_alertAction->setText(tr("Alerts"));
    m_alertAction->setToolTip(tr("Show or hide the alert centre: rules, fired alerts, delivery"));
    m_menus->addPanel(m_alertAction, QKeySequence(QStringLiteral("Ctrl+3")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_alertAction);
    connect(m_alertCentre, &AlertCentre::unacknowledgedChanged, this,
        [this](int n) { m_alertAction->setText(n > 0 ? tr("Alerts (%1)").arg(n) : tr("Alerts")); });
    m_history = new QLabel;
    m_history->setObjectName(QStringLiteral("historyStatus"));
    statusBar()->addWidget(m_history);

    EngineServices* services = m_pipeline->services();
    connect(services, &EngineServices::historyStatus, this, &MainWindow::showHistoryStatus);
    connect(services, &EngineServices::rulesLoaded, m_alertCentre, &AlertCentre::setStoredRules);
    connect(services, &EngineServices::alertsFired, m_alertCentre, &AlertCentre::showFired);
    connect(services, &EngineServices::alertHistory, m_alertCentre, &AlertCentre::showHistory);
    connect(m_alertCentre, &AlertCentre::rulesChanged, services, &EngineServices::setRules);
    connect(m_alertCentre, &AlertCentre::acknowledgeRequested, services, &EngineServices::acknowledge);
    connect(m_alertCentre, &AlertCentre::acknowledgeAllRequested, services, &EngineServices::acknowledgeAll);
    connect(m_alertCentre, &AlertCentre::historyRequested, services, &EngineServices::requestHistory);
}

void MainWindow::showHistoryStatus(const QString& text, bool error)
{
    m_history->setText(text);
    m_history->setToolTip(text);
    m_history->setStyleSheet(error ? QStringLiteral("color: #ff6b6b;") : QString());
}

QString MainWindow::historyText() const
{
    return m_history->text();
}

void MainWindow::setSymbol(perp::SymbolId id)
{
    if (id == m_view.symbol)
        return;
    m_view.symbol = id;
    applyView();
}

void MainWindow::setTimeframe(perp::Timeframe tf)
{
    if (tf == m_view.timeframe)
        return;
    m_view.timeframe = tf;
    applyView();
}

void MainWindow::applyView()
{
    const QString symbol = QString::fromStdString(symbolName(m_view.symbol));
    const QString tf = QString::fromLatin1(timeframeName(m_view.timeframe));
    const bool simulated = m_pipeline->isSimulated();
    setWindowTitle(simulated ? tr("PerpScope — SIMULATED DATA — %1 %2").arg(symbol, tf)
                             : tr("PerpScope — %1 %2 — %3").arg(symbol, tf, m_pipeline->sourceDescription()));
    m_toolBar->setSymbol(symbol);
    m_toolBar->setTimeframe(m_view.timeframe);
    m_watchlistView->setCurrentSymbol(m_view.symbol);
    m_signalDocks->setSymbol(m_view.symbol);
    m_chart->setView(m_view.symbol, m_view.timeframe, simulated);
    m_pipeline->requestView(m_view);
    m_panes->setMainView(m_view.symbol, m_view.timeframe);
}

void MainWindow::showFrame(const EngineSnapshotPtr& snapshot)
{
    m_lastFrame = snapshot;
    std::vector<SymbolSummary> shown;
    for (const SymbolSummary& s : snapshot->symbols)
        if (s.id >= kDefaultSymbolCount
            || std::find(m_user.watchlist.begin(), m_user.watchlist.end(), s.id) != m_user.watchlist.end())
            shown.push_back(s);
    m_watchlist->setSummaries(shown);
    std::vector<SymbolId> ids;
    for (const SymbolSummary& s : shown)
        ids.push_back(s.id);
    m_signalDocks->showFrame(*snapshot, ids);
    if (snapshot->view.symbol == m_view.symbol)
        m_tape->setPrints(snapshot->view.symbol, snapshot->tape);
    m_chart->showSnapshot(snapshot);
    m_panes->showFrame(snapshot);
    m_status->showSnapshot(*snapshot);
}

} // namespace perp
