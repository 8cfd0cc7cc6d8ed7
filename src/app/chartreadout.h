// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/symbols.h"

#include <QLabel>

namespace perp {

// The OHLCV line in the top-left corner of the chart: symbol, timeframe and the candle
// under the crosshair (or the live candle when the mouse is elsewhere).
class ChartReadout : public QLabel
{
    Q_OBJECT
public:
    explicit ChartReadout(QWidget* parent = nullptr);

    void setHeader(SymbolId symbol, Timeframe tf, bool simulated);
    // mergedCandles > 1 when the chart is zoomed out and one bar stands for several candles.
    void showCandle(const Candle& c, int mergedCandles);
    void showEmpty();

private:
    QString header() const;

    SymbolId m_symbol = 0;
    Timeframe m_timeframe = Timeframe::M1;
    bool m_simulated = false;
};

} // namespace perp
