// SPDX-License-Identifier: MIT
#include "liqchartlayers.h"

#include "liqbandslayer.h"
#include "liqbubbleslayer.h"
#include "liqheatmaplayer.h"
#include "liqhistogramlayer.h"
#include "liqprofilepanel.h"
#include "liqrecordtext.h"
#include "liqstyle.h"
#include "zonelayer.h"
#include "zonestyle.h"

#include <QCoreApplication>
#include <QLabel>
#include <QToolTip>

namespace perp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("perp::LiqChartLayers", text);
}

} // namespace

QString liqLayerName(LiqLayerKind kind)
{
    switch (kind) {
    case LiqLayerKind::Heatmap:
        return tr("Liquidation heatmap (estimated)");
    case LiqLayerKind::Bands:
        return tr("Liquidation bands (estimated)");
    case LiqLayerKind::Profile:
        return tr("Liquidation profile (estimated)");
    case LiqLayerKind::Bubbles:
        return tr("Liquidation bubbles (realized)");
    case LiqLayerKind::Histogram:
        return tr("Liquidations by price (realized)");
    }
    return {};
}

QString liqLayerHelp(LiqLayerKind kind)
{
    switch (kind) {
    case LiqLayerKind::Heatmap:
        return tr(
            "ESTIMATED open liquidation notional over time and price, behind the candles: brighter = more "
            "positions estimated to be liquidated at that price at that time. Empty levels are transparent. "
            "An estimate from open interest, trade flow and assumed leverage, not exchange data.");
    case LiqLayerKind::Bands:
        return tr(
            "The largest ESTIMATED liquidation clusters as translucent bands: amber = longs that would be "
            "liquidated below price, blue = shorts above. Label: side, range, estimated notional, distance "
            "from price. Hover a band for share, ATR distance and magnet score.");
    case LiqLayerKind::Profile:
        return tr("ESTIMATED liquidation notional by price right now, as bars on the right edge on the "
                  "chart's price "
                  "axis: amber longs (below price), blue shorts (above).");
    case LiqLayerKind::Bubbles:
        return tr("REALIZED liquidations reported by the exchange: hollow circles at time and price, area "
                  "proportional to notional, amber = longs liquidated, blue = shorts liquidated. ")
            + liqstyle::binanceSamplingNote();
    case LiqLayerKind::Histogram:
        return tr("REALIZED liquidation notional cumulated by price over the selected window (1h, 4h or "
                  "24h), as "
                  "outlined hatched bars on the left edge. ")
            + liqstyle::binanceSamplingNote();
    }
    return {};
}

LiqChartLayers::LiqChartLayers(QCustomPlot* plot, QCPAxisRect* priceRect)
    : QObject(plot)
    , m_plot(plot)
    , m_rect(priceRect)
{
    ensureLiqPlotLayers(plot);
    m_heatmap = new LiqHeatmapLayer(plot, priceRect);
    m_histogram = new LiqHistogramLayer(plot, priceRect);
    m_zones = new ZoneLayer(plot, priceRect);
    m_profile = new LiqProfilePanel(plot, priceRect);
    m_bands = new LiqBandsLayer(plot, priceRect);
    m_bubbles = new LiqBubblesLayer(plot, priceRect);
    m_legend = new QLabel(plot);
    m_legend->setObjectName(QStringLiteral("liqLegend"));
    // On a panel of the chart's background: it sits over the heatmap and the bands.
    m_legend->setStyleSheet(
        QStringLiteral("QLabel { color: #9da3b3; background: #131722; border: 1px solid "
                       "#2a2e39; border-radius: 3px; padding: 1px 4px; font-size: 8pt; }"));
    m_bands->setAvoid(m_legend);
    m_badge = new QLabel(plot);
    m_badge->setObjectName(QStringLiteral("cascadeBadge"));
    m_badge->hide();
    updateLegend();
    connect(plot, &QCustomPlot::afterLayout, this, &LiqChartLayers::placeLabels);
    connect(plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        const QString text = toolTipAt(e->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(e->globalPosition().toPoint(), text, m_plot);
    });
}

LiqLayer* LiqChartLayers::layer(LiqLayerKind kind) const
{
    switch (kind) {
    case LiqLayerKind::Heatmap:
        return m_heatmap;
    case LiqLayerKind::Bands:
        return m_bands;
    case LiqLayerKind::Profile:
        return m_profile;
    case LiqLayerKind::Bubbles:
        return m_bubbles;
    case LiqLayerKind::Histogram:
        return m_histogram;
    }
    return nullptr;
}

void LiqChartLayers::setSymbol(SymbolId symbol)
{
    m_symbol = symbol;
    showSnapshot(nullptr);
    m_zones->setZones({}, symbol);
}

void LiqChartLayers::showZones(std::vector<zones::Zone> zones)
{
    m_zones->setZones(std::move(zones), m_symbol);
}

