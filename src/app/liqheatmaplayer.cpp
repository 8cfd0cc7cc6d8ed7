// SPDX-License-Identifier: MIT
#include "liqheatmaplayer.h"

#include "displayformat.h"
#include "liqstyle.h"

#include <algorithm>
#include <cmath>

namespace perp {

LiqHeatmapLayer::LiqHeatmapLayer(QCustomPlot* plot, QCPAxisRect* rect)
    : LiqLayer(plot, rect, QStringLiteral("liqHeat"))
{
    setAntialiased(false);
}

void LiqHeatmapLayer::setSnapshot(liq::LiqSnapshotPtr snapshot)
{
    m_snap = std::move(snapshot);
}

int LiqHeatmapLayer::columnAt(double key) const
{
    if (!m_snap || m_snap->heatmap.empty())
        return -1;
    const auto t = static_cast<TimeMs>(std::floor(key * 1000.0));
    const auto& cols = m_snap->heatmap;
    auto it = std::upper_bound(
        cols.begin(), cols.end(), t, [](TimeMs v, const liq::HeatColumnPtr& c) { return v < c->time; });
    if (it == cols.begin())
        return -1;
    --it;
    if (t >= (*it)->time + m_snap->heatmapInterval)
        return -1;
    return static_cast<int>(it - cols.begin());
}

double LiqHeatmapLayer::valueAt(double key, double price) const
{
    const int i = columnAt(key);
    if (i < 0 || price <= 0)
        return 0;
    const liq::HeatColumn& c = *m_snap->heatmap[static_cast<std::size_t>(i)];
    const int j = m_snap->grid.bin(price) - c.firstBin;
    return j >= 0 && j < static_cast<int>(c.values.size()) ? c.values[static_cast<std::size_t>(j)] : 0.0;
}

QString LiqHeatmapLayer::toolTipAt(const QPointF& pos) const
{
    if (!visible() || !axisRect()->rect().contains(pos.toPoint()))
        return {};
    const double key = keyAxis()->pixelToCoord(pos.x());
    const double price = valueAxis()->pixelToCoord(pos.y());
    const double v = valueAt(key, price);
    if (v <= 0 || m_scaleMax <= 0 || v < 0.05 * m_scaleMax)
        return {};
    const int bin = m_snap->grid.bin(price);
    const SymbolId s = m_snap->symbol;
    return tr("Estimated liquidation heatmap\n%1 of open positions estimated to be liquidated at %2 – %3\n"
              "(brightest colour in view = %4). An ESTIMATE, not exchange data.")
        .arg(liqstyle::money(v), formatPrice(m_snap->grid.lower(bin), s),
            formatPrice(m_snap->grid.upper(bin), s), liqstyle::money(m_scaleMax));
}

void LiqHeatmapLayer::draw(QCPPainter* painter)
{
    if (!m_snap || m_snap->heatmap.empty())
        return;
    const QRect r = axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const CacheKey key {m_snap.get(), r, keyAxis()->range().lower, keyAxis()->range().upper,
        valueAxis()->range().lower, valueAxis()->range().upper};
    if (!(key == m_cache) || m_image.isNull()) {
        render(r);
        m_cache = key;
    }
    if (m_scaleMax > 0)
        painter->drawImage(r.topLeft(), m_image);
}

void LiqHeatmapLayer::render(const QRect& r)
{
    const int w = r.width(), h = r.height();
    const liq::LogGrid& grid = m_snap->grid;
    std::vector<int> b0(static_cast<std::size_t>(h)), b1(static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        const double top = valueAxis()->pixelToCoord(r.top() + y);
        const double bottom = valueAxis()->pixelToCoord(r.top() + y + 1);
        const double lo = std::min(top, bottom), hi = std::max(top, bottom);
        if (hi <= 0) {
            b0[static_cast<std::size_t>(y)] = 1;
            b1[static_cast<std::size_t>(y)] = 0;
            continue;
        }
        b0[static_cast<std::size_t>(y)] = grid.bin(std::max(lo, hi * 1e-6));
        b1[static_cast<std::size_t>(y)] = std::max(b0[static_cast<std::size_t>(y)], grid.bin(hi));
    }
    m_buffer.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0.0f);
    float maxValue = 0;
    int prev = -2;
    for (int x = 0; x < w; ++x) {
        const int ci = columnAt(keyAxis()->pixelToCoord(r.left() + x + 0.5));
        if (ci < 0) {
            prev = ci;
            continue;
        }
        if (ci == prev) {
            for (int y = 0; y < h; ++y)
                m_buffer[static_cast<std::size_t>(y * w + x)]
                    = m_buffer[static_cast<std::size_t>(y * w + x - 1)];
            continue;
        }
        prev = ci;
        const liq::HeatColumn& c = *m_snap->heatmap[static_cast<std::size_t>(ci)];
        const int n = static_cast<int>(c.values.size());
        for (int y = 0; y < h; ++y) {
            const int from = std::max(b0[static_cast<std::size_t>(y)] - c.firstBin, 0);
            const int to = std::min(b1[static_cast<std::size_t>(y)] - c.firstBin, n - 1);
            float v = 0;
            for (int j = from; j <= to; ++j)
                v = std::max(v, c.values[static_cast<std::size_t>(j)]);
            m_buffer[static_cast<std::size_t>(y * w + x)] = v;
            maxValue = std::max(maxValue, v);
        }
    }
    m_scaleMax = maxValue;
    if (m_image.size() != r.size())
        m_image = QImage(r.size(), QImage::Format_ARGB32_Premultiplied);
    const auto& lut = liqstyle::heatLut();
    const float inv = maxValue > 0 ? 1.0f / maxValue : 0.0f;
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<unsigned int*>(m_image.scanLine(y));
        const float* src = m_buffer.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        for (int x = 0; x < w; ++x) {
            // Square root: mid-sized clusters stay visible next to the largest one.
            const auto i = static_cast<std::size_t>(std::sqrt(src[x] * inv) * 255.0f);
            line[x] = lut[std::min<std::size_t>(i, 255)];
        }
    }
}

} // namespace perp
