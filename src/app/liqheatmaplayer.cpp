// SPDX-License-Identifier: MIT
#include "liqheatmaplayer.h"

#include "displayformat.h"
#include "liqstyle.h"
#include "theme.h"

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
    const Geometry g {r, keyAxis()->range().lower, keyAxis()->range().upper, valueAxis()->range().lower,
        valueAxis()->range().upper};
    const bool light = theme::current() == theme::Kind::Light;
    const bool geometryChanged = !(g == m_geometry) || m_image.isNull() || !m_rendered || light != m_light
        || m_rendered->grid.step != m_snap->grid.step
        || m_rendered->heatmapInterval != m_snap->heatmapInterval;
    if (geometryChanged || m_rendered != m_snap) {
        m_light = light;
        render(r, geometryChanged);
        m_geometry = g;
        m_rendered = m_snap;
    }
    if (m_scaleMax > 0)
        painter->drawImage(r.topLeft(), m_image);
}

void LiqHeatmapLayer::render(const QRect& r, bool geometryChanged)
{
    const int w = r.width(), h = r.height();
    const auto hs = static_cast<std::size_t>(h);
    const liq::LogGrid& grid = m_snap->grid;
    if (geometryChanged) {
        m_b0.assign(hs, 1);
        m_b1.assign(hs, 0);
        for (std::size_t y = 0; y < hs; ++y) {
            const double top = valueAxis()->pixelToCoord(r.top() + static_cast<int>(y));
            const double bottom = valueAxis()->pixelToCoord(r.top() + static_cast<int>(y) + 1);
            const double lo = std::min(top, bottom), hi = std::max(top, bottom);
            if (hi <= 0)
                continue; // stays empty (b0 > b1)
            m_b0[y] = grid.bin(std::max(lo, hi * 1e-6));
            m_b1[y] = std::max(m_b0[y], grid.bin(hi));
        }
        m_buffer.assign(static_cast<std::size_t>(w) * hs, 0.0f);
        m_pixelColumns.assign(static_cast<std::size_t>(w), nullptr);
        m_columnMax.assign(static_cast<std::size_t>(w), 0.0f);
        if (m_image.size() != r.size())
            m_image = QImage(r.size(), QImage::Format_ARGB32_Premultiplied);
    }
    int changedFrom = geometryChanged ? 0 : w, changedTo = geometryChanged ? w : 0;
    for (int x = 0; x < w; ++x) {
        const auto xs = static_cast<std::size_t>(x);
        const int ci = columnAt(keyAxis()->pixelToCoord(r.left() + x + 0.5));
        const liq::HeatColumn* c = ci >= 0 ? m_snap->heatmap[static_cast<std::size_t>(ci)].get() : nullptr;
        if (!geometryChanged && c == m_pixelColumns[xs])
            continue;
        changedFrom = std::min(changedFrom, x);
        changedTo = std::max(changedTo, x + 1);
        m_pixelColumns[xs] = c;
        float* out = m_buffer.data() + xs * hs;
        if (x > 0 && c && c == m_pixelColumns[xs - 1]) {
            std::copy(out - hs, out, out);
            m_columnMax[xs] = m_columnMax[xs - 1];
            continue;
        }
        float maxValue = 0;
        if (c) {
            const int n = static_cast<int>(c->values.size());
            const float* values = c->values.data();
            for (std::size_t y = 0; y < hs; ++y) {
                const int from = std::max(m_b0[y] - c->firstBin, 0);
                const int to = std::min(m_b1[y] - c->firstBin, n - 1);
                float v = 0;
                for (int j = from; j <= to; ++j)
                    v = std::max(v, values[j]);
                out[y] = v;
                maxValue = std::max(maxValue, v);
            }
        } else {
            std::fill(out, out + hs, 0.0f);
        }
        m_columnMax[xs] = maxValue;
    }
    const double scale = *std::max_element(m_columnMax.begin(), m_columnMax.end());
    if (scale != m_scaleMax) {
        m_scaleMax = scale;
        colour(0, w); // a new full scale recolours everything
    } else if (changedFrom < changedTo) {
        colour(changedFrom, changedTo);
    }
}

void LiqHeatmapLayer::colour(int x0, int x1)
{
    // Colour by a power of the share of the brightest value in view (square root on dark, so
    // mid-sized clusters stay visible next to the largest one; steeper on light, where a
    // wash of faint levels would grey the white chart): a 4096-step table of the share.
    const auto makeTable = [](bool light) {
        std::array<unsigned int, 4096> t {};
        const auto& lut = liqstyle::heatLut(light);
        const double curve = liqstyle::heatCurve(light);
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = lut[std::min<std::size_t>(
                255, static_cast<std::size_t>(std::pow(i / 4095.0, curve) * 255.0))];
        return t;
    };
    static const std::array<unsigned int, 4096> darkTable = makeTable(false);
    static const std::array<unsigned int, 4096> lightTable = makeTable(true);
    const auto& table = m_light ? lightTable : darkTable;
    const auto hs = static_cast<std::size_t>(m_image.height());
    const float k = m_scaleMax > 0 ? 4095.0f / static_cast<float>(m_scaleMax) : 0.0f;
    // Transposed into the row-major image in tiles of 32 columns (stays in cache).
    constexpr int kTile = 32;
    for (int t0 = x0; t0 < x1; t0 += kTile) {
        const int t1 = std::min(x1, t0 + kTile);
        for (std::size_t y = 0; y < hs; ++y) {
            auto* line = reinterpret_cast<unsigned int*>(m_image.scanLine(static_cast<int>(y)));
            const float* src = m_buffer.data() + y;
            for (int x = t0; x < t1; ++x)
                line[x] = table[std::min<std::size_t>(
                    4095, static_cast<std::size_t>(src[static_cast<std::size_t>(x) * hs] * k))];
        }
    }
}

} // namespace perp
