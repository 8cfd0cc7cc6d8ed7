// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/signals/signalsnapshot.h"

#include <functional>
#include <optional>
#include <qcustomplot.h>

class QAction;

namespace perp {

// The candle an event falls in: its key on the time axis and its low and high.
struct MarkerBar
{
    double key = 0, low = 0, high = 0;
};

// One drawn marker of a transition or deceleration of the composite.
struct SignalMark
{
    QPointF centre; // pixels
    bool above = false; // above the candle's high (bearish) or below its low (bullish)
    sig::BiasEvent event;
};

// Transition and deceleration markers of the chart symbol's composite (every mode) on the
// price pane: a filled arrow at the candle of a transition (up below the low when it turned
// bullish, down above the high when bearish), a hollow diamond for a deceleration, with the
// mode's initial (S, D, W) beside it. Hover names mode, event, bias and time. Toggled by
// toggleAction() (on by default).
class SignalMarkers : public QCPLayerable
{
    Q_OBJECT
public:
    using BarLookup = std::function<std::optional<MarkerBar>(TimeMs)>;
    SignalMarkers(QCustomPlot* plot, QCPAxisRect* rect, BarLookup bars);

    void setSymbol(SymbolId symbol);
    void showSnapshot(const sig::SignalSnapshotPtr& snapshot);
    const std::vector<sig::BiasEvent>& events() const { return m_events; }
    // The markers of the current view (empty when hidden).
    std::vector<SignalMark> marks() const;
    QString toolTipAt(const QPointF& pos) const;
    QAction* toggleAction() const { return m_toggle; }
    void retranslate();

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    QRect clipRect() const override;
    void draw(QCPPainter* painter) override;

private:
    QCPAxisRect* m_rect;
    BarLookup m_bars;
    QAction* m_toggle;
    SymbolId m_symbol = 0;
    sig::SignalSnapshotPtr m_snap;
    std::vector<sig::BiasEvent> m_events;
};

} // namespace perp
