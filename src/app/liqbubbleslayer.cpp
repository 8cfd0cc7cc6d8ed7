// SPDX-License-Identifier: MIT
#include "liqbubbleslayer.h"

#include "displayformat.h"
#include "liqstyle.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

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
    m_binance = std::any_of(m_bubbles.begin(), m_bubbles.end(),
        [](const liq::RealizedLiq& b) { return b.venue == Venue::Binance; });
}

QPointF LiqBubblesLayer::centre(const liq::RealizedLiq& l) const
{
    return {
        keyAxis()->coordToPixel(static_cast<double>(l.time) / 1000.0), valueAxis()->coordToPixel(l.price)};
}

std::vector<BubbleMark> LiqBubblesLayer::marks() const
{
    std::vector<BubbleMark> out;
    const QRectF clip = QRectF(axisRect()->rect()).adjusted(-20, -20, 20, 20);
    std::unordered_map<std::uint64_t, std::size_t> cells;
    for (std::size_t i = 0; i < m_bubbles.size(); ++i) {
        const liq::RealizedLiq& b = m_bubbles[i];
        const QPointF c = centre(b);
        if (!clip.contains(c) || b.notional <= 0)
            continue;
        const auto cx = static_cast<std::uint64_t>(static_cast<std::uint32_t>(std::floor(c.x() / kCell)));
        const auto cy = static_cast<std::uint64_t>(static_cast<std::uint32_t>(std::floor(c.y() / kCell)));
        const std::uint64_t key = (cx << 33) | (cy << 1) | (b.side == PositionSide::Long ? 1u : 0u);
        auto [it, added] = cells.try_emplace(key, out.size());
        if (added) {
            out.push_back({c * b.notional, 0, b.notional, b.side, 1, i, b.time, b.time, b.price, b.price});
            continue;
        }
        BubbleMark& m = out[it->second];
        m.centre += c * b.notional;
        m.notional += b.notional;
        ++m.count;
        m.to = b.time;
        m.low = std::min(m.low, b.price);
        m.high = std::max(m.high, b.price);
    }
    double maxNotional = 0;
    for (BubbleMark& m : out) {
        m.centre /= m.notional;
        maxNotional = std::max(maxNotional, m.notional);
    }
    // Area proportional to notional: 3 px up to 18 px for the largest circle in view.
    for (BubbleMark& m : out)
        m.radius = 3.0 + 15.0 * std::sqrt(m.notional / maxNotional);
    return out;
}

QString LiqBubblesLayer::toolTipAt(const QPointF& pos) const
{
    if (!visible())
        return {};
    const auto all = marks();
    const BubbleMark* best = nullptr;
    double bestDist = 0;
    for (const BubbleMark& m : all) {
        const QPointF d = m.centre - pos;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= m.radius + 2 && (!best || dist < bestDist)) {
            best = &m;
            bestDist = dist;
        }
    }
    if (!best)
        return {};
    if (best->count == 1)
        return liqstyle::bubbleToolTip(m_bubbles[best->first], m_symbol);
    QString text
        = tr("%1 realized %2 liquidations merged at this zoom (exchange-reported)\n"
             "Total notional: %3\nPrice: %4 – %5\nTime: %6 – %7 UTC")
              .arg(best->count)
              .arg(best->side == PositionSide::Long ? tr("long") : tr("short"),
                  liqstyle::money(best->notional), formatPrice(best->low, m_symbol),
                  formatPrice(best->high, m_symbol), formatUtc(best->from, true), formatUtc(best->to, true));
    if (m_binance)
        text += QLatin1Char('\n') + liqstyle::binanceSamplingNote();
    return text;
}

const QPixmap& LiqBubblesLayer::sprite(PositionSide side, int halfPixels) const
{
    // A ring drawn once per side and radius (in half pixels) and blitted: stroking hundreds
    // of antialiased ellipses per frame costs far more.
    const int key = halfPixels * 2 + (side == PositionSide::Long ? 1 : 0);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it->second;
    const double rad = halfPixels / 2.0;
    const int size = static_cast<int>(std::ceil(2 * rad + 6));
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    const QPointF c(size / 2.0, size / 2.0);
    // A dark halo keeps the ring readable over candles and the heatmap.
    p.setPen(QPen(QColor(10, 12, 18, 190), 3.2));
    p.drawEllipse(c, rad, rad);
    p.setPen(QPen(liqstyle::sideColor(side), 1.6));
    p.drawEllipse(c, rad, rad);
    p.end();
    return m_sprites.emplace(key, pm).first->second;
}

void LiqBubblesLayer::draw(QCPPainter* painter)
{
    for (const BubbleMark& m : marks()) {
        const QPixmap& pm = sprite(m.side, static_cast<int>(std::lround(m.radius * 2)));
        painter->drawPixmap(QPointF(m.centre.x() - pm.width() / 2.0, m.centre.y() - pm.height() / 2.0), pm);
    }
}

} // namespace perp
