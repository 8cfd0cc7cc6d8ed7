// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "alertcentre.h"
#include "charttoolbar.h"
#include "chartwidget.h"
#include "framethrottle.h"
#include "liqlayercontrols.h"
#include "marketpipeline.h"
#include "statuspanel.h"
#include "watchlistmodel.h"
#include "watchlistview.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>

namespace perp {

MainWindow::MainWindow(MarketPipeline* pipeline, ChartView initialView, QWidget* parent)
    : QMainWindow(parent)
    , m_pipeline(pipeline)
    , m_view(initialView)
    , m_throttle(new FrameThrottle(33, this))
    , m_watchlist(new WatchlistModel(this))
    , m_watchlistView(new WatchlistView(m_watchlist))
    , m_chart(new ChartWidget)
    , m_toolBar(new ChartToolBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_watchlistView);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 1220});
    splitter->setHandleWidth(1);
    setCentralWidget(splitter);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    auto* liqControls = new LiqLayerControls(m_toolBar);
    m_toolBar->addWidget(liqControls);
    liqControls->attach(m_chart->liqLayers());
    m_status = new StatusPanel(statusBar(), pipeline->sourceDescription(), pipeline->isSimulated());
    resize(1600, 1000);

    connect(pipeline, &MarketPipeline::snapshotReady, m_throttle, &FrameThrottle::offer);
    connect(pipeline, &MarketPipeline::sourceStatus, m_status, &StatusPanel::showSourceStatus);
    connect(pipeline, &MarketPipeline::sourceFailed, m_status, &StatusPanel::showSourceError);
    connect(m_throttle, &FrameThrottle::frame, this, &MainWindow::showFrame);
    connect(m_watchlistView, &WatchlistView::symbolSelected, this, &MainWindow::setSymbol);
    connect(m_toolBar, &ChartToolBar::timeframeSelected, this, &MainWindow::setTimeframe);
    setupAlerts();
    applyView();
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
    m_chart->setView(m_view.symbol, m_view.timeframe, simulated);
    m_pipeline->requestView(m_view);
}

void MainWindow::showFrame(const EngineSnapshotPtr& snapshot)
{
    m_watchlist->setSummaries(snapshot->symbols);
    m_chart->showSnapshot(snapshot);
    m_status->showSnapshot(*snapshot);
}

} // namespace perp
