// SPDX-License-Identifier: MIT
// Every text of the chart, set again on a language switch.
#include "chartactions.h"
#include "chartpanes.h"
#include "chartreadout.h"
#include "chartwidget.h"
#include "liqchartlayers.h"

#include <QEvent>
#include <QToolButton>
#include <qcustomplot.h>

namespace perp {

void ChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void ChartWidget::retranslate()
{
    m_candles->setName(tr("Candles"));
    m_sellBars->setName(tr("Taker sell volume"));
    m_buyBars->setName(tr("Taker buy volume"));
    m_volumeLabel->setText(tr("Volume · taker buy / sell"));
    m_readout->setToolTip(
        tr("Readout of the candle under the crosshair, or of the live candle when the mouse is elsewhere.\n"
           "Time: candle open, UTC. O H L C: open, high, low, close price in USDT; the percentage is close "
           "against open.\nVol: traded volume in base units. Taker buy / sell: volume where the aggressor "
           "bought / sold (buy % is the taker-buy share). Trades: number of trades.\n"
           "Volume pane: taker buy (green) stacked on taker sell (red).\n"
           "Wheel: zoom the time axis. Drag: pan. Double-click or End: back to the live candle. The price "
           "axis fits the visible candles. Zoomed far out, neighbouring candles are merged into one bar "
           "with their exact combined open, high, low and close."));
    m_latestButton->setText(tr("Live »"));
    m_latestButton->setToolTip(tr("Back to the live candle and follow it (End, or double-click the chart)"));
    m_actions->retranslate();
    m_panes->retranslate();
    m_liq->retranslate();
    updateWatermark();
    updateReadout();
}

void ChartWidget::updateWatermark()
{
    m_watermark->setText(QStringLiteral("%1 · %2%3")
                             .arg(QString::fromStdString(symbolName(m_symbol)),
                                 QString::fromLatin1(timeframeName(m_timeframe)),
                                 m_simulated ? tr("\nSIMULATED DATA") : QString()));
}

} // namespace perp
