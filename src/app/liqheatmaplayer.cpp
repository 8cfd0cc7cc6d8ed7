// SPDX-License-Identifier: MIT
#include "liqheatmaplayer.h"

#include "displayformat.h"
#include "liqstyle.h"

#include <algorithm>
#include <array>
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
    // Column-major buffer: each pixel column is one heat column sampled per pixel row.
    const auto hs = static_cast<std::size_t>(h);
    m_buffer.assign(static_cast<std::size_t>(w) * hs, 0.0f);
    float maxValue = 0;
    int prev = -2;
    for (int x = 0; x < w; ++x) {
        float* out = m_buffer.data() + static_cast<std::size_t>(x) * hs;
        const int ci = columnAt(keyAxis()->pixelToCoord(r.left() + x + 0.5));
        if (ci >= 0 && ci == prev) {
            std::copy(out - hs, out, out);
            continue;
        }
        prev = ci;
        if (ci < 0)
            continue;
        const liq::HeatColumn& c = *m_snap->heatmap[static_cast<std::size_t>(ci)];
        const int n = static_cast<int>(c.values.size());
        const float* values = c.values.data();
        for (std::size_t y = 0; y < hs; ++y) {
            const int from = std::max(b0[y] - c.firstBin, 0);
            const int to = std::min(b1[y] - c.firstBin, n - 1);
            float v = 0;
            for (int j = from; j <= to; ++j)
                v = std::max(v, values[j]);
            out[y] = v;
            maxValue = std::max(maxValue, v);
        }
    }
    m_scaleMax = maxValue;
    if (m_image.size() != r.size())
        m_image = QImage(r.size(), QImage::Format_ARGB32_Premultiplied);
    // Colour by the square root of the share of the brightest value in view, so mid-sized
    // clusters stay visible next to the largest one: a 4096-step table of the linear share.
    static const std::array<unsigned int, 4096> table = [] {
        std::array<unsigned int, 4096> t {};
        const auto& lut = liqstyle::heatLut();
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = lut[std::min<std::size_t>(255, static_cast<std::size_t>(std::sqrt(i / 4095.0) * 255.0))];
        return t;
    }();
    const float k = maxValue > 0 ? 4095.0f / maxValue : 0.0f;
    // Transposed into the row-major image in tiles of 32 columns (stays in cache).
    constexpr int kTile = 32;
    for (int x0 = 0; x0 < w; x0 += kTile) {
        const int x1 = std::min(w, x0 + kTile);
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<unsigned int*>(m_image.scanLine(y));
            const float* src = m_buffer.data() + static_cast<std::size_t>(y);
            for (int x = x0; x < x1; ++x)
                line[x] = table[static_cast<std::size_t>(src[static_cast<std::size_t>(x) * hs] * k)];
        }
    }
}

} // namespace perp
