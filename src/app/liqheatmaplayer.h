// SPDX-License-Identifier: MIT
#pragma once

#include "engine/liq/liqstate.h"
#include "liqlayer.h"

#include <QImage>

namespace perp {

// The ESTIMATED liquidation heatmap behind the candles: open estimated liquidation notional
// over time x log-price, coloured with a perceptual ramp whose low end is transparent.
// Only the visible range is rendered, one sample per pixel (the value of a pixel row is the
// largest bin it covers), into an image cached until the view or the data changes; when only
// the newest heat columns change (live updates), only their pixel columns are redone.
class LiqHeatmapLayer : public LiqLayer
{
    Q_OBJECT
public:
    LiqHeatmapLayer(QCustomPlot* plot, QCPAxisRect* rect);

    void setSnapshot(liq::LiqSnapshotPtr snapshot);
    const liq::LiqSnapshotPtr& snapshot() const { return m_snap; }
    // Index of the column covering a key (seconds), or -1.
    int columnAt(double key) const;
    // Estimated notional of the bin holding price in the column at key (0 if none).
    double valueAt(double key, double price) const;
    // The image of the last frame (size of the price pane) and its full-scale notional.
    const QImage& image() const { return m_image; }
    double scaleMax() const { return m_scaleMax; }
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    void render(const QRect& r, bool geometryChanged);
    void colour(int x0, int x1);

    liq::LiqSnapshotPtr m_snap;
    // The snapshot the image was rendered from: kept alive so that a pixel column whose
    // heat column pointer is unchanged can be reused (the pointer cannot be recycled).
    liq::LiqSnapshotPtr m_rendered;
    QImage m_image;
    double m_scaleMax = 0;
    bool m_light = false; // coloured with the light theme's ramp
    struct Geometry
    {
        QRect rect;
        double k0 = 0, k1 = 0, v0 = 0, v1 = 0;
        bool operator==(const Geometry&) const = default;
    } m_geometry;
    std::vector<float> m_buffer; // column-major: one pixel column after the other
    std::vector<const liq::HeatColumn*> m_pixelColumns; // heat column of each pixel column
    std::vector<float> m_columnMax;
    std::vector<int> m_b0, m_b1; // grid bins covered by each pixel row
};

} // namespace perp
