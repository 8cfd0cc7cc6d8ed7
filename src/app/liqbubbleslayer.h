// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/liq/realizedliquidations.h"
#include "liqlayer.h"

namespace perp {

// REALIZED liquidations as hollow circles with a solid outline at (time, price), area
// proportional to notional, amber for liquidated longs and blue for liquidated shorts.
class LiqBubblesLayer : public LiqLayer
{
    Q_OBJECT
public:
    LiqBubblesLayer(QCustomPlot* plot, QCPAxisRect* rect);

    void setBubbles(std::vector<liq::RealizedLiq> bubbles, SymbolId symbol);
    const std::vector<liq::RealizedLiq>& bubbles() const { return m_bubbles; }
    bool hasBinance() const { return m_binance; }
    // Pixel centre and radius of a bubble in the current view.
    QPointF centre(const liq::RealizedLiq& l) const;
    double radius(const liq::RealizedLiq& l) const;
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    std::vector<liq::RealizedLiq> m_bubbles;
    SymbolId m_symbol = 0;
    double m_maxNotional = 0;
    bool m_binance = false;
};

} // namespace perp
