// SPDX-License-Identifier: MIT
#include "chartwidget.h"

#include "candledecimator.h"
#include "chartactions.h"
#include "chartcrosshair.h"
#include "chartdrawings.h"
#include "chartpanes.h"
#include "chartreadout.h"
#include "charttickers.h"
#include "displayformat.h"
#include "lastpricemarker.h"
#include "liqchartlayers.h"
#include "signalmarkers.h"
#include "theme.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace perp {

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_priceRect(m_plot->axisRect())
    , m_volumeRect(new QCPAxisRect(m_plot))
    , m_timeTicker(new TimeTicker)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setBackground(theme::kBackground);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag);
    setupAxes();
    setupPlottables();
    m_crosshair = new ChartCrosshair(m_plot, m_priceRect, m_volumeRect);
    m_crosshair->setFormatters({
        [this](double key) {
            const Candle* c = barAt(key);
            return c ? barKey(*c) : key;
        },
        [this](double key) {
            const Candle* c = barAt(key);
            const TimeMs t = c ? c->openTime : static_cast<TimeMs>(key * 1000.0);
            return formatUtc(t);
        },
        [this](double v) { return formatPrice(v, m_symbol); },
        [](double v) { return formatCompact(v); },
    });
    connect(m_crosshair, &ChartCrosshair::hovered, this, &ChartWidget::updateReadout);
    connect(m_crosshair, &ChartCrosshair::left, this, &ChartWidget::updateReadout);
    m_panes = new ChartPanes(m_plot, m_priceRect, m_volumeRect, m_crosshair);
    m_drawings = new ChartDrawings(m_plot, m_priceRect);
    m_actions = new ChartActions(this);
    layout->insertWidget(0, m_actions->toolBar());
    m_lastPrice = new LastPriceMarker(m_plot, m_priceRect);
    m_liq = new LiqChartLayers(m_plot, m_priceRect);
    m_signalMarkers = new SignalMarkers(m_plot, m_priceRect, [this](TimeMs t) -> std::optional<MarkerBar> {
        const Candle* c = barAt(static_cast<double>(t) / 1000.0);
        if (!c)
            return std::nullopt;
        return MarkerBar {barKey(*c), c->low.toDouble(), c->high.toDouble()};
    });
    m_actions->toolBar()->insertAction(m_actions->zoomOut(), m_signalMarkers->toggleAction());
    addAction(m_signalMarkers->toggleAction()); // its shortcut works while the chart has focus
    m_readout = new ChartReadout(m_plot);
    m_readout->raise();
    m_latestButton = new QToolButton(m_plot);
    m_latestButton->setObjectName(QStringLiteral("latestButton"));
    m_latestButton->setCursor(Qt::PointingHandCursor);
    m_latestButton->setStyleSheet(
        QStringLiteral("QToolButton { background: #2a2e39; color: #d1d4dc; border: 1px "
                       "solid #3a3f4f; border-radius: 3px; padding: 3px 10px; }"
                       "QToolButton:hover { background: #2962ff; color: white; }"));
    m_latestButton->hide();
    connect(m_latestButton, &QToolButton::clicked, this, &ChartWidget::goToLatest);
    connect(m_plot, &QCustomPlot::afterReplot, this, &ChartWidget::placeLatestButton);
    connect(m_plot, &QCustomPlot::afterReplot, this, &ChartWidget::keepLegendClear);

    connect(m_priceRect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
        &ChartWidget::onRangeChanged);
    connect(m_volumeRect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
        &ChartWidget::onRangeChanged);
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* e) {
        const double steps = e->angleDelta().y() / 120.0;
        if (steps == 0)
            return;
        const double anchor = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(e->position().x());
        zoomAround(std::pow(0.85, steps), anchor);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton) {
            m_dragging = true;
            m_viewport.setFollowing(false);
        }
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent*) {
        if (!m_dragging)
            return;
        m_dragging = false;
        const QCPRange r = m_priceRect->axis(QCPAxis::atBottom)->range();
        m_viewport.userMoved({r.lower, r.upper});
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { goToLatest(); });
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(640, 400);
    retranslate();
    setView(m_symbol, m_timeframe, false);
}

