// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/liq/realizedliquidations.h"
#include "liqprofilepanel.h"

namespace perp {

// REALIZED (exchange-reported) liquidation notional by price, cumulated over a selectable
// window (1h, 4h, 24h), as outlined horizontal bars along the left edge of the price pane:
// solid outlines with a hatch, never the soft fills of the estimates.
class LiqHistogramLayer : public LiqLayer
{
    Q_OBJECT
public:
    static constexpr double kWidthFraction = 0.12;
    LiqHistogramLayer(QCustomPlot* plot, QCPAxisRect* rect);

    void setProfiles(const std::array<liq::RealizedProfile, 3>& profiles, SymbolId symbol, bool binance);
    void setWindow(liq::RealizedWindow w) { m_window = w; }
    liq::RealizedWindow window() const { return m_window; }
    const liq::RealizedProfile& profile() const;
    std::vector<PriceBar> bars() const;
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    std::array<liq::RealizedProfile, 3> m_profiles;
    liq::RealizedWindow m_window = liq::RealizedWindow::H4;
    SymbolId m_symbol = 0;
    bool m_binance = false;
};

} // namespace perp
