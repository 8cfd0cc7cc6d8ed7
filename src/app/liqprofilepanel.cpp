// SPDX-License-Identifier: MIT
#include "liqprofilepanel.h"

#include "displayformat.h"
#include "liqstyle.h"
#include "theme.h"

#include <algorithm>

namespace perp {

LiqProfilePanel::LiqProfilePanel(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqUnder"))
{ }

void LiqProfilePanel::setProfile(liq::LiqProfile profile, SymbolId symbol)
{
    m_profile = std::move(profile);
    m_symbol = symbol;
}

std::vector<PriceBar> LiqProfilePanel::bars() const
{
    std::vector<PriceBar> out;
    const QRect r = axisRect()->rect();
    const QCPRange range = valueAxis()->range();
    double maxValue = 0;
    for (std::size_t i = 0; i < m_profile.size(); ++i)
        if (m_profile.upperOf(i) > range.lower && m_profile.lowerOf(i) < range.upper)
            maxValue = std::max(maxValue, m_profile.longs[i] + m_profile.shorts[i]);
    if (maxValue <= 0)
        return out;
    const double full = std::max(60.0, r.width() * kWidthFraction);
    for (std::size_t i = 0; i < m_profile.size(); ++i) {
        PriceBar b {
            m_profile.lowerOf(i), m_profile.upperOf(i), m_profile.longs[i], m_profile.shorts[i], {}, {}};
        if (b.high <= range.lower || b.low >= range.upper || b.longs + b.shorts <= 0)
            continue;
        const double top = valueAxis()->coordToPixel(b.high);
        const double bottom = std::max(valueAxis()->coordToPixel(b.low), top + 1.0);
        const double gap = bottom - top > 4 ? 1.0 : 0.0;
        double right = r.right();
        if (b.longs > 0) {
            const double w = full * b.longs / maxValue;
            b.longRect = QRectF(QPointF(right - w, top), QPointF(right, bottom - gap));
            right -= w;
        }
        if (b.shorts > 0) {
            const double w = full * b.shorts / maxValue;
            b.shortRect = QRectF(QPointF(right - w, top), QPointF(right, bottom - gap));
        }
        out.push_back(b);
    }
    return out;
}

QString LiqProfilePanel::toolTipAt(const QPointF& pos) const
{
    if (!visible())
        return {};
    for (const PriceBar& b : bars()) {
        if (!b.longRect.united(b.shortRect).contains(pos))
            continue;
        return tr("Estimated liquidation profile (now)\n%1 – %2\nLongs: %3 · Shorts: %4\n"
                  "Notional of open positions estimated to be liquidated in this price range. An ESTIMATE.")
            .arg(formatPrice(b.low, m_symbol), formatPrice(b.high, m_symbol), liqstyle::money(b.longs),
                liqstyle::money(b.shorts));
    }
    return {};
}

void LiqProfilePanel::draw(QCPPainter* painter)
{
    const auto all = bars();
    if (all.empty())
        return;
    const QRect r = axisRect()->rect();
    const double full = std::max(60.0, r.width() * kWidthFraction);
    painter->setPen(Qt::NoPen);
    QColor backdrop = theme::kBackground; // dims the heatmap under the bars in either theme
    backdrop.setAlpha(150);
    painter->setBrush(backdrop);
    painter->drawRect(QRectF(r.right() - full, r.top(), full, r.height()));
    for (const PriceBar& b : all) {
        painter->setBrush(liqstyle::sideColor(PositionSide::Long, 150));
        if (!b.longRect.isEmpty())
            painter->drawRect(b.longRect);
        painter->setBrush(liqstyle::sideColor(PositionSide::Short, 150));
        if (!b.shortRect.isEmpty())
            painter->drawRect(b.shortRect);
    }
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(theme::kCrosshair);
    painter->drawText(QRectF(r.right() - full, r.bottom() - 18, full - 4, 16),
        Qt::AlignRight | Qt::AlignVCenter, tr("est. liq profile"));
}

} // namespace perp
