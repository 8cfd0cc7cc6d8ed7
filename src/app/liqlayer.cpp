// SPDX-License-Identifier: MIT
#include "liqlayer.h"

namespace perp {

void ensureLiqPlotLayers(QCustomPlot* plot)
{
    if (!plot->layer(QStringLiteral("liqHeat")))
        plot->addLayer(
            QStringLiteral("liqHeat"), plot->layer(QStringLiteral("background")), QCustomPlot::limAbove);
    if (!plot->layer(QStringLiteral("liqUnder")))
        plot->addLayer(
            QStringLiteral("liqUnder"), plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    if (!plot->layer(QStringLiteral("liqOver")))
        plot->addLayer(QStringLiteral("liqOver"), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
}

LiqLayer::LiqLayer(QCustomPlot* plot, QCPAxisRect* rect, const QString& layer)
    : QCPLayerable(plot, layer)
    , m_rect(rect)
{ }

QString LiqLayer::toolTipAt(const QPointF&) const
{
    return {};
}

void LiqLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

QRect LiqLayer::clipRect() const
{
    return m_rect->rect();
}

} // namespace perp
