// SPDX-License-Identifier: MIT
#include "liqbubbleslayer.h"

#include "liqstyle.h"

#include <algorithm>
#include <cmath>

namespace perp {

LiqBubblesLayer::LiqBubblesLayer(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqOver"))
{
    setAntialiased(true);
}

void LiqBubblesLayer::setBubbles(std::vector<liq::RealizedLiq> bubbles, SymbolId symbol)
{
    m_bubbles = std::move(bubbles);
    m_symbol = symbol;
    m_maxNotional = 0;
    m_binance = false;
    for (const auto& b : m_bubbles) {
        m_maxNotional = std::max(m_maxNotional, b.notional);
        m_binance = m_binance || b.venue == Venue::Binance;
    }
}

QPointF LiqBubblesLayer::centre(const liq::RealizedLiq& l) const
{
    return {
        keyAxis()->coordToPixel(static_cast<double>(l.time) / 1000.0), valueAxis()->coordToPixel(l.price)};
}

double LiqBubblesLayer::radius(const liq::RealizedLiq& l) const
{
    // Area proportional to notional: 3 px for the smallest, 18 px for the largest in view.
    return m_maxNotional > 0 ? 3.0 + 15.0 * std::sqrt(std::max(0.0, l.notional) / m_maxNotional) : 3.0;
}

QString LiqBubblesLayer::toolTipAt(const QPointF& pos) const
{
    if (!visible())
        return {};
    const liq::RealizedLiq* best = nullptr;
    double bestDist = 0;
    for (const auto& b : m_bubbles) {
        const QPointF d = centre(b) - pos;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= radius(b) + 2 && (!best || dist < bestDist)) {
            best = &b;
            bestDist = dist;
        }
    }
    return best ? liqstyle::bubbleToolTip(*best, m_symbol) : QString();
}

void LiqBubblesLayer::draw(QCPPainter* painter)
{
    const QRect clip = axisRect()->rect().adjusted(-20, -20, 20, 20);
    painter->setBrush(Qt::NoBrush);
    for (const auto& b : m_bubbles) {
        const QPointF c = centre(b);
        if (!clip.contains(c.toPoint()))
            continue;
        const double rad = radius(b);
        // A dark halo keeps the ring readable over candles and the heatmap.
        painter->setPen(QPen(QColor(10, 12, 18, 190), 3.2));
        painter->drawEllipse(c, rad, rad);
        painter->setPen(QPen(liqstyle::sideColor(b.side), 1.6));
        painter->drawEllipse(c, rad, rad);
    }
}

} // namespace perp
