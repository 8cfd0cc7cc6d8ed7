// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/liq/liqprofile.h"
#include "liqlayer.h"

namespace perp {

// One price level of a horizontal bar profile and its pixel bars in the current view.
struct PriceBar
{
    double low = 0, high = 0; // price range
    double longs = 0, shorts = 0; // notional (quote)
    QRectF longRect, shortRect; // empty when the side is 0
};

// The ESTIMATED liquidation profile as horizontal bars along the right edge of the price
// pane, on the chart's own price axis: amber longs (below price) and blue shorts (above),
// soft fills without outline like every estimate.
class LiqProfilePanel : public LiqLayer
{
    Q_OBJECT
public:
    static constexpr double kWidthFraction = 0.14;
    LiqProfilePanel(QCustomPlot* plot, QCPAxisRect* rect);

    void setProfile(liq::LiqProfile profile, SymbolId symbol);
    const liq::LiqProfile& profile() const { return m_profile; }
    // Bars of the non-empty levels inside the visible price range.
    std::vector<PriceBar> bars() const;
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    liq::LiqProfile m_profile;
    SymbolId m_symbol = 0;
};

} // namespace perp
