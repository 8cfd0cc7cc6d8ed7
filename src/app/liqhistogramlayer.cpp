// SPDX-License-Identifier: MIT
#include "liqhistogramlayer.h"

#include "displayformat.h"
#include "liqstyle.h"

#include <algorithm>

namespace perp {

LiqHistogramLayer::LiqHistogramLayer(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqUnder"))
{ }

void LiqHistogramLayer::setProfiles(
    const std::array<liq::RealizedProfile, 3>& profiles, SymbolId symbol, bool binance)
{
    m_profiles = profiles;
    m_symbol = symbol;
    m_binance = binance;
}

const liq::RealizedProfile& LiqHistogramLayer::profile() const
{
    return m_profiles[static_cast<std::size_t>(m_window)];
}

std::vector<PriceBar> LiqHistogramLayer::bars() const
{
    std::vector<PriceBar> out;
    const liq::RealizedProfile& p = profile();
    const QRect r = axisRect()->rect();
    const QCPRange range = valueAxis()->range();
    const auto lowerOf = [&](std::size_t i) { return p.grid.lower(p.firstBin + static_cast<int>(i)); };
    const auto upperOf = [&](std::size_t i) { return p.grid.upper(p.firstBin + static_cast<int>(i)); };
    double maxValue = 0;
    for (std::size_t i = 0; i < p.longs.size(); ++i)
        if (upperOf(i) > range.lower && lowerOf(i) < range.upper)
            maxValue = std::max(maxValue, p.longs[i] + p.shorts[i]);
    if (maxValue <= 0)
        return out;
    const double full = std::max(50.0, r.width() * kWidthFraction);
    for (std::size_t i = 0; i < p.longs.size(); ++i) {
        PriceBar b {lowerOf(i), upperOf(i), p.longs[i], p.shorts[i], {}, {}};
        if (b.high <= range.lower || b.low >= range.upper || b.longs + b.shorts <= 0)
            continue;
        const double top = valueAxis()->coordToPixel(b.high);
        const double bottom = std::max(valueAxis()->coordToPixel(b.low), top + 2.0);
        double left = r.left();
        if (b.longs > 0) {
            const double w = std::max(2.0, full * b.longs / maxValue);
            b.longRect = QRectF(QPointF(left, top), QPointF(left + w, bottom));
            left += w;
        }
        if (b.shorts > 0) {
            const double w = std::max(2.0, full * b.shorts / maxValue);
            b.shortRect = QRectF(QPointF(left, top), QPointF(left + w, bottom));
        }
        out.push_back(b);
    }
    return out;
}

QString LiqHistogramLayer::toolTipAt(const QPointF& pos) const
{
    if (!visible())
        return {};
    for (const PriceBar& b : bars()) {
        if (!b.longRect.united(b.shortRect).contains(pos))
            continue;
        QString text
            = tr("Realized liquidations, last %1 (reported by the exchange)\n%2 – %3\n"
                 "Longs liquidated: %4 · Shorts liquidated: %5")
                  .arg(QString::fromLatin1(liq::windowName(m_window)), formatPrice(b.low, m_symbol),
                      formatPrice(b.high, m_symbol), liqstyle::money(b.longs), liqstyle::money(b.shorts));
        if (m_binance)
            text += QLatin1Char('\n') + liqstyle::binanceSamplingNote();
        return text;
    }
    return {};
}

void LiqHistogramLayer::draw(QCPPainter* painter)
{
    const auto all = bars();
    const QRect r = axisRect()->rect();
    for (const PriceBar& b : all) {
        for (const auto& [rect, side] :
            {std::pair {b.longRect, PositionSide::Long}, {b.shortRect, PositionSide::Short}}) {
            if (rect.isEmpty())
                continue;
            painter->setPen(QPen(liqstyle::sideColor(side), 1.2));
            painter->setBrush(QBrush(liqstyle::sideColor(side, 110), Qt::BDiagPattern));
            painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
    const liq::RealizedProfile& p = profile();
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(QColor(0x9d, 0xa3, 0xb3));
    QString text = tr("realized liq %1 · longs %2 · shorts %3")
                       .arg(QString::fromLatin1(liq::windowName(m_window)), liqstyle::money(p.totalLong),
                           liqstyle::money(p.totalShort));
    if (m_binance)
        text += tr(" · Binance: max 1 per second, undercounts");
    painter->drawText(
        QRectF(r.left() + 4, r.bottom() - 18, r.width() / 2.0, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace perp
