// SPDX-License-Identifier: MIT
#pragma once

#include "chartdrawing.h"
#include "core/candle.h"
#include "core/symbols.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <optional>

class QCustomPlot;
class QCPAxisRect;
class QCPAbstractItem;

namespace perp {

// Drawing tools on the price pane. With a tool chosen, press-drag-release draws it
// (a horizontal line needs one click); then the tool returns to none. Without a tool, a
// click on a drawing selects it (the chart does not pan) and removeSelected() deletes it.
// Drawings belong to the symbol shown, are saved to the DrawingStore after each change
// and come back when the symbol is shown again, also after a restart.
class ChartDrawings : public QObject
{
    Q_OBJECT
public:
    enum class Tool { None, HLine, Rect, Trend, Measure };

    ChartDrawings(QCustomPlot* plot, QCPAxisRect* priceRect, QString storePath = DrawingStore::defaultPath());

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    // Switches to the drawings of another symbol (timeframe: for the measure's bar count).
    void setSymbol(SymbolId symbol, Timeframe tf);
    const std::vector<ChartDrawing>& drawings() const { return m_drawings; }
    int selected() const { return m_selected; }
    void select(int index);
    void removeSelected();
    void clearAll();
    // The measure label of a drawing: "+1.23% (+1,170.5) · 15 bars · 15m".
    QString measureText(const ChartDrawing& d) const;
    const QList<QCPAbstractItem*>& itemsOf(int index) const { return m_items.at(index); }
    const QStringList& problems() const { return m_store.problems(); }

signals:
    void toolChanged(perp::ChartDrawings::Tool tool);
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointF toCoords(const QPointF& px) const;
    int hitTest(const QPointF& px) const;
    void rebuild();
    QList<QCPAbstractItem*> makeItems(const ChartDrawing& d, bool selected, bool draft);
    void persist();

    QCustomPlot* m_plot;
    QCPAxisRect* m_rect;
    DrawingStore m_store;
    DrawingStore::Map m_all;
    QString m_symbolName;
    Timeframe m_timeframe = Timeframe::M1;
    Tool m_tool = Tool::None;
    std::vector<ChartDrawing> m_drawings;
    QList<QList<QCPAbstractItem*>> m_items;
    QList<QCPAbstractItem*> m_draftItems;
    std::optional<ChartDrawing> m_draft;
    QPointF m_pressPx;
    int m_selected = -1;
};

} // namespace perp
