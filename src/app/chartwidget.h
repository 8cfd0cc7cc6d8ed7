// SPDX-License-Identifier: MIT
#pragma once

#include "chartviewport.h"
#include "engineworker.h"

#include <QSharedPointer>
#include <QWidget>
#include <span>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPFinancial;
class QCPItemText;
class QCPRange;
class QToolButton;

namespace perp {

class ChartActions;
class ChartCrosshair;
class ChartDrawings;
class ChartPanes;
class ChartReadout;
class LastPriceMarker;
class LiqChartLayers;
class SignalMarkers;
class StepTicker;
class TimeTicker;

// Candlestick chart with a taker buy/sell volume pane on a shared UTC time axis.
// Wheel zooms and dragging pans the time axis; the price axis fits what is visible.
// Follows the live candle unless the user panned away (double-click or End returns).
// When more candles are visible than half the pixel width, they are merged into
// exact OHLC buckets so a frame never draws more bars than there are pixels.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);

    void setView(SymbolId symbol, Timeframe tf, bool simulated);
    SymbolId symbol() const { return m_symbol; }
    Timeframe timeframe() const { return m_timeframe; }
    // Takes the candles of a snapshot of the current view; other views are ignored.
    void showSnapshot(const EngineSnapshotPtr& snapshot);

    // Full-resolution candles held (oldest first) and the bars currently plotted.
    std::span<const Candle> candles() const;
    const std::vector<Candle>& plottedBars() const { return m_bars; }
    int mergeFactor() const { return m_factor; }
    bool isFollowingLatest() const { return m_viewport.following(); }
    void goToLatest();
    // Zooms the time axis by factor (< 1 zooms in) around a key, as the mouse wheel does.
    void zoomAround(double factor, double anchorKey);
    void setVisibleRange(double lower, double upper);

    // Logarithmic price axis (equal distances are equal percentage moves).
    void setLogScale(bool on);
    bool isLogScale() const;

    QCustomPlot* plot() const { return m_plot; }
    QCPAxisRect* priceRect() const { return m_priceRect; }
    ChartPanes* panes() const { return m_panes; }
    ChartDrawings* drawings() const { return m_drawings; }
    // Every chart action with its shortcut (panes, log axis, tools, live, zoom), for menus.
    ChartActions* chartActions() const { return m_actions; }
    QCPFinancial* candlePlot() const { return m_candles; }
    // Estimated and realized liquidation layers of the price pane.
    LiqChartLayers* liqLayers() const { return m_liq; }
    // Transition and deceleration markers of the composite bias (toggle: its action).
    SignalMarkers* signalMarkers() const { return m_signalMarkers; }
    // The "back to live" button shown while the user looks at the past.
    QToolButton* latestButton() const { return m_latestButton; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // A language switch re-sets every text of the chart (charttexts.cpp).
    void changeEvent(QEvent* event) override;

private:
    void setupAxes();
    void setupPlottables();
    void onRangeChanged(const QCPRange& range);
    void applyRange(KeyRange r);
    void rebuildBars();
    void fitValueAxes(double lower, double upper);
    void updateLastPrice();
    void updateRightMargin();
    void placeLatestButton();
    void keepLegendClear();
    void updateReadout();
    void retranslate();
    void updateWatermark();
    const Candle* barAt(double key) const;
    double barKey(const Candle& c) const;
    TimeMs barMs() const;

    QCustomPlot* m_plot;
    QCPAxisRect* m_priceRect;
    QCPAxisRect* m_volumeRect;
    QCPFinancial* m_candles = nullptr;
    QCPBars* m_buyBars = nullptr;
    QCPBars* m_sellBars = nullptr;
    QSharedPointer<TimeTicker> m_timeTicker;
    QSharedPointer<StepTicker> m_priceTicker;
    ChartCrosshair* m_crosshair = nullptr;
    LastPriceMarker* m_lastPrice = nullptr;
    ChartReadout* m_readout = nullptr;
    LiqChartLayers* m_liq = nullptr;
    SignalMarkers* m_signalMarkers = nullptr;
    ChartPanes* m_panes = nullptr;
    ChartDrawings* m_drawings = nullptr;
    ChartActions* m_actions = nullptr;
    QCPItemText* m_watermark = nullptr;
    QCPItemText* m_volumeLabel = nullptr;
    QToolButton* m_latestButton = nullptr;

    SymbolId m_symbol = 0;
    Timeframe m_timeframe = Timeframe::M1;
    bool m_simulated = false;
    EngineSnapshotPtr m_snapshot;
    std::vector<Candle> m_bars;
    int m_factor = 1;
    ChartViewport m_viewport;
    int m_labelWidth = 60;
    bool m_dragging = false;
    bool m_settingRange = false;
};

} // namespace perp
