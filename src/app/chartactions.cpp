// SPDX-License-Identifier: MIT
#include "chartactions.h"

#include "chartwidget.h"
#include "theme.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <qcustomplot.h>

namespace perp {

ChartActions::ChartActions(ChartWidget* chart)
    : QObject(chart)
    , m_chart(chart)
{
    m_live = make(tr("Live"), Qt::Key_End, tr("Back to the live candle and follow it"));
    connect(m_live, &QAction::triggered, chart, &ChartWidget::goToLatest);
    m_zoomIn = make(tr("Zoom in"), Qt::Key_Plus, tr("Show fewer candles (also the mouse wheel)"));
    m_zoomOut = make(tr("Zoom out"), Qt::Key_Minus, tr("Show more candles (also the mouse wheel)"));
    m_zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    for (QAction* a : {m_zoomIn, m_zoomOut}) {
        connect(a, &QAction::triggered, chart, [chart, in = a == m_zoomIn] {
            const QCPRange r = chart->priceRect()->axis(QCPAxis::atBottom)->range();
            chart->zoomAround(in ? 0.8 : 1.25, r.center());
        });
    }
    m_log = make(tr("Log"), Qt::Key_L,
        tr("Logarithmic price axis: equal distances are equal percentage moves. Off: linear axis."));
    m_log->setCheckable(true);
    connect(m_log, &QAction::toggled, chart, &ChartWidget::setLogScale);

    m_panesMenu = new QMenu(tr("Panes"), chart);
    m_panesMenu->setToolTipsVisible(true);
    const std::map<ChartPanes::Pane, QKeySequence> paneKeys {
        {ChartPanes::Pane::Volume, Qt::SHIFT | Qt::Key_V}, {ChartPanes::Pane::Cvd, Qt::SHIFT | Qt::Key_C},
        {ChartPanes::Pane::OpenInterest, Qt::SHIFT | Qt::Key_O},
        {ChartPanes::Pane::Funding, Qt::SHIFT | Qt::Key_F}};
    ChartPanes* panes = chart->panes();
    for (ChartPanes::Pane p : ChartPanes::kAll) {
        QAction* a = make(ChartPanes::paneName(p), paneKeys.at(p), panes->paneHelp(p));
        a->setCheckable(true);
        a->setChecked(panes->isPaneVisible(p));
        connect(a, &QAction::toggled, panes, [panes, p](bool on) { panes->setPaneVisible(p, on); });
        m_panesMenu->addAction(a);
        m_panes[p] = a;
    }
    connect(panes, &ChartPanes::visibilityChanged, this,
        [this](ChartPanes::Pane p, bool on) { m_panes.at(p)->setChecked(on); });

    using Tool = ChartDrawings::Tool;
    const struct
    {
        Tool tool;
        QString text;
        Qt::Key key;
        QString tip;
    } tools[] = {
        {Tool::HLine, tr("H-line"), Qt::Key_H, tr("Horizontal line: click at a price")},
        {Tool::Trend, tr("Trend"), Qt::Key_T, tr("Trend line: press, drag to the second point, release")},
        {Tool::Rect, tr("Rect"), Qt::Key_R, tr("Rectangle: press at one corner, drag to the other, release")},
        {Tool::Measure, tr("Measure"), Qt::Key_M,
            tr("Measure: press and drag between two points to read the price change (% and absolute), the "
               "number "
               "of bars and the time between them")},
    };
    ChartDrawings* drawings = chart->drawings();
    for (const auto& t : tools) {
        QAction* a = make(t.text, t.key, t.tip + tr(". Drawings are kept per symbol."));
        a->setCheckable(true);
        connect(a, &QAction::triggered, drawings,
            [drawings, tool = t.tool](bool on) { drawings->setTool(on ? tool : Tool::None); });
        m_tools[t.tool] = a;
    }
    connect(drawings, &ChartDrawings::toolChanged, this, [this](Tool tool) {
        for (auto& [t, a] : m_tools)
            a->setChecked(t == tool);
    });
    m_delete = make(
        tr("Delete"), Qt::Key_Delete, tr("Delete the selected drawing (click a drawing to select it)"));
    m_delete->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    connect(m_delete, &QAction::triggered, drawings, &ChartDrawings::removeSelected);
    m_clear = make(tr("Clear all"), Qt::SHIFT | Qt::Key_Delete, tr("Delete every drawing of this symbol"));
    connect(m_clear, &QAction::triggered, drawings, &ChartDrawings::clearAll);
    m_cancel = make(tr("Cancel"), Qt::Key_Escape, tr("Leave the drawing tool and clear the selection"));
    connect(m_cancel, &QAction::triggered, drawings, [drawings] {
        drawings->setTool(Tool::None);
        drawings->select(-1);
    });

    m_toolBar = new QToolBar(tr("Chart tools"), chart);
    m_toolBar->setObjectName(QStringLiteral("chartToolStrip"));
    m_toolBar->setIconSize(QSize(1, 1));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setStyleSheet(QStringLiteral(
        "QToolBar#chartToolStrip { background: %1; border: none; border-bottom: 1px solid %2; spacing: 2px; "
        "padding: 1px 4px; }"
        "QToolBar#chartToolStrip QToolButton { color: %3; background: transparent; border: 1px solid "
        "transparent; "
        "border-radius: 3px; padding: 2px 8px; }"
        "QToolBar#chartToolStrip::separator { background: %2; width: 1px; margin: 5px 6px; }"
        "QToolBar#chartToolStrip QToolButton:hover { background: %2; }"
        "QToolBar#chartToolStrip QToolButton:checked { background: %4; color: white; }")
                                 .arg(theme::kBackground.name(), theme::kBorder.name(), theme::kText.name(),
                                     theme::kAccent.name()));
    for (const auto& t : tools)
        m_toolBar->addAction(m_tools.at(t.tool));
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    auto* panesButton = new QToolButton(m_toolBar);
    panesButton->setText(tr("Panes"));
    panesButton->setToolTip(tr("Show or hide the panes under the candles"));
    panesButton->setMenu(m_panesMenu);
    panesButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(panesButton);
    m_toolBar->addAction(m_log);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOut);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_live);
}

QAction* ChartActions::make(const QString& text, const QKeySequence& key, const QString& tip)
{
    auto* a = new QAction(text, m_chart);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    m_chart->addAction(a);
    return a;
}

QList<QAction*> ChartActions::all() const
{
    QList<QAction*> out {m_live, m_zoomIn, m_zoomOut, m_log};
    for (const auto& [p, a] : m_panes)
        out << a;
    for (const auto& [t, a] : m_tools)
        out << a;
    out << m_delete << m_clear << m_cancel;
    return out;
}

} // namespace perp
