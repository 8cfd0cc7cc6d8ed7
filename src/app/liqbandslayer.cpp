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

std::vector<LiqBandsLayer::Marker> LiqBandsLayer::offscreenMarkers() const
{
    // The nearest band entirely above and entirely below the visible prices.
    const QCPRange range = valueAxis()->range();
    const liq::LiqBand* above = nullptr;
    const liq::LiqBand* below = nullptr;
    for (const liq::LiqBand& b : m_bands) {
        if (b.low > range.upper && (!above || b.low < above->low))
            above = &b;
        if (b.high < range.lower && (!below || b.high > below->high))
            below = &b;
    }
    std::vector<Marker> out;
    const QRect r = axisRect()->rect();
    const QFontMetrics fm(labelFont());
    for (const auto& [band, up] : {std::pair {above, true}, std::pair {below, false}}) {
        if (!band)
            continue;
        Marker m {*band,
            liqstyle::bandLabel(*band, m_symbol).prepend(up ? QStringLiteral("▲ ") : QStringLiteral("▼ ")),
            {}};
        const double w = fm.horizontalAdvance(m.text) + 10, h = fm.height() + 2;
        const double left = r.left() + r.width() * kStartFraction + 4;
        m.rect = QRectF(left, up ? r.top() + 4 : r.bottom() - 24 - h, w, h);
        if (const QRectF a = avoided(); up && m.rect.intersects(a))
            m.rect.moveTop(a.bottom() + 4);
        out.push_back(m);
    }
    return out;
}

QRectF LiqBandsLayer::avoided() const
{
    return m_avoid && m_avoid->isVisible() ? QRectF(m_avoid->geometry()) : QRectF();
}

QFont LiqBandsLayer::labelFont() const
{
    QFont font = mParentPlot->font();
    font.setPointSizeF(8.5);
    return font;
}

QString LiqBandsLayer::toolTipAt(const QPointF& pos) const
{
    if (!visible())
        return {};
    for (const Marker& m : offscreenMarkers())
        if (m.rect.contains(pos))
            return liqstyle::bandToolTip(m.band, m_symbol) + tr("\n(Outside the visible price range.)");
    const liq::LiqBand* b = bandAt(pos);
    return b ? liqstyle::bandToolTip(*b, m_symbol) : QString();
}

void LiqBandsLayer::draw(QCPPainter* painter)
{
    const QRect clip = axisRect()->rect();
    painter->setFont(labelFont());
    const QFontMetrics fm(labelFont());
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
        const QRectF shown = rect.intersected(QRectF(clip));
        QRectF chip(rect.left() + 4, shown.center().y() - fm.height() / 2.0 - 1,
            fm.horizontalAdvance(text) + 10, fm.height() + 2);
        if (chip.intersects(avoided())
            || std::any_of(labels.begin(), labels.end(), [&](const QRectF& o) { return o.intersects(chip); }))
            continue;
        labels.push_back(chip);
        painter->setBrush(QColor(19, 23, 34, 200));
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(liqstyle::sideColor(b.side));
        painter->drawText(chip, Qt::AlignCenter, text);
    }
    // Bands beyond the visible prices: a chip at the top or bottom edge pointing at them.
    for (const Marker& m : offscreenMarkers()) {
        painter->setPen(QPen(liqstyle::sideColor(m.band.side, 200), 1, Qt::DashLine));
        painter->setBrush(QColor(19, 23, 34, 220));
        painter->drawRoundedRect(m.rect, 3, 3);
        painter->setPen(liqstyle::sideColor(m.band.side));
        painter->drawText(m.rect, Qt::AlignCenter, m.text);
    }
}

} // namespace perp
