// SPDX-License-Identifier: MIT
#pragma once

#include "engineworker.h"
#include "theme.h"
#include "usersettings.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSettings;

namespace perp {

class AlertCentre;
class ChartPaneManager;
class ChartToolBar;
class ChartWidget;
class FeedHealthPanel;
class FrameThrottle;
class LayoutStore;
class MainMenus;
class MarketPipeline;
class SignalDocks;
class StatusPanel;
class SymbolSearch;
class TapeModel;
class WatchlistModel;
class WatchlistView;

// The thin shell: chart centre, watchlist and time & sales as docks, timeframe tool bar,
// menus, status bar. It only wires the pieces; market data arrives as coalesced frames of
// immutable snapshots. Workspace, theme and language live in an ini QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(MarketPipeline* pipeline, ChartView initialView, QWidget* parent = nullptr);
    ~MainWindow() override;

    ChartView view() const { return m_view; }
    void setSymbol(perp::SymbolId id);
    void setTimeframe(perp::Timeframe tf);

    // Applies the saved theme, language, window geometry and docks (called at start).
    void restoreSettings();
    void saveSession();
    void setTheme(theme::Kind kind);
    bool setLanguage(const QString& code);
    bool saveLayout(const QString& name);
    bool restoreLayout(const QString& name);
    bool deleteLayout(const QString& name);
    // Saves the settings and applies them (watchlist symbols, tape units) at once.
    void applyUserSettings(const UserSettings& s);
    const UserSettings& userSettings() const { return m_user; }
    bool exportPng(const QString& file, QString* error = nullptr);
    bool exportCsv(const QString& file, QString* error = nullptr);

    ChartWidget* chart() const { return m_chart; }
    // The extra chart panes (View > New chart pane).
    ChartPaneManager* chartPanes() const { return m_panes; }
    WatchlistModel* watchlistModel() const { return m_watchlist; }
    WatchlistView* watchlistView() const { return m_watchlistView; }
    TapeModel* tapeModel() const { return m_tape; }
    QDockWidget* watchlistDock() const { return m_watchlistDock; }
    QDockWidget* tapeDock() const { return m_tapeDock; }
    ChartToolBar* chartToolBar() const { return m_toolBar; }
    StatusPanel* statusPanel() const { return m_status; }
    SymbolSearch* symbolSearch() const { return m_search; }
    MainMenus* menus() const { return m_menus; }
    QSettings* settings() const { return m_settings; }
    const FrameThrottle* frameThrottle() const { return m_throttle; }
    AlertCentre* alertCentre() const { return m_alertCentre; }
    QDockWidget* alertDock() const { return m_alertDock; }
    QAction* alertAction() const { return m_alertAction; }
    // Signal heat table and signal panel docks.
    SignalDocks* signalDocks() const { return m_signalDocks; }
    FeedHealthPanel* feedHealth() const { return m_feedHealth; }
    // The history line of the status bar (stored candles loaded, errors, recovery).
    QString historyText() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showFrame(const EngineSnapshotPtr& snapshot);
    void applyView();
    void setupAlerts();
    void showHistoryStatus(const QString& text, bool error);
    void createDocks();
    void connectMenus();
    void retranslate();
    void askLayoutName();
    void askExport(bool png);
    void report(bool ok, const QString& done, const QString& error);

    MarketPipeline* m_pipeline;
    ChartView m_view;
    QSettings* m_settings;
    LayoutStore* m_layouts;
    FrameThrottle* m_throttle;
    WatchlistModel* m_watchlist;
    WatchlistView* m_watchlistView;
    TapeModel* m_tape;
    ChartWidget* m_chart;
    ChartToolBar* m_toolBar;
    SymbolSearch* m_search;
    QDockWidget* m_watchlistDock = nullptr;
    QDockWidget* m_tapeDock = nullptr;
    MainMenus* m_menus = nullptr;
    UserSettings m_user = UserSettings::load(*m_settings);
    EngineSnapshotPtr m_lastFrame; // re-shown after a theme or language change
    StatusPanel* m_status = nullptr;
    AlertCentre* m_alertCentre = nullptr;
    QDockWidget* m_alertDock = nullptr;
    QAction* m_alertAction = nullptr;
    QLabel* m_history = nullptr;
    SignalDocks* m_signalDocks = nullptr;
    FeedHealthPanel* m_feedHealth = nullptr;
    ChartPaneManager* m_panes = nullptr;
};

} // namespace perp
