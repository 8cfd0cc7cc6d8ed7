// SPDX-License-Identifier: MIT
#include "chartcrosshair.h"

#include "theme.h"

#include <QMouseEvent>
#include <algorithm>
#include <qcustomplot.h>

namespace perp {

namespace {
QCPItemStraightLine* makeLine(QCustomPlot* plot, QCPAxisRect* rect)
{
    auto* line = new QCPItemStraightLine(plot);
    line->setLayer(QStringLiteral("crosshair"));
    line->setClipAxisRect(rect);
    line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    line->setPen(QPen(theme::kCrosshair, 1, Qt::DashLine));
    line->setVisible(false);
    return line;
}

QCPItemText* makeTag(QCustomPlot* plot, QCPAxisRect* rect)
{
    auto* tag = new QCPItemText(plot);
    tag->setLayer(QStringLiteral("crosshair"));
    tag->setClipToAxisRect(false);
    tag->position->setAxisRect(rect);
    tag->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    tag->setPadding(QMargins(6, 2, 6, 2));
    tag->setBrush(QColor(0x36, 0x3a, 0x45));
    tag->setColor(Qt::white);
    tag->setVisible(false);
    return tag;
}
} // namespace

ChartCrosshair::ChartCrosshair(QCustomPlot* plot, QCPAxisRect* priceRect, QCPAxisRect* volumeRect)
    : QObject(plot)
    , m_plot(plot)
    , m_priceRect(priceRect)
    , m_volumeRect(volumeRect)
{
    plot->addLayer(
        QStringLiteral("crosshair"), plot->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_layer = plot->layer(QStringLiteral("crosshair"));
    m_layer->setMode(QCPLayer::lmBuffered);
    m_vPrice = makeLine(plot, priceRect);
    m_vVolume = makeLine(plot, volumeRect);
    m_hPrice = makeLine(plot, priceRect);
    m_hVolume = makeLine(plot, volumeRect);
    m_priceTag = makeTag(plot, priceRect);
    m_priceTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_priceTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_volumeTag = makeTag(plot, volumeRect);
    m_volumeTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_volumeTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_timeTag = makeTag(plot, volumeRect);
    m_timeTag->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_timeTag->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    plot->setMouseTracking(true);
    plot->installEventFilter(this);
}

bool ChartCrosshair::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::MouseMove)
            moveTo(static_cast<QMouseEvent*>(event)->position());
        else if (event->type() == QEvent::Leave)
            hide();
    }
    return QObject::eventFilter(watched, event);
}

void ChartCrosshair::setVisible(bool priceRow, bool volumeRow, bool any)
{
    m_vPrice->setVisible(any);
    m_vVolume->setVisible(any && m_volumeRect->visible());
    m_timeTag->setVisible(any);
    m_hPrice->setVisible(priceRow);
    m_priceTag->setVisible(priceRow);
    m_hVolume->setVisible(volumeRow);
    m_volumeTag->setVisible(volumeRow);
}

void ChartCrosshair::moveTo(const QPointF& pos)
{
    const bool inPrice = m_priceRect->rect().contains(pos.toPoint());
    const bool inVolume = m_volumeRect->visible() && m_volumeRect->rect().contains(pos.toPoint());
    const bool inExtra = std::any_of(m_extra.begin(), m_extra.end(),
        [&](QCPAxisRect* r) { return r->visible() && r->rect().contains(pos.toPoint()); });
    if (!inPrice && !inVolume && !inExtra) {
        hide();
        return;
    }
    QCPAxis* x = m_priceRect->axis(QCPAxis::atBottom);
    double key = x->pixelToCoord(pos.x());
    if (m_format.snapKey)
        key = m_format.snapKey(key);
    m_vPrice->point1->setCoords(key, 0);
    m_vPrice->point2->setCoords(key, 1);
    m_vVolume->point1->setCoords(key, 0);
    m_vVolume->point2->setCoords(key, 1);
    m_timeTag->position->setCoords(key, 1.0);
    m_timeTag->setText(m_format.time ? m_format.time(key) : QString::number(key));
    if (inPrice) {
        const double v = m_priceRect->axis(QCPAxis::atRight)->pixelToCoord(pos.y());
        m_hPrice->point1->setCoords(0, v);
        m_hPrice->point2->setCoords(1, v);
        m_priceTag->position->setCoords(1.0, v);
        m_priceTag->setText(m_format.price ? m_format.price(v) : QString::number(v));
    } else if (inVolume) {
        const double v = m_volumeRect->axis(QCPAxis::atRight)->pixelToCoord(pos.y());
        m_hVolume->point1->setCoords(0, v);
        m_hVolume->point2->setCoords(1, v);
        m_volumeTag->position->setCoords(1.0, v);
        m_volumeTag->setText(m_format.volume ? m_format.volume(v) : QString::number(v));
    }
    setVisible(inPrice, inVolume, true);
    m_layer->replot();
    const bool changed = !m_active || key != m_key;
    m_active = true;
    m_key = key;
    if (changed)
        emit hovered(key);
}

void ChartCrosshair::setTimeRect(QCPAxisRect* rect)
{
    m_timeTag->position->setAxisRect(rect);
    m_timeTag->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
}

void ChartCrosshair::hide()
{
    if (!m_active)
        return;
    m_active = false;
    setVisible(false, false, false);
    m_layer->replot();
    emit left();
}

} // namespace perp
