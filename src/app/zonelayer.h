// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/zones/zone.h"
#include "liqlayer.h"

#include <vector>

namespace perp {

// Support/resistance zones as outlined translucent bands across the whole price pane,
// behind the candles: green support, red resistance; a trap is hatched with a dashed
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

protected:
    void draw(QCPPainter* painter) override;

private:
    QFont labelFont() const;

    std::vector<zones::Zone> m_zones;
    SymbolId m_symbol = 0;
    int m_drawn = 0;
};

} // namespace perp