void ChartWidget::setView(SymbolId symbol, Timeframe tf, bool simulated)
{
    m_symbol = symbol;
    m_timeframe = tf;
    m_simulated = simulated;
    m_snapshot.reset();
    m_bars.clear();
    m_viewport.setTimeframe(timeframeMs(tf));
    m_viewport.reset();
    m_priceTicker->setMaxDecimals(priceDecimals(symbol));
    m_candles->data()->clear();
    m_buyBars->data()->clear();
    m_sellBars->data()->clear();
    m_panes->clear();
    m_drawings->setSymbol(symbol, tf);
    m_lastPrice->hide();
    m_readout->setHeader(symbol, tf, simulated);
    updateWatermark();
    m_readout->showEmpty();
    m_liq->setSymbol(symbol);
    m_signalMarkers->setSymbol(symbol);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::showSnapshot(const EngineSnapshotPtr& snapshot)
{
    if (!snapshot || snapshot->view.symbol != m_symbol || snapshot->view.timeframe != m_timeframe)
        return;
    m_snapshot = snapshot;
    m_liq->showSnapshot(snapshot->liq);
    m_liq->showZones(snapshot->zones);
    m_signalMarkers->showSnapshot(snapshot->signalSnapshot);
    m_panes->showSnapshot(snapshot, m_symbol);
    const auto& c = snapshot->candles;
    if (c.empty())
        return;
    m_viewport.setData(c.front().openTime, c.back().openTime, c.size());
    const QCPRange r = m_priceRect->axis(QCPAxis::atBottom)->range();
    applyRange(
        m_viewport.following() && !m_dragging ? m_viewport.followRange() : KeyRange {r.lower, r.upper});
    rebuildBars();
    updateLastPrice();
    updateReadout();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::span<const Candle> ChartWidget::candles() const
{
    if (!m_snapshot)
        return {};
    return m_snapshot->candles;
}

void ChartWidget::goToLatest()
{
    m_viewport.setFollowing(true);
    applyRange(m_viewport.followRange());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::zoomAround(double factor, double anchorKey)
{
    const QCPRange r = m_priceRect->axis(QCPAxis::atBottom)->range();
    applyRange(m_viewport.zoom({r.lower, r.upper}, factor, anchorKey));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::setVisibleRange(double lower, double upper)
{
    const KeyRange r = m_viewport.clamp({lower, upper});
    m_viewport.userMoved(r);
    applyRange(r);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_End) {
        goToLatest();
        return;
    }
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Minus) {
        const QCPRange r = m_priceRect->axis(QCPAxis::atBottom)->range();
        zoomAround(event->key() == Qt::Key_Plus ? 0.8 : 1.25, r.center());
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChartWidget::setLogScale(bool on)
{
    if (on == isLogScale())
        return;
    m_priceRect->axis(QCPAxis::atRight)->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ChartWidget::isLogScale() const
{
    return m_priceRect->axis(QCPAxis::atRight)->scaleType() == QCPAxis::stLogarithmic;
}

void ChartWidget::placeLatestButton()
{
    const bool show = !m_viewport.following() && !m_dragging && !candles().empty();
    if (show) {
        m_latestButton->adjustSize();
        const QRect r = m_priceRect->rect();
        m_latestButton->move(
            r.right() - m_latestButton->width() - 10, r.bottom() - m_latestButton->height() - 10);
    }
    m_latestButton->setVisible(show);
}

void ChartWidget::keepLegendClear()
{
    // In a narrow chart (e.g. an extra chart pane) the liquidation legend at the top right would
    // run into the readout at the top left: it moves below the readout, with the cascade badge.
    QLabel* legend = m_liq->legend();
    const QRect readout = m_readout->geometry();
    if (!legend->isVisible() || !legend->geometry().intersects(readout))
        return;
    const int shift = readout.bottom() + 4 - legend->y();
    legend->move(legend->x(), legend->y() + shift);
    m_liq->cascadeBadge()->move(m_liq->cascadeBadge()->pos() + QPoint(0, shift));
}

void ChartWidget::applyRange(KeyRange r)
{
    m_settingRange = true;
    m_priceRect->axis(QCPAxis::atBottom)->setRange(r.lower, r.upper);
    m_volumeRect->axis(QCPAxis::atBottom)->setRange(r.lower, r.upper);
    m_settingRange = false;
    onRangeChanged(QCPRange(r.lower, r.upper));
}

void ChartWidget::onRangeChanged(const QCPRange& range)
{
    if (m_settingRange)
        return;
    const KeyRange clamped = m_viewport.clamp({range.lower, range.upper});
    m_settingRange = true;
    m_priceRect->axis(QCPAxis::atBottom)->setRange(clamped.lower, clamped.upper);
    m_volumeRect->axis(QCPAxis::atBottom)->setRange(clamped.lower, clamped.upper);
    m_settingRange = false;
    rebuildBars();
}

TimeMs ChartWidget::barMs() const
{
    return timeframeMs(m_timeframe) * m_factor;
}

double ChartWidget::barKey(const Candle& c) const
{
    return static_cast<double>(c.openTime) / 1000.0 + static_cast<double>(barMs()) / 2000.0;
}

void ChartWidget::rebuildBars()
{
    const auto all = candles();
    const QCPRange range = m_priceRect->axis(QCPAxis::atBottom)->range();
    const TimeMs tf = timeframeMs(m_timeframe);
    PlotBars plot = barsForWindow(all, tf, static_cast<TimeMs>(range.lower * 1000.0),
        static_cast<TimeMs>(range.upper * 1000.0), std::max(200, m_priceRect->width()));
    m_factor = plot.factor;
    m_bars = std::move(plot.bars);
    const TimeMs bucket = tf * m_factor;

    QVector<QCPFinancialData> ohlc;
    QVector<QCPBarsData> buy, sell;
    ohlc.reserve(static_cast<int>(m_bars.size()));
    buy.reserve(ohlc.capacity());
    sell.reserve(ohlc.capacity());
    for (const Candle& c : m_bars) {
        const double key = barKey(c);
        ohlc.push_back({key, c.open.toDouble(), c.high.toDouble(), c.low.toDouble(), c.close.toDouble()});
        buy.push_back({key, c.buyVolume.toDouble()});
        sell.push_back({key, c.sellVolume.toDouble()});
    }
    m_candles->data()->set(ohlc, true);
    m_buyBars->data()->set(buy, true);
    m_sellBars->data()->set(sell, true);
    const double width = static_cast<double>(bucket) / 1000.0 * (m_factor > 1 ? 0.8 : 0.7);
    m_candles->setWidth(width);
    m_buyBars->setWidth(width);
    m_sellBars->setWidth(width);
    fitValueAxes(range.lower, range.upper);
}

void ChartWidget::fitValueAxes(double lower, double upper)
{
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest(), vol = 0;
    const double half = static_cast<double>(barMs()) / 2000.0;
    for (const Candle& c : m_bars) {
        const double key = barKey(c);
        if (key + half < lower || key - half > upper)
            continue;
        lo = std::min(lo, c.low.toDouble());
        hi = std::max(hi, c.high.toDouble());
        vol = std::max(vol, c.volume.toDouble());
    }
    m_panes->fitVisible(lower, upper);
    if (lo > hi)
        return;
    const double pad = std::max((hi - lo) * 0.08, hi * 1e-4);
    const QFontMetrics fm(m_priceRect->axis(QCPAxis::atRight)->tickLabelFont());
    m_labelWidth = fm.horizontalAdvance(formatPrice(hi + pad, m_symbol)) + 16;
    updateRightMargin();
    m_priceRect->axis(QCPAxis::atRight)->setRange(lo - pad, hi + pad);
    m_volumeRect->axis(QCPAxis::atRight)->setRange(0, vol > 0 ? vol * 1.15 : 1.0);
}

void ChartWidget::updateRightMargin()
{
    // Room for the widest price label and the last-price tag. Grows at once, shrinks only
    // when clearly too wide, so the plot does not twitch while prices tick.
    const int right
        = std::max(m_labelWidth, m_lastPrice && m_lastPrice->isShown() ? m_lastPrice->tagWidth() : 0);
    const int current = m_priceRect->margins().right();
    if (right <= current && right > current - 24)
        return;
    m_priceRect->setMargins(QMargins(8, 58, right, 2));
    QMargins v = m_volumeRect->margins();
    v.setLeft(8);
    v.setRight(right);
    m_volumeRect->setMargins(v);
}

void ChartWidget::updateLastPrice()
{
    const auto all = candles();
    if (all.empty()) {
        m_lastPrice->hide();
        return;
    }
    const Candle& live = all.back();
    m_lastPrice->show(
        live.close.toDouble(), live.close >= live.open, formatPrice(live.close.toDouble(), m_symbol));
}

const Candle* ChartWidget::barAt(double key) const
{
    const auto t = static_cast<TimeMs>(std::floor(key * 1000.0));
    auto it = std::upper_bound(
        m_bars.begin(), m_bars.end(), t, [](TimeMs v, const Candle& c) { return v < c.openTime; });
    if (it == m_bars.begin())
        return nullptr;
    --it;
    return t < it->openTime + barMs() ? &*it : nullptr;
}

void ChartWidget::updateReadout()
{
    const Candle* c = m_crosshair->isActive() ? barAt(m_crosshair->key()) : nullptr;
    int merged = m_factor;
    if (!c && !candles().empty()) {
        c = &candles().back();
        merged = 1;
    }
    if (c)
        m_readout->showCandle(*c, merged);
    else
        m_readout->showEmpty();
}

} // namespace perp
