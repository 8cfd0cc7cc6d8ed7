// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace perp {

class ChartWidget;
class MainMenus;
class SignalHeatModel;
class SignalHeatView;
class SignalPanel;

// The signal engine's docks in the main window: the heat table (symbols x modes) under the
// watchlist and the signal panel of the chart symbol beside the time & sales. Adds their
// toggles (and the chart's marker toggle) to the View menu and feeds them every frame.
class SignalDocks : public QObject
{
    Q_OBJECT
public:
    SignalDocks(QMainWindow* window, MainMenus* menus, QDockWidget* watchlistDock, QDockWidget* tapeDock,
        ChartWidget* chart);

    // `shown`: the symbols of the watchlist, in its order.
    void showFrame(const EngineSnapshot& snapshot, const std::vector<SymbolId>& shown);
    void setSymbol(SymbolId id);
    void retranslate();

    SignalHeatModel* heatModel() const { return m_heatModel; }
    SignalHeatView* heatView() const { return m_heatView; }
    SignalPanel* panel() const { return m_panel; }
    QDockWidget* heatDock() const { return m_heatDock; }
    QDockWidget* panelDock() const { return m_panelDock; }

signals:
    void symbolSelected(perp::SymbolId id);

private:
    ChartWidget* m_chart;
    SignalHeatModel* m_heatModel;
    SignalHeatView* m_heatView;
    SignalPanel* m_panel;
    QDockWidget* m_heatDock;
    QDockWidget* m_panelDock;
    sig::SignalSnapshotPtr m_shownSignals;
    std::vector<SymbolId> m_shownSymbols;
};

} // namespace perp
