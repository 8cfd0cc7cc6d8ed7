// SPDX-License-Identifier: MIT
// ChartWidget: building the panes, axes and plottables (the look of the chart).
#include "chartwidget.h"

#include "charttickers.h"
#include "theme.h"

#include <qcustomplot.h>

namespace perp {

namespace {

void styleAxis(QCPAxis* axis)
{
    axis->setBasePen(QPen(theme::kBorder));
    axis->setTickPen(Qt::NoPen);
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(theme::kMutedText);
    axis->setLabelColor(theme::kMutedText);
    axis->grid()->setPen(QPen(theme::kGrid, 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
    QFont f = axis->tickLabelFont();
    f.setPointSizeF(9);
    axis->setTickLabelFont(f);
}

} // namespace

void ChartWidget::setupAxes()
{
    auto* grid = m_plot->plotLayout();
    grid->addElement(1, 0, m_volumeRect);
    grid->setRowStretchFactor(0, 4);
    grid->setRowStretchFactor(1, 1);
    grid->setRowSpacing(0);
    m_timeTicker->setTickCount(9);
    for (QCPAxisRect* rect : {m_priceRect, m_volumeRect}) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), nullptr);
        rect->axis(QCPAxis::atLeft)->setVisible(false);
        for (auto type : {QCPAxis::atBottom, QCPAxis::atRight, QCPAxis::atTop})
            styleAxis(rect->axis(type));
        rect->axis(QCPAxis::atRight)->setVisible(true);
        rect->axis(QCPAxis::atBottom)->setTicker(m_timeTicker);
        rect->axis(QCPAxis::atTop)->setVisible(false);
    }
    // Fixed side margins (see updateRightMargin) keep both panes aligned and leave room for
    // the last-price tag; only the time labels below the volume pane size themselves.
    m_priceRect->setAutoMargins(QCP::msNone);
    m_volumeRect->setAutoMargins(QCP::msBottom);
    updateRightMargin();
    QCPAxis* priceX = m_priceRect->axis(QCPAxis::atBottom);
    priceX->setTickLabels(false);
    priceX->setBasePen(Qt::NoPen);
    QCPAxis* volumeTop = m_volumeRect->axis(QCPAxis::atTop);
    volumeTop->setVisible(true);
    volumeTop->setTickLabels(false);
    volumeTop->grid()->setVisible(false);
    QCPAxis* price = m_priceRect->axis(QCPAxis::atRight);
    m_priceTicker = QSharedPointer<StepTicker>::create(false);
    m_priceTicker->setTickCount(8);
    price->setTicker(m_priceTicker);
    QCPAxis* volume = m_volumeRect->axis(QCPAxis::atRight);
    volume->setTicker(QSharedPointer<StepTicker>::create(true, 3));
    volume->ticker()->setTickCount(3);
    volume->grid()->setVisible(false);
    // Same right margin in both panes even when labels differ in width.
    price->setPadding(8);
    volume->setPadding(8);
    m_priceRect->setMinimumSize(100, 200);
}

void ChartWidget::setupPlottables()
{
    QCPAxis* x = m_priceRect->axis(QCPAxis::atBottom);
    m_candles = new QCPFinancial(x, m_priceRect->axis(QCPAxis::atRight));
    m_candles->setChartStyle(QCPFinancial::csCandlestick);
    m_candles->setTwoColored(true);
    m_candles->setBrushPositive(theme::kUp);
    m_candles->setBrushNegative(theme::kDown);
    m_candles->setPenPositive(QPen(theme::kUp));
    m_candles->setPenNegative(QPen(theme::kDown));
    m_candles->setAntialiased(false);
    QCPAxis* vx = m_volumeRect->axis(QCPAxis::atBottom);
    QCPAxis* vy = m_volumeRect->axis(QCPAxis::atRight);
    m_sellBars = new QCPBars(vx, vy);
    m_buyBars = new QCPBars(vx, vy);
    m_buyBars->moveAbove(m_sellBars);
    QColor up = theme::kUp, down = theme::kDown;
    up.setAlpha(170);
    down.setAlpha(170);
    m_buyBars->setBrush(up);
    m_sellBars->setBrush(down);
    m_buyBars->setPen(Qt::NoPen);
    m_sellBars->setPen(Qt::NoPen);
    m_buyBars->setAntialiased(false);
    m_sellBars->setAntialiased(false);
    // Faint watermark behind the candles: symbol, timeframe and, for the simulator, a
    // reminder that these are not real prices.
    m_watermark = new QCPItemText(m_plot);
    m_watermark->setLayer(QStringLiteral("background"));
    m_watermark->setClipAxisRect(m_priceRect);
    m_watermark->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_watermark->position->setAxisRect(m_priceRect);
    m_watermark->position->setCoords(0.5, 0.5);
    m_watermark->setPositionAlignment(Qt::AlignCenter);
    m_watermark->setTextAlignment(Qt::AlignCenter);
    QFont wm = m_watermark->font();
    wm.setPointSize(44);
    wm.setBold(true);
    m_watermark->setFont(wm);
    m_watermark->setColor(QColor(255, 255, 255, 14));
    m_volumeLabel = new QCPItemText(m_plot);
    m_volumeLabel->setClipAxisRect(m_volumeRect);
    m_volumeLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_volumeLabel->position->setAxisRect(m_volumeRect);
    m_volumeLabel->position->setCoords(0.0, 0.0);
    m_volumeLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_volumeLabel->setPadding(QMargins(6, 4, 6, 2));
    m_volumeLabel->setColor(theme::kMutedText);
}

} // namespace perp
