// SPDX-License-Identifier: MIT
#include "signaldocks.h"

#include "chartwidget.h"
#include "mainmenus.h"
#include "signalheatmodel.h"
#include "signalheatview.h"
#include "signalmarkers.h"
#include "signalpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace perp {

SignalDocks::SignalDocks(QMainWindow* window, MainMenus* menus, QDockWidget* watchlistDock,
    QDockWidget* tapeDock, ChartWidget* chart)
    : QObject(window)
    , m_chart(chart)
    , m_heatModel(new SignalHeatModel(this))
    , m_heatView(new SignalHeatView(m_heatModel))
    , m_panel(new SignalPanel)
    , m_heatDock(new QDockWidget(window))
    , m_panelDock(new QDockWidget(window))
{
    m_heatDock->setObjectName(QStringLiteral("signalHeatDock"));
    m_heatDock->setWidget(m_heatView);
    m_panelDock->setObjectName(QStringLiteral("signalPanelDock"));
    m_panelDock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_heatDock);
    window->splitDockWidget(watchlistDock, m_heatDock, Qt::Vertical);
    window->addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    window->tabifyDockWidget(tapeDock, m_panelDock);
    m_panelDock->raise();
    window->resizeDocks({m_panelDock}, {480}, Qt::Horizontal);
    window->resizeDocks({watchlistDock, m_heatDock}, {380, 560}, Qt::Vertical);
    menus->addPanel(m_heatDock->toggleViewAction(), QKeySequence(QStringLiteral("Ctrl+4")));
    menus->addPanel(m_panelDock->toggleViewAction(), QKeySequence(QStringLiteral("Ctrl+5")));
    menus->addPanel(chart->signalMarkers()->toggleAction(), QKeySequence(Qt::SHIFT | Qt::Key_S));
    connect(m_heatView, &SignalHeatView::symbolSelected, this, &SignalDocks::symbolSelected);
    retranslate();
}

void SignalDocks::showFrame(const EngineSnapshot& snapshot, const std::vector<SymbolId>& shown)
{
    const sig::SignalSnapshotPtr& signals_ = snapshot.signalSnapshot;
    if (signals_ != m_shownSignals || shown != m_shownSymbols) {
        m_heatModel->setSymbols(shown, signals_);
        m_shownSignals = signals_;
        m_shownSymbols = shown;
    }
    m_panel->showSnapshot(signals_);
}

void SignalDocks::setSymbol(SymbolId id)
{
    m_heatView->setCurrentSymbol(id);
    m_panel->setSymbol(id);
}

void SignalDocks::retranslate()
{
    m_heatDock->setWindowTitle(tr("Signal heat"));
    m_heatDock->setToolTip(
        tr("Composite bias of every watchlist symbol in the scalp, day and swing modes: red "
           "bearish, grey neutral, green bullish, violet frame conflicted; the number on the "
           "right is the confidence. Estimated, not financial advice."));
    m_panelDock->setWindowTitle(tr("Signals"));
    m_panelDock->setToolTip(tr("Why the composite of the chart symbol leans the way it does: categories, "
                               "history and every signal. Estimated, not financial advice."));
    m_chart->signalMarkers()->retranslate();
    emit m_heatModel->headerDataChanged(Qt::Horizontal, 0, m_heatModel->columnCount() - 1);
}

} // namespace perp
