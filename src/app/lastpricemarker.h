// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QCustomPlot;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;

namespace perp {

// The last traded price: a dotted line across the price pane and a coloured tag on the
// price axis (green when the live candle is up, red when down).
class LastPriceMarker : public QObject
{
    Q_OBJECT
public:
    LastPriceMarker(QCustomPlot* plot, QCPAxisRect* rect);

    void show(double price, bool up, const QString& text);
    void hide();
    bool isShown() const;
    double price() const { return m_price; }
    // Width in pixels the tag needs next to the plot.
    int tagWidth() const;

private:
    QCPItemStraightLine* m_line;
    QCPItemText* m_tag;
    double m_price = 0;
};

} // namespace perp
