// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <functional>

class QCustomPlot;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;

namespace perp {

// Crosshair over the price and volume panes: a vertical line through both (snapped to
// the candle under the mouse), a horizontal line in the pane under the mouse, a value
// tag on its right axis and a time tag on the time axis. Drawn on its own buffered layer
// so moving it repaints nothing else.
class ChartCrosshair : public QObject
{
    Q_OBJECT
public:
    struct Formatters
    {
        std::function<double(double)> snapKey; // key under the mouse -> key of its candle
        std::function<QString(double)> time; // key -> time tag text
        std::function<QString(double)> price; // price axis value -> text
        std::function<QString(double)> volume; // volume axis value -> text
    };

    ChartCrosshair(QCustomPlot* plot, QCPAxisRect* priceRect, QCPAxisRect* volumeRect);

    void setFormatters(Formatters f) { m_format = std::move(f); }
    // A further pane on the same time axis: the mouse over it moves the vertical line too.
    void addPane(QCPAxisRect* rect) { m_extra.push_back(rect); }
    // The pane whose bottom edge carries the time tag (the lowest visible one).
    void setTimeRect(QCPAxisRect* rect);
    bool isActive() const { return m_active; }
    double key() const { return m_key; }

signals:
    void hovered(double key);
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveTo(const QPointF& pos);
    void hide();
    void setVisible(bool priceRow, bool volumeRow, bool any);

    QCustomPlot* m_plot;
    QCPAxisRect* m_priceRect;
    QCPAxisRect* m_volumeRect;
    QCPLayer* m_layer;
    QCPItemStraightLine* m_vPrice;
    QCPItemStraightLine* m_vVolume;
    QCPItemStraightLine* m_hPrice;
    QCPItemStraightLine* m_hVolume;
    QCPItemText* m_priceTag;
    QCPItemText* m_volumeTag;
    QCPItemText* m_timeTag;
    QList<QCPAxisRect*> m_extra;
    Formatters m_format;
    bool m_active = false;
    double m_key = 0;
};

} // namespace perp
