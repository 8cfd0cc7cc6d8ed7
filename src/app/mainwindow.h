// SPDX-License-Identifier: MIT
#pragma once

#include "engineworker.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;

namespace perp {

class AlertCentre;
class ChartToolBar;
class ChartWidget;
class FrameThrottle;
class MarketPipeline;
class StatusPanel;
class WatchlistModel;
class WatchlistView;

// The thin shell: watchlist left, chart centre, timeframe tool bar, status bar. It only
// wires the pieces; market data arrives as coalesced frames of immutable snapshots.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(MarketPipeline* pipeline, ChartView initialView, QWidget* parent = nullptr);

    ChartView view() const { return m_view; }
    void setSymbol(perp::SymbolId id);
    void setTimeframe(perp::Timeframe tf);

    ChartWidget* chart() const { return m_chart; }
    WatchlistModel* watchlistModel() const { return m_watchlist; }
    WatchlistView* watchlistView() const { return m_watchlistView; }
    ChartToolBar* chartToolBar() const { return m_toolBar; }
    StatusPanel* statusPanel() const { return m_status; }
    const FrameThrottle* frameThrottle() const { return m_throttle; }
    AlertCentre* alertCentre() const { return m_alertCentre; }
    QDockWidget* alertDock() const { return m_alertDock; }
    QAction* alertAction() const { return m_alertAction; }
    // The history line of the status bar (stored candles loaded, errors, recovery).
    QString historyText() const;

private:
    void showFrame(const EngineSnapshotPtr& snapshot);
    void applyView();
    void setupAlerts();
    void showHistoryStatus(const QString& text, bool error);

    MarketPipeline* m_pipeline;
    ChartView m_view;
    FrameThrottle* m_throttle;
    WatchlistModel* m_watchlist;
    WatchlistView* m_watchlistView;
    ChartWidget* m_chart;
    ChartToolBar* m_toolBar;
    StatusPanel* m_status;
    AlertCentre* m_alertCentre = nullptr;
    QDockWidget* m_alertDock = nullptr;
    QAction* m_alertAction = nullptr;
    QLabel* m_history = nullptr;
};

} // namespace perp
