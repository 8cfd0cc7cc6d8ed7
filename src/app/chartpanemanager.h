// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;
class QSettings;

namespace perp {

class ChartPane;
class LiqLayerControls;
class MarketPipeline;

// The extra chart panes of the main window, each in a dock of its own (objectName
// "chartPane<id>" so dock layouts find it again). Asks the engine for one view per pane,
// hands each pane its part of every frame, moves linked panes with the main selection and
// saves the panes (id, symbol, timeframe, link) into a layout group of QSettings.
class ChartPaneManager : public QObject
{
    Q_OBJECT
public:
    ChartPaneManager(QMainWindow* window, MarketPipeline* pipeline);

    // View > New chart pane (Ctrl+Shift+N): a linked pane on the main symbol and timeframe.
    QAction* newPaneAction() const { return m_newPane; }
    ChartPane* addPane();
    ChartPane* addPane(int id, SymbolId symbol, Timeframe tf, bool linked);
    // Closes and deletes a pane (also what the dock's close button does).
    void removePane(ChartPane* pane);
    QList<ChartPane*> panes() const;
    QDockWidget* dock(ChartPane* pane) const;

    // The main chart's symbol and timeframe; linked panes take the symbol.
    void setMainView(SymbolId symbol, Timeframe tf);
    void showFrame(const EngineSnapshotPtr& snapshot);
    // Theme switch: the panes' plots and style sheets move from one palette to the other.
    void recolor(const QList<QColor>& before, const QList<QColor>& after);
    // The tool bar's liquidation layer menu drives every pane's layers too.
    void setLiqControls(LiqLayerControls* controls) { m_liqControls = controls; }

    // Writes the panes into the current group of settings; restore() makes the window's panes
    // those saved (reusing panes of the same id), skipping entries it cannot read.
    void save(QSettings& settings) const;
    void restore(QSettings& settings);
    // Entries skipped by the last restore() (unknown symbol or timeframe).
    int skippedOnRestore() const { return m_skipped; }
    void retranslate();

private:
    void requestViews();

    QMainWindow* m_window;
    MarketPipeline* m_pipeline;
    QAction* m_newPane;
    LiqLayerControls* m_liqControls = nullptr;
    std::vector<std::pair<QDockWidget*, ChartPane*>> m_panes;
    SymbolId m_mainSymbol = 0;
    Timeframe m_mainTimeframe = Timeframe::M1;
    EngineSnapshotPtr m_lastFrame;
    int m_skipped = 0;
    bool m_restoring = false;
};

} // namespace perp