void LiqChartLayers::setZonesVisible(bool visible)
{
    m_zones->setVisible(visible);
    updateLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool LiqChartLayers::zonesVisible() const
{
    return m_zones->visible();
}

void LiqChartLayers::showSnapshot(const liq::LiqSnapshotPtr& snapshot)
{
    if (snapshot && snapshot->symbol != m_symbol)
        return;
    m_snap = snapshot;
    static const liq::LiqSnapshot empty;
    const liq::LiqSnapshot& s = snapshot ? *snapshot : empty;
    m_heatmap->setSnapshot(snapshot);
    m_bands->setBands(s.bands, m_symbol);
    m_profile->setProfile(s.profile, m_symbol);
    m_bubbles->setBubbles(s.bubbles, m_symbol);
    m_histogram->setProfiles(s.realized, m_symbol, m_bubbles->hasBinance());
    updateBadge();
    updateLegend();
}

void LiqChartLayers::setLayerVisible(LiqLayerKind kind, bool visible)
{
    layer(kind)->setVisible(visible);
    updateLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool LiqChartLayers::isLayerVisible(LiqLayerKind kind) const
{
    return layer(kind)->visible();
}

void LiqChartLayers::setRealizedWindow(liq::RealizedWindow w)
{
    m_histogram->setWindow(w);
    updateLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

liq::RealizedWindow LiqChartLayers::realizedWindow() const
{
    return m_histogram->window();
}

QString LiqChartLayers::toolTipAt(const QPointF& pos) const
{
    for (const LiqLayer* l : std::initializer_list<const LiqLayer*> {
             m_bubbles, m_bands, m_histogram, m_profile, m_zones, m_heatmap}) {
        if (!l->visible())
            continue;
        const QString text = l->toolTipAt(pos);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void LiqChartLayers::retranslate()
{
    updateLegend();
    updateBadge();
}

void LiqChartLayers::updateBadge()
{
    if (!m_snap || !m_snap->cascade.active) {
        m_badge->hide();
        return;
    }
    const liq::CascadeState& c = m_snap->cascade;
    const bool isLong = c.side == PositionSide::Long;
    m_badge->setText(tr("%1 CASCADE · intensity %2")
                         .arg(isLong ? tr("LONG") : tr("SHORT"), QString::number(c.intensity, 'f', 1)));
    const QColor bg = liqstyle::sideColor(c.side);
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: #131722; background: %1; font-weight: bold; "
                                          "border-radius: 3px; padding: 2px 8px; }")
                               .arg(bg.name()));
    m_badge->setToolTip(
        tr("Liquidation cascade in progress: %1 are being liquidated in a burst (realized "
           "liquidations far above their usual rate while price moves against them).\n"
           "Intensity %2 (1 = just at the start threshold, 3+ = violent; peak %3). Realized since "
           "start: %4.")
            .arg(isLong ? tr("longs") : tr("shorts"), QString::number(c.intensity, 'f', 2),
                QString::number(c.peakIntensity, 'f', 2), liqstyle::money(c.liquidatedNotional)));
    m_badge->adjustSize();
    m_badge->show();
    placeLabels();
}

void LiqChartLayers::updateLegend()
{
    const QString amber = liqstyle::kLong.name(), blue = liqstyle::kShort.name();
    QStringList est, real;
    if (m_heatmap->visible())
        est << tr("heatmap");
    if (m_bands->visible())
        est << tr("bands");
    if (m_profile->visible())
        est << tr("profile");
    if (m_bubbles->visible())
        real << tr("○ bubbles");
    if (m_histogram->visible())
        real << tr("▭ by price %1").arg(QString::fromLatin1(liq::windowName(m_histogram->window())));
    QString text
        = tr("Liquidations: <span style='color:%1'>■ longs</span> <span style='color:%2'>■ shorts</span>")
              .arg(amber, blue);
    if (!est.isEmpty())
        text += tr(" &nbsp;·&nbsp; ESTIMATED (soft fill): %1").arg(est.join(QStringLiteral(", ")));
    if (!real.isEmpty())
        text += tr(" &nbsp;·&nbsp; REALIZED (outline): %1").arg(real.join(QStringLiteral(", ")));
    if (m_bands->visible() && m_snap)
        text += QStringLiteral(" &nbsp;·&nbsp; ")
            + LiqRecordText::legendLine(m_snap->bandRecord).toHtmlEscaped();
    if (m_snap && m_snap->confidence == liq::Confidence::Low)
        text
            += tr(" &nbsp;·&nbsp; <span style='color:#ff9f1a'>low confidence (no open-interest data)</span>");
    // One part per line: a single long line ran into the chart header in narrower windows.
    m_legend->setText(text.replace(QStringLiteral(" &nbsp;·&nbsp; "), QStringLiteral("<br>")));
    QString tip;
    for (LiqLayerKind k : kLiqLayerKinds)
        tip += QStringLiteral("<p><b>%1</b>: %2</p>").arg(liqLayerName(k), liqLayerHelp(k));
    tip += QStringLiteral("<p><b>%1</b>: %2</p>").arg(zonestyle::zoneLayerName(), zonestyle::zoneLayerHelp());
    if (m_snap)
        tip += LiqRecordText::help(m_snap->bandRecord);
    m_legend->setToolTip(tip);
    m_legend->adjustSize();
    placeLabels();
}

void LiqChartLayers::placeLabels()
{
    const QRect r = m_rect->rect();
    // Top right, level with the readout's short first line; the badge below the legend.
    m_legend->move(r.right() - m_legend->width() - 6, 5);
    m_badge->move(r.right() - m_badge->width() - 6, m_legend->y() + m_legend->height() + 4);
}

} // namespace perp
