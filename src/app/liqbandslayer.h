// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/liq/clusterfinder.h"
#include "liqlayer.h"

#include <QPointer>
#include <QWidget>

namespace perp {

// The largest ESTIMATED liquidation bands as labelled translucent rectangles across the
// right part of the price pane (amber: longs liquidated below price, blue: shorts above).
// Soft fill, no outline: the style of estimates. The nearest band above and below the
// visible prices get a chip at the top / bottom edge.
class LiqBandsLayer : public LiqLayer
{
    Q_OBJECT
public:
    static constexpr double kStartFraction = 0.45; // bands start at this share of the width
    LiqBandsLayer(QCustomPlot* plot, QCPAxisRect* rect);

    void setBands(std::vector<liq::LiqBand> bands, SymbolId symbol);
    void setMaxBands(std::size_t n) { m_maxBands = n; }
    // A widget on top of the plot (the legend) that labels and edge chips keep clear of: the
    // edge chip moves below it, a band label under it is left out (hover still explains the band).
    void setAvoid(QWidget* widget) { m_avoid = widget; }
    // The bands drawn (at most maxBands, largest first).
    const std::vector<liq::LiqBand>& bands() const { return m_bands; }
    // Pixel rectangle of a band in the current view.
    QRectF bandRect(const liq::LiqBand& band) const;
    const liq::LiqBand* bandAt(const QPointF& pos) const;
    // Chips at the top / bottom edge for the nearest band beyond the visible prices.
    struct Marker
    {
        liq::LiqBand band;
        QString text; // "▲ est. short liq ..."
        QRectF rect;
    };
    std::vector<Marker> offscreenMarkers() const;
    QString toolTipAt(const QPointF& pos) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    QFont labelFont() const;
    QRectF avoided() const; // the avoided widget's rectangle, empty when hidden

    std::vector<liq::LiqBand> m_bands;
    SymbolId m_symbol = 0;
    std::size_t m_maxBands = 5;
    QPointer<QWidget> m_avoid;
};

} // namespace perp
