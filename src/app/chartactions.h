// SPDX-License-Identifier: MIT
#pragma once

#include "chartdrawings.h"
#include "chartpanes.h"

#include <QObject>
#include <map>

class QAction;
class QMenu;
class QToolBar;
class QToolButton;

namespace perp {

class ChartWidget;

// Every chart command as a QAction with a shortcut (active while the chart has focus):
// back to live, zoom, log axis, pane toggles, drawing tools, delete and clear drawings.
// They are added to the chart widget and shown in its tool strip; menus can reuse them.
class ChartActions : public QObject
{
    Q_OBJECT
public:
    explicit ChartActions(ChartWidget* chart);

    QAction* live() const { return m_live; }
    QAction* zoomIn() const { return m_zoomIn; }
    QAction* zoomOut() const { return m_zoomOut; }
    QAction* logScale() const { return m_log; }
    QAction* pane(ChartPanes::Pane p) const { return m_panes.at(p); }
    QAction* tool(ChartDrawings::Tool t) const { return m_tools.at(t); }
    QAction* deleteDrawing() const { return m_delete; }
    QAction* clearDrawings() const { return m_clear; }
    QAction* cancel() const { return m_cancel; }
    // "Panes" submenu (for View > Panes) and the tool strip shown above the chart.
    QMenu* panesMenu() const { return m_panesMenu; }
    QToolBar* toolBar() const { return m_toolBar; }
    QList<QAction*> all() const;
    // Sets every text and tooltip in the current language (called on a language change).
    void retranslate();

private:
    QAction* make(const QKeySequence& key);
    static void setTexts(QAction* a, const QString& text, const QString& tip);

    ChartWidget* m_chart;
    QAction* m_live;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_log;
    std::map<ChartPanes::Pane, QAction*> m_panes;
    std::map<ChartDrawings::Tool, QAction*> m_tools;
    QAction* m_delete;
    QAction* m_clear;
    QAction* m_cancel;
    QMenu* m_panesMenu;
    QToolBar* m_toolBar;
    QToolButton* m_panesButton;
};

} // namespace perp
