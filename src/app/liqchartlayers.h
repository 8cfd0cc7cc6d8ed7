// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/liq/liqstate.h"
#include "engine/zones/zone.h"

#include <QObject>
#include <array>

class QCustomPlot;
class QCPAxisRect;
class QLabel;

namespace perp {

class LiqBandsLayer;
class LiqBubblesLayer;
class LiqHeatmapLayer;
class LiqHistogramLayer;
class LiqLayer;
class LiqProfilePanel;
class ZoneLayer;

enum class LiqLayerKind : std::uint8_t { Heatmap, Bands, Profile, Bubbles, Histogram };
inline constexpr std::array kLiqLayerKinds {LiqLayerKind::Heatmap, LiqLayerKind::Bands, LiqLayerKind::Profile,
    LiqLayerKind::Bubbles, LiqLayerKind::Histogram};
QString liqLayerName(LiqLayerKind kind);
// What the layer shows, for menus and legends; says "estimated" or "realized".
QString liqLayerHelp(LiqLayerKind kind);

// The liquidation layers of the price pane: estimated heatmap, bands and profile; realized
// bubbles and histogram; a legend line and a cascade badge. Takes the liquidation part of
// each snapshot and shows hover texts for whatever is under the mouse.
class LiqChartLayers : public QObject
{
    Q_OBJECT
public:
    LiqChartLayers(QCustomPlot* plot, QCPAxisRect* priceRect);

    void setSymbol(SymbolId symbol);
    void showSnapshot(const liq::LiqSnapshotPtr& snapshot);
    const liq::LiqSnapshotPtr& snapshot() const { return m_snap; }

    void setLayerVisible(LiqLayerKind kind, bool visible);
    bool isLayerVisible(LiqLayerKind kind) const;
    void setRealizedWindow(liq::RealizedWindow w);
    liq::RealizedWindow realizedWindow() const;
    // Support/resistance zones (from the engine snapshot; drawn by their own layer).
    void showZones(std::vector<zones::Zone> zones);
    void setZonesVisible(bool visible);
    bool zonesVisible() const;

    // Hover text at a plot pixel: band, bubble, histogram bar, profile bar, heatmap cell.
    QString toolTipAt(const QPointF& pos) const;
    // Legend and cascade badge in the current language.
    void retranslate();

    LiqHeatmapLayer* heatmap() const { return m_heatmap; }
    LiqBandsLayer* bands() const { return m_bands; }
    LiqProfilePanel* profile() const { return m_profile; }
    LiqBubblesLayer* bubbles() const { return m_bubbles; }
    LiqHistogramLayer* histogram() const { return m_histogram; }
    ZoneLayer* zones() const { return m_zones; }
    QLabel* cascadeBadge() const { return m_badge; }
    QLabel* legend() const { return m_legend; }

private:
    LiqLayer* layer(LiqLayerKind kind) const;
    void updateBadge();
    void updateLegend();
    void placeLabels();

    QCustomPlot* m_plot;
    QCPAxisRect* m_rect;
    LiqHeatmapLayer* m_heatmap;
    LiqHistogramLayer* m_histogram;
    LiqProfilePanel* m_profile;
    LiqBandsLayer* m_bands;
    LiqBubblesLayer* m_bubbles;
    ZoneLayer* m_zones;
    QLabel* m_legend;
    QLabel* m_badge;
    SymbolId m_symbol = 0;
    liq::LiqSnapshotPtr m_snap;
};

} // namespace perp
