// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"

#include <QObject>
#include <array>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace perp {

class ChartCrosshair;

// The panes under the candles, on the candles' time axis: taker volume (built by the
// chart), cumulative volume delta, open interest and funding rate. Each can be shown or
// hidden; the lowest visible pane carries the time labels. A title in each pane names it
// with its unit and shows its value at the crosshair (or the latest value); hovering a
// pane explains what it shows.
class ChartPanes : public QObject
{
    Q_OBJECT
public:
    enum class Pane { Volume, Cvd, OpenInterest, Funding };
    static constexpr std::array kAll {Pane::Volume, Pane::Cvd, Pane::OpenInterest, Pane::Funding};

    ChartPanes(QCustomPlot* plot, QCPAxisRect* priceRect, QCPAxisRect* volumeRect, ChartCrosshair* crosshair);

    void setPaneVisible(Pane pane, bool visible);
    bool isPaneVisible(Pane pane) const { return m_visible[index(pane)]; }
    static QString paneName(Pane pane);
    QString paneHelp(Pane pane) const;

    // Series of the chart symbol: CVD from the snapshot's candles (cumulative taker buy
    // minus sell, starting at zero before the first candle), OI and funding as sampled.
    // Hidden panes are not filled (and filled from the kept snapshot when shown).
    void showSnapshot(const EngineSnapshotPtr& snapshot, SymbolId symbol);
    void clear();
    // Pane titles in the current language.
    void retranslate() { updateTitles(); }
    // Fits the value axes of the derived panes to what lies within the visible keys.
    void fitVisible(double lower, double upper);

    QCPAxisRect* rect(Pane pane) const { return m_rects[index(pane)]; }
    QCPGraph* graph(Pane pane) const { return pane == Pane::Volume ? nullptr : m_graphs[index(pane)]; }
    QCPItemText* title(Pane pane) const { return m_titles[index(pane)]; }
    // Value of a derived pane at a key: the point at or before it (NaN if none).
    double valueAt(Pane pane, double key) const;

signals:
    void visibilityChanged(perp::ChartPanes::Pane pane, bool visible);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static std::size_t index(Pane p) { return static_cast<std::size_t>(p); }
    QCPAxisRect* addPane(Pane pane);
    void relayout();
    void syncMargins();
    void updateTitles();
    void fill(Pane pane);
    QString formatValue(Pane pane, double v) const;
    void hoverValue(const QPointF& pos);

    QCustomPlot* m_plot;
    QCPAxisRect* m_priceRect;
    ChartCrosshair* m_crosshair;
    std::array<QCPAxisRect*, 4> m_rects {};
    std::array<QCPGraph*, 4> m_graphs {};
    std::array<QCPItemText*, 4> m_titles {};
    std::array<QCPItemStraightLine*, 4> m_cursor {};
    QCPItemStraightLine* m_hLine = nullptr; // horizontal crosshair line in a derived pane
    QCPItemText* m_valueTag = nullptr; // its value on the right axis
    std::array<bool, 4> m_visible {true, true, true, true};
    SymbolId m_symbol = 0;
    EngineSnapshotPtr m_snapshot;
    bool m_hover = false;
    double m_hoverKey = 0;
};

} // namespace perp
