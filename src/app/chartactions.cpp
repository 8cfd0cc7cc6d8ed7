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
    m_live = make(Qt::Key_End);
    connect(m_live, &QAction::triggered, chart, &ChartWidget::goToLatest);
    m_zoomIn = make(Qt::Key_Plus);
    m_zoomOut = make(Qt::Key_Minus);
    m_zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    for (QAction* a : {m_zoomIn, m_zoomOut}) {
        connect(a, &QAction::triggered, chart, [chart, in = a == m_zoomIn] {
            const QCPRange r = chart->priceRect()->axis(QCPAxis::atBottom)->range();
            chart->zoomAround(in ? 0.8 : 1.25, r.center());
        });
    }
    m_log = make(Qt::Key_L);
    m_log->setCheckable(true);
    connect(m_log, &QAction::toggled, chart, &ChartWidget::setLogScale);

    m_panesMenu = new QMenu(chart);
    m_panesMenu->setToolTipsVisible(true);
    const std::map<ChartPanes::Pane, QKeySequence> paneKeys {
        {ChartPanes::Pane::Volume, Qt::SHIFT | Qt::Key_V}, {ChartPanes::Pane::Cvd, Qt::SHIFT | Qt::Key_C},
        {ChartPanes::Pane::OpenInterest, Qt::SHIFT | Qt::Key_O},
        {ChartPanes::Pane::Funding, Qt::SHIFT | Qt::Key_F}};
    ChartPanes* panes = chart->panes();
    for (ChartPanes::Pane p : ChartPanes::kAll) {
        QAction* a = make(paneKeys.at(p));
        a->setCheckable(true);
        a->setChecked(panes->isPaneVisible(p));
        connect(a, &QAction::toggled, panes, [panes, p](bool on) { panes->setPaneVisible(p, on); });
        m_panesMenu->addAction(a);
        m_panes[p] = a;
    }
    connect(panes, &ChartPanes::visibilityChanged, this,
        [this](ChartPanes::Pane p, bool on) { m_panes.at(p)->setChecked(on); });

    using Tool = ChartDrawings::Tool;
    const std::pair<Tool, Qt::Key> tools[] = {{Tool::HLine, Qt::Key_H}, {Tool::Trend, Qt::Key_T},
        {Tool::Rect, Qt::Key_R}, {Tool::Measure, Qt::Key_M}};
    ChartDrawings* drawings = chart->drawings();
    for (const auto& [tool, key] : tools) {
        QAction* a = make(key);
        a->setCheckable(true);
        connect(a, &QAction::triggered, drawings,
            [drawings, tool = tool](bool on) { drawings->setTool(on ? tool : Tool::None); });
        m_tools[tool] = a;
    }
    connect(drawings, &ChartDrawings::toolChanged, this, [this](Tool tool) {
        for (auto& [t, a] : m_tools)
            a->setChecked(t == tool);
    });
    m_delete = make(Qt::Key_Delete);
    m_delete->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    connect(m_delete, &QAction::triggered, drawings, &ChartDrawings::removeSelected);
    m_clear = make(Qt::SHIFT | Qt::Key_Delete);
    connect(m_clear, &QAction::triggered, drawings, &ChartDrawings::clearAll);
    m_cancel = make(Qt::Key_Escape);
    connect(m_cancel, &QAction::triggered, drawings, [drawings] {
        drawings->setTool(Tool::None);
        drawings->select(-1);
    });

    m_toolBar = new QToolBar(chart);
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
    for (const auto& [tool, key] : tools)
        m_toolBar->addAction(m_tools.at(tool));
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_panesButton = new QToolButton(m_toolBar);
    m_panesButton->setObjectName(QStringLiteral("chartPanesButton"));
    m_panesButton->setMenu(m_panesMenu);
    m_panesButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(m_panesButton);
    m_toolBar->addAction(m_log);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOut);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_live);
    retranslate();
}

void ChartActions::retranslate()
{
    setTexts(m_live, tr("Live"), tr("Back to the live candle and follow it"));
    setTexts(m_zoomIn, tr("Zoom in"), tr("Show fewer candles (also the mouse wheel)"));
    setTexts(m_zoomOut, tr("Zoom out"), tr("Show more candles (also the mouse wheel)"));
    setTexts(m_log, tr("Log"),
        tr("Logarithmic price axis: equal distances are equal percentage moves. Off: linear axis."));
    m_panesMenu->setTitle(tr("Panes"));
    for (const auto& [p, a] : m_panes)
        setTexts(a, ChartPanes::paneName(p), m_chart->panes()->paneHelp(p));
    using Tool = ChartDrawings::Tool;
    const QString kept = tr(". Drawings are kept per symbol.");
    setTexts(m_tools.at(Tool::HLine), tr("H-line"), tr("Horizontal line: click at a price") + kept);
    setTexts(m_tools.at(Tool::Trend), tr("Trend"),
        tr("Trend line: press, drag to the second point, release") + kept);
    setTexts(m_tools.at(Tool::Rect), tr("Rect"),
        tr("Rectangle: press at one corner, drag to the other, release") + kept);
    setTexts(m_tools.at(Tool::Measure), tr("Measure"),
        tr("Measure: press and drag between two points to read the price change (% and absolute), the "
           "number "
           "of bars and the time between them")
            + kept);
    setTexts(m_delete, tr("Delete"), tr("Delete the selected drawing (click a drawing to select it)"));
    setTexts(m_clear, tr("Clear all"), tr("Delete every drawing of this symbol"));
    setTexts(m_cancel, tr("Cancel"), tr("Leave the drawing tool and clear the selection"));
    m_toolBar->setWindowTitle(tr("Chart tools"));
    m_panesButton->setText(tr("Panes"));
    m_panesButton->setToolTip(tr("Show or hide the panes under the candles"));
}

QAction* ChartActions::make(const QKeySequence& key)
{
    auto* a = new QAction(m_chart);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_chart->addAction(a);
    return a;
}

void ChartActions::setTexts(QAction* a, const QString& text, const QString& tip)
{
    a->setText(text);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
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
