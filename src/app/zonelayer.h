// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/zones/zone.h"
#include "liqlayer.h"

#include <vector>

namespace perp {

class ZoneLabelLayer;

// Support/resistance zones as outlined translucent bands across the whole price pane,
// behind the candles (labels above them): green support, red resistance; a trap is hatched with a dashed
// outline, a broken zone faded with a dotted one. Each zone has a label chip at the left
// (kind, state, strength) and a tooltip. Distinct from the liquidation bands (soft fill,
// amber/blue, right part of the pane).
class ZoneLayer : public LiqLayer
{
    Q_OBJECT
public:
    static constexpr double kLabelFraction = 0.14; // label chips start here, clear of the left-edge bars
    ZoneLayer(QCustomPlot* plot, QCPAxisRect* rect);

    void setZones(std::vector<zones::Zone> zones, SymbolId symbol);
    const std::vector<zones::Zone>& zones() const { return m_zones; }
    // Pixel rectangle of a zone in the current view.
    QRectF zoneRect(const zones::Zone& zone) const;
    const zones::Zone* zoneAt(const QPointF& pos) const;
    QString toolTipAt(const QPointF& pos) const override;
    // Zones drawn in the last frame (inside the visible prices).
    int drawnCount() const { return m_drawn; }
    // Label chip of a zone, and the zones that get one (strongest first; a label that would
    // cover a stronger zone's is left out). The chips are drawn above the candles.
    QRectF labelRect(const zones::Zone& zone) const;
    std::vector<const zones::Zone*> labelled() const;
    void drawLabels(QCPPainter* painter) const;

protected:
    void draw(QCPPainter* painter) override;

private:
    QFont labelFont() const;
    static Qt::PenStyle outlineStyle(zones::ZoneState state);

    ZoneLabelLayer* m_labels;
    std::vector<zones::Zone> m_zones;
    SymbolId m_symbol = 0;
    int m_drawn = 0;
};

// The label chips of a ZoneLayer, on the layer above the candles (shown with it).
class ZoneLabelLayer : public LiqLayer
{
    Q_OBJECT
public:
    explicit ZoneLabelLayer(ZoneLayer* zones);

protected:
    void draw(QCPPainter* painter) override;

private:
    ZoneLayer* m_zones;
};

} // namespace perp
