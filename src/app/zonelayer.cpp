// SPDX-License-Identifier: MIT
#include "zonelayer.h"

#include "zonestyle.h"

#include <algorithm>

namespace perp {

ZoneLayer::ZoneLayer(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqUnder"))
{
    setObjectName(QStringLiteral("zoneLayer"));
}

void ZoneLayer::setZones(std::vector<zones::Zone> zones, SymbolId symbol)
{
    m_zones = std::move(zones);
    m_symbol = symbol;
}

QRectF ZoneLayer::zoneRect(const zones::Zone& zone) const
{
    const QRect r = axisRect()->rect();
    double top = valueAxis()->coordToPixel(zone.high);
    double bottom = valueAxis()->coordToPixel(zone.low);
    if (bottom - top < 4) { // keep thin zones visible and hoverable
        const double mid = (top + bottom) / 2;
        top = mid - 2;
        bottom = mid + 2;
    }
    return QRectF(QPointF(r.left(), top), QPointF(r.right(), bottom));
}

const zones::Zone* ZoneLayer::zoneAt(const QPointF& pos) const
{
    if (!visible())
        return nullptr;
    const zones::Zone* best = nullptr; // the narrowest containing zone
    for (const zones::Zone& z : m_zones) {
        const QRectF rect = zoneRect(z);
        if (rect.contains(pos) && (!best || rect.height() < zoneRect(*best).height()))
            best = &z;
    }
    return best;
}

QString ZoneLayer::toolTipAt(const QPointF& pos) const
{
    const zones::Zone* z = zoneAt(pos);
    return z ? zonestyle::zoneToolTip(*z, m_symbol) : QString();
}

QFont ZoneLayer::labelFont() const
{
    QFont font = mParentPlot->font();
    font.setPointSizeF(8.0);
    return font;
}

void ZoneLayer::draw(QCPPainter* painter)
{
    m_drawn = 0;
    const QRectF clip = axisRect()->rect();
    painter->setFont(labelFont());
    const QFontMetrics fm(labelFont());
    std::vector<QRectF> labels;
    // Weakest first, so the strongest zone's outline and label end up on top.
    for (auto it = m_zones.rbegin(); it != m_zones.rend(); ++it) {
        const zones::Zone& z = *it;
        const QRectF rect = zoneRect(z);
        if (!rect.intersects(clip))
            continue;
        ++m_drawn;
        const bool broken = z.state == zones::ZoneState::Broken;
        const bool trap = z.state == zones::ZoneState::Trap;
        const int fill = broken ? 14 : static_cast<int>(24 + 36 * z.strength);
        painter->setPen(Qt::NoPen);
        painter->setBrush(zonestyle::kindColor(z.kind, fill));
        painter->drawRect(rect);
        if (trap) {
            painter->setBrush(QBrush(zonestyle::kindColor(z.kind, 120), Qt::BDiagPattern));
            painter->drawRect(rect);
        }
        const Qt::PenStyle style = trap ? Qt::DashLine : broken ? Qt::DotLine : Qt::SolidLine;
        painter->setPen(QPen(zonestyle::kindColor(z.kind, broken ? 110 : 220), broken ? 1.0 : 1.5, style));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        // Label chip at the left end, unless it would cover a stronger zone's label.
        const QString text = zonestyle::zoneLabel(z);
        const QRectF shown = rect.intersected(clip);
        const QRectF chip(rect.left() + rect.width() * kLabelFraction,
            shown.center().y() - fm.height() / 2.0 - 1, fm.horizontalAdvance(text) + 10, fm.height() + 2);
        labels.erase(
            std::remove_if(labels.begin(), labels.end(), [&](const QRectF& o) { return o.intersects(chip); }),
            labels.end());
        labels.push_back(chip);
    }
    // Labels last (strongest drawn last so it wins overlaps), each on a dark chip.
    for (auto it = m_zones.rbegin(); it != m_zones.rend(); ++it) {
        const zones::Zone& z = *it;
        const QRectF rect = zoneRect(z);
        if (!rect.intersects(clip))
            continue;
        const QRectF shown = rect.intersected(clip);
        const QString text = zonestyle::zoneLabel(z);
        const QRectF chip(rect.left() + rect.width() * kLabelFraction,
            shown.center().y() - fm.height() / 2.0 - 1, fm.horizontalAdvance(text) + 10, fm.height() + 2);
        if (std::find(labels.begin(), labels.end(), chip) == labels.end())
            continue;
        painter->setPen(QPen(zonestyle::kindColor(z.kind, 200), 1));
        painter->setBrush(QColor(19, 23, 34, z.state == zones::ZoneState::Broken ? 150 : 210));
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(zonestyle::kindColor(z.kind, z.state == zones::ZoneState::Broken ? 170 : 255));
        painter->drawText(chip, Qt::AlignCenter, text);
    }
}

} // namespace perp
