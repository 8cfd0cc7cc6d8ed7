// SPDX-License-Identifier: MIT
#include "zonelayer.h"

#include "theme.h"
#include "zonestyle.h"

#include <algorithm>

namespace perp {

ZoneLayer::ZoneLayer(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqUnder"))
{
    setObjectName(QStringLiteral("zoneLayer"));
    m_labels = new ZoneLabelLayer(this);
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

QRectF ZoneLayer::labelRect(const zones::Zone& zone) const
{
    const QRectF rect = zoneRect(zone);
    const QRectF shown = rect.intersected(QRectF(axisRect()->rect()));
    const QFontMetrics fm(labelFont());
    const QString text = zonestyle::zoneLabel(zone);
    return QRectF(rect.left() + rect.width() * kLabelFraction, shown.center().y() - fm.height() / 2.0 - 1,
        fm.horizontalAdvance(text) + 10, fm.height() + 2);
}

std::vector<const zones::Zone*> ZoneLayer::labelled() const
{
    // Strongest first: a label is left out when it would cover a stronger zone's label.
    std::vector<const zones::Zone*> out;
    std::vector<QRectF> taken;
    const QRectF clip = axisRect()->rect();
    for (const zones::Zone& z : m_zones) {
        if (!zoneRect(z).intersects(clip))
            continue;
        const QRectF chip = labelRect(z);
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF& o) { return o.intersects(chip); }))
            continue;
        taken.push_back(chip);
        out.push_back(&z);
    }
    return out;
}

Qt::PenStyle ZoneLayer::outlineStyle(zones::ZoneState state)
{
    return state == zones::ZoneState::Trap  ? Qt::DashLine
        : state == zones::ZoneState::Broken ? Qt::DotLine
                                            : Qt::SolidLine;
}

void ZoneLayer::draw(QCPPainter* painter)
{
    m_drawn = 0;
    const QRectF clip = axisRect()->rect();
    // Weakest first, so the strongest zone's outline ends up on top.
    for (auto it = m_zones.rbegin(); it != m_zones.rend(); ++it) {
        const zones::Zone& z = *it;
        const QRectF rect = zoneRect(z);
        if (!rect.intersects(clip))
            continue;
        ++m_drawn;
        const bool broken = z.state == zones::ZoneState::Broken;
        const int fill = broken ? 14 : static_cast<int>(24 + 36 * z.strength);
        painter->setPen(Qt::NoPen);
        painter->setBrush(zonestyle::kindColor(z.kind, fill));
        painter->drawRect(rect);
        if (z.state == zones::ZoneState::Trap) {
            painter->setBrush(QBrush(zonestyle::kindColor(z.kind, 120), Qt::BDiagPattern));
            painter->drawRect(rect);
        }
        painter->setPen(QPen(
            zonestyle::kindColor(z.kind, broken ? 110 : 220), broken ? 1.0 : 1.5, outlineStyle(z.state)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void ZoneLayer::drawLabels(QCPPainter* painter) const
{
    painter->setFont(labelFont());
    QColor chipFill = theme::kBackground; // readable on both themes
    chipFill.setAlpha(225);
    for (const zones::Zone* z : labelled()) {
        const QRectF chip = labelRect(*z);
        painter->setPen(QPen(zonestyle::kindColor(z->kind, 200), 1, outlineStyle(z->state)));
        painter->setBrush(chipFill);
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(zonestyle::kindColor(z->kind));
        painter->drawText(chip, Qt::AlignCenter, zonestyle::zoneLabel(*z));
    }
}

ZoneLabelLayer::ZoneLabelLayer(ZoneLayer* zones)
    : LiqLayer(zones->parentPlot(), zones->axisRect(), QStringLiteral("liqOver"))
    , m_zones(zones)
{ }

void ZoneLabelLayer::draw(QCPPainter* painter)
{
    if (m_zones->visible())
        m_zones->drawLabels(painter);
}

} // namespace perp
