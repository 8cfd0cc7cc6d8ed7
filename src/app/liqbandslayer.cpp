// SPDX-License-Identifier: MIT
#include "liqbandslayer.h"

#include "liqstyle.h"

#include <algorithm>

namespace perp {

LiqBandsLayer::LiqBandsLayer(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqOver"))
{ }

void LiqBandsLayer::setBands(std::vector<liq::LiqBand> bands, SymbolId symbol)
{
    if (bands.size() > m_maxBands)
        bands.resize(m_maxBands);
    m_bands = std::move(bands);
    m_symbol = symbol;
}

QRectF LiqBandsLayer::bandRect(const liq::LiqBand& band) const
{
    const QRect r = axisRect()->rect();
    const double left = r.left() + r.width() * kStartFraction;
    double top = valueAxis()->coordToPixel(band.high);
    double bottom = valueAxis()->coordToPixel(band.low);
    if (bottom - top < 3) { // keep thin bands visible and hoverable
        const double mid = (top + bottom) / 2;
        top = mid - 1.5;
        bottom = mid + 1.5;
    }
    return QRectF(QPointF(left, top), QPointF(r.right(), bottom));
}

const liq::LiqBand* LiqBandsLayer::bandAt(const QPointF& pos) const
{
    if (!visible())
        return nullptr;
    // Smallest containing band first: a narrow band drawn over a wide one stays reachable.
    const liq::LiqBand* best = nullptr;
    for (const liq::LiqBand& b : m_bands) {
        const QRectF rect = bandRect(b);
        if (rect.contains(pos) && (!best || rect.height() < bandRect(*best).height()))
            best = &b;
    }
    return best;
}

QString LiqBandsLayer::toolTipAt(const QPointF& pos) const
{
    const liq::LiqBand* b = bandAt(pos);
    return b ? liqstyle::bandToolTip(*b, m_symbol) : QString();
}

void LiqBandsLayer::draw(QCPPainter* painter)
{
    const QRect clip = axisRect()->rect();
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    painter->setFont(font);
    const QFontMetrics fm(font);
    std::vector<QRectF> labels;
    for (const liq::LiqBand& b : m_bands) {
        const QRectF rect = bandRect(b);
        if (!rect.intersects(clip))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(liqstyle::sideColor(b.side, 60));
        painter->drawRect(rect);
        // Dashed edges: the band's range, marked the way estimates are (realized: solid lines).
        painter->setPen(QPen(liqstyle::sideColor(b.side, 220), 1, Qt::DashLine));
        painter->drawLine(rect.topLeft(), rect.topRight());
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        painter->setPen(Qt::NoPen);
        // Label on a dark chip at the band's left end, unless it would cover a larger band's.
        const QString text = liqstyle::bandLabel(b, m_symbol);
        QRectF chip(rect.left() + 4, rect.center().y() - fm.height() / 2.0 - 1,
            fm.horizontalAdvance(text) + 10, fm.height() + 2);
        if (std::any_of(labels.begin(), labels.end(), [&](const QRectF& o) { return o.intersects(chip); }))
            continue;
        labels.push_back(chip);
        painter->setBrush(QColor(19, 23, 34, 200));
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(liqstyle::sideColor(b.side));
        painter->drawText(chip, Qt::AlignCenter, text);
    }
}

} // namespace perp
