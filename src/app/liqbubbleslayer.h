// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/liq/realizedliquidations.h"
#include "liqlayer.h"

#include <QPixmap>
#include <map>

namespace perp {

// One drawn circle: the realized liquidations of one side that fall into the same 10 px
// cell of the view (one liquidation when zoomed in), centred at their notional-weighted
// position.
struct BubbleMark
{
    QPointF centre;
    double radius = 0;
    double notional = 0;
    PositionSide side = PositionSide::Long;
    int count = 0;
    std::size_t first = 0; // index of the first merged liquidation
    TimeMs from = 0, to = 0;
    double low = 0, high = 0; // price range
};

// REALIZED liquidations as hollow circles with a solid outline at (time, price), area
// proportional to notional, amber for liquidated longs and blue for liquidated shorts.
// Liquidations closer than a cell are merged, so a frame draws at most one circle per cell.
class LiqBubblesLayer : public LiqLayer
{
    Q_OBJECT
public:
    LiqBubblesLayer(QCustomPlot* plot, QCPAxisRect* rect);

    void setBubbles(std::vector<liq::RealizedLiq> bubbles, SymbolId symbol);
    const std::vector<liq::RealizedLiq>& bubbles() const { return m_bubbles; }
    bool hasBinance() const { return m_binance; }
    static constexpr double kCell = 10;
    // Pixel centre of a liquidation in the current view.
    QPointF centre(const liq::RealizedLiq& l) const;
    // The circles of the current view (radius 3 px for none, 18 px for the largest).
    std::vector<BubbleMark> marks() const;
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    const QPixmap& sprite(PositionSide side, int halfPixels) const;

    std::vector<liq::RealizedLiq> m_bubbles;
    mutable std::map<int, QPixmap> m_sprites;
    SymbolId m_symbol = 0;
    bool m_binance = false;
};

} // namespace perp
