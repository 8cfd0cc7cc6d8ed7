// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <qcustomplot.h>

namespace perp {

// Base of the liquidation chart layers: a QCPLayerable drawn inside the price pane, clipped
// to it, with a hover text for a pixel position and a help text for the legend.
class LiqLayer : public QCPLayerable
{
    Q_OBJECT
public:
    LiqLayer(QCustomPlot* plot, QCPAxisRect* rect, const QString& layer);

    QCPAxisRect* axisRect() const { return m_rect; }
    QCPAxis* keyAxis() const { return m_rect->axis(QCPAxis::atBottom); }
    QCPAxis* valueAxis() const { return m_rect->axis(QCPAxis::atRight); }
    // Text for a tooltip at a pixel position of the plot (empty: nothing there).
    virtual QString toolTipAt(const QPointF& pos) const;

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    QRect clipRect() const override;

private:
    QCPAxisRect* m_rect;
};

// Creates (once) the plot layers the liquidation layers live on, from bottom to top:
// background, liqHeat, grid, liqUnder, main (candles), liqOver, axes ...
void ensureLiqPlotLayers(QCustomPlot* plot);

} // namespace perp
