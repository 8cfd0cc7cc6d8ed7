// SPDX-License-Identifier: MIT
#include "chartpanes.h"

#include "chartcrosshair.h"
#include "charttickers.h"
#include "displayformat.h"
#include "theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <cmath>
#include <qcustomplot.h>

namespace perp {

namespace {
const std::array<QColor, 4> kLineColor {
    QColor(), QColor(0x42, 0xa5, 0xf5), QColor(0xff, 0xb7, 0x4d), QColor(0xba, 0x68, 0xc8)};

QCPItemText* makeTitle(QCustomPlot* plot, QCPAxisRect* rect)
{
    auto* t = new QCPItemText(plot);
    t->setClipAxisRect(rect);
    t->position->setType(QCPItemPosition::ptAxisRectRatio);
    t->position->setAxisRect(rect);
    t->position->setCoords(0.0, 0.0);
    t->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    t->setPadding(QMargins(6, 3, 6, 2));
    t->setColor(theme::kMutedText);
    return t;
}
} // namespace

ChartPanes::ChartPanes(
    QCustomPlot* plot, QCPAxisRect* priceRect, QCPAxisRect* volumeRect, ChartCrosshair* crosshair)
    : QObject(plot)
    , m_plot(plot)
    , m_priceRect(priceRect)
    , m_crosshair(crosshair)
{
    m_rects[index(Pane::Volume)] = volumeRect;
    for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding})
        addPane(p);
    QCPAxis* x = priceRect->axis(QCPAxis::atBottom);
    for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding}) {
        QCPAxis* px = rect(p)->axis(QCPAxis::atBottom);
        // Linked both ways: the chart clamps and follows through the price axis.
        connect(x, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), px,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
        connect(px, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), x,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
        crosshair->addPane(rect(p));
    }
    connect(crosshair, &ChartCrosshair::hovered, this, [this](double key) {
        m_hover = true;
        m_hoverKey = key;
        for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding}) {
            m_cursor[index(p)]->point1->setCoords(key, 0);
            m_cursor[index(p)]->point2->setCoords(key, 1);
            m_cursor[index(p)]->setVisible(isPaneVisible(p));
        }
        updateTitles();
        m_plot->layer(QStringLiteral("crosshair"))->replot();
        m_plot->layer(QStringLiteral("overlay"))->replot();
    });
    connect(crosshair, &ChartCrosshair::left, this, [this] {
        m_hover = false;
        for (auto* line : m_cursor)
            if (line)
                line->setVisible(false);
        updateTitles();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    m_hLine = new QCPItemStraightLine(plot);
    m_hLine->setLayer(QStringLiteral("crosshair"));
    m_hLine->setPen(QPen(theme::kCrosshair, 1, Qt::DashLine));
    m_hLine->setVisible(false);
    m_valueTag = new QCPItemText(plot);
    m_valueTag->setLayer(QStringLiteral("crosshair"));
    m_valueTag->setClipToAxisRect(false);
    m_valueTag->setPadding(QMargins(6, 2, 6, 2));
    m_valueTag->setBrush(QColor(0x36, 0x3a, 0x45));
    m_valueTag->setColor(Qt::white);
    m_valueTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_valueTag->setVisible(false);
    connect(plot, &QCustomPlot::beforeReplot, this, &ChartPanes::syncMargins);
    plot->installEventFilter(this);
    relayout();
}

QCPAxisRect* ChartPanes::addPane(Pane pane)
{
    auto* rect = new QCPAxisRect(m_plot);
    m_rects[index(pane)] = rect;
    QCPAxisRect* volume = m_rects[index(Pane::Volume)];
    for (auto type : {QCPAxis::atBottom, QCPAxis::atRight, QCPAxis::atTop, QCPAxis::atLeft}) {
        QCPAxis* src = volume->axis(type);
        QCPAxis* dst = rect->axis(type);
        dst->setVisible(src->visible());
        dst->setBasePen(src->basePen());
        dst->setTickPen(src->tickPen());
        dst->setSubTickPen(src->subTickPen());
        dst->setTickLabelColor(src->tickLabelColor());
        dst->setTickLabelFont(src->tickLabelFont());
        dst->setTickLabels(src->tickLabels());
        dst->setPadding(src->padding());
        dst->grid()->setPen(src->grid()->pen());
        dst->grid()->setZeroLinePen(Qt::NoPen);
        dst->grid()->setVisible(src->grid()->visible());
    }
    rect->axis(QCPAxis::atBottom)->setTicker(volume->axis(QCPAxis::atBottom)->ticker());
    rect->axis(QCPAxis::atTop)->grid()->setVisible(false);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), nullptr);
    rect->setRangeZoom(Qt::Orientations());
    QCPAxis* y = rect->axis(QCPAxis::atRight);
    auto ticker = QSharedPointer<StepTicker>::create(pane != Pane::Funding, pane == Pane::Funding ? 4 : 3);
    ticker->setTickCount(3);
    y->setTicker(ticker);
    y->grid()->setVisible(true);
    if (pane == Pane::Cvd) {
        QPen zero(theme::kBorder, 1, Qt::DashLine);
        y->grid()->setZeroLinePen(zero);
    }
    auto* graph = new QCPGraph(rect->axis(QCPAxis::atBottom), y);
    graph->setName(paneName(pane));
    graph->setPen(QPen(kLineColor[index(pane)], 1.5));
    graph->setLineStyle(pane == Pane::Cvd ? QCPGraph::lsLine : QCPGraph::lsStepLeft);
    QColor fill = kLineColor[index(pane)];
    fill.setAlpha(28);
    if (pane != Pane::Funding)
        graph->setBrush(fill);
    m_graphs[index(pane)] = graph;
    m_titles[index(pane)] = makeTitle(m_plot, rect);
    auto* line = new QCPItemStraightLine(m_plot);
    line->setLayer(QStringLiteral("crosshair"));
    line->setClipAxisRect(rect);
    line->point1->setAxes(rect->axis(QCPAxis::atBottom), y);
    line->point2->setAxes(rect->axis(QCPAxis::atBottom), y);
    line->setPen(QPen(theme::kCrosshair, 1, Qt::DashLine));
    line->setVisible(false);
    m_cursor[index(pane)] = line;
    return rect;
}

QString ChartPanes::paneName(Pane pane)
{
    switch (pane) {
    case Pane::Volume:
        return tr("Volume");
    case Pane::Cvd:
        return tr("CVD");
    case Pane::OpenInterest:
        return tr("Open interest");
    case Pane::Funding:
        return tr("Funding rate");
    }
    return {};
}

QString ChartPanes::paneHelp(Pane pane) const
{
    const QString base = QString::fromStdString(symbolInfo(m_symbol).base);
    switch (pane) {
    case Pane::Volume:
        return tr("Traded volume per candle in %1: taker buy (green, the aggressor bought) stacked on "
                  "taker sell (red).")
            .arg(base);
    case Pane::Cvd:
        return tr("Cumulative volume delta in %1: running sum of taker buy minus taker sell volume over "
                  "the candles held, starting at 0 before the first one. Rising: aggressive buyers "
                  "dominate; falling: aggressive sellers. Only the slope matters, not the level.")
            .arg(base);
    case Pane::OpenInterest:
        return tr("Open interest in %1: contracts open (one side), summed over the venues "
                  "that report it (latest value of each), last value in each minute. Rising with price: new "
                  "longs; rising against price: new shorts; falling: "
                  "positions closing or liquidated.")
            .arg(base);
    case Pane::Funding:
        return tr("Funding rate in percent per funding interval (typically 8 h), mean of the venues that "
                  "report it, "
                  "last value in each minute (the predicted rate until it settles). Positive: longs pay "
                  "shorts (crowded long); "
                  "negative: shorts pay longs.");
    }
    return {};
}

void ChartPanes::setPaneVisible(Pane pane, bool visible)
{
    if (m_visible[index(pane)] == visible)
        return;
    m_visible[index(pane)] = visible;
    if (pane != Pane::Volume) {
        fill(pane);
        const QCPRange keys = m_priceRect->axis(QCPAxis::atBottom)->range();
        fitVisible(keys.lower, keys.upper);
    }
    relayout();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit visibilityChanged(pane, visible);
}

void ChartPanes::relayout()
{
    auto* grid = m_plot->plotLayout();
    for (QCPAxisRect* r : m_rects) {
        for (int i = 0; i < grid->elementCount(); ++i)
            if (grid->elementAt(i) == r)
                grid->take(r);
    }
    grid->simplify();
    int row = 1;
    QCPAxisRect* lowest = m_priceRect;
    for (Pane p : kAll) {
        QCPAxisRect* r = rect(p);
        const bool on = m_visible[index(p)];
        r->setVisible(on);
        for (int i = 0; i < m_plot->itemCount(); ++i) {
            QCPAbstractItem* item = m_plot->item(i);
            if (item->clipAxisRect() == r && item->layer() != m_plot->layer(QStringLiteral("crosshair")))
                item->setVisible(on);
        }
        if (!on)
            continue;
        grid->addElement(row, 0, r);
        grid->setRowStretchFactor(row, 1);
        ++row;
        lowest = r;
    }
    grid->setRowStretchFactor(0, row > 3 ? 5 : 4);
    for (QCPAxisRect* r :
        std::array<QCPAxisRect*, 5> {m_priceRect, m_rects[0], m_rects[1], m_rects[2], m_rects[3]}) {
        const bool last = r == lowest;
        QCPAxis* x = r->axis(QCPAxis::atBottom);
        x->setTickLabels(last);
        x->setBasePen(last ? QPen(theme::kBorder) : QPen(Qt::NoPen));
        r->setAutoMargins(last ? QCP::msBottom : QCP::msNone);
        if (!last) {
            QMargins m = r->margins();
            m.setBottom(r == m_priceRect ? 2 : 0);
            r->setMargins(m);
        }
    }
    m_crosshair->setTimeRect(lowest);
}

void ChartPanes::syncMargins()
{
    const QMargins src = m_priceRect->margins();
    for (Pane p : kAll) {
        QCPAxisRect* r = rect(p);
        QMargins m = r->margins();
        m.setLeft(src.left());
        m.setRight(src.right());
        r->setMargins(m);
    }
}

void ChartPanes::clear()
{
    m_snapshot.reset();
    for (QCPGraph* g : m_graphs)
        if (g)
            g->data()->clear();
    updateTitles();
}

void ChartPanes::showSnapshot(const EngineSnapshotPtr& snapshot, SymbolId symbol)
{
    m_symbol = symbol;
    m_snapshot = snapshot;
    for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding})
        fill(p);
    updateTitles();
}

void ChartPanes::fill(Pane pane)
{
    // A hidden pane costs nothing per frame: its series is built when it is shown.
    QCPGraph* g = graph(pane);
    if (!m_snapshot || !m_visible[index(pane)]) {
        g->data()->clear();
        return;
    }
    const EngineSnapshot& snapshot = *m_snapshot;
    QVector<QCPGraphData> out;
    if (pane == Pane::Cvd) {
        const double half = static_cast<double>(timeframeMs(snapshot.view.timeframe)) / 2000.0;
        out.reserve(static_cast<int>(snapshot.candles.size()));
        double sum = 0;
        for (const Candle& c : snapshot.candles) {
            sum += c.buyVolume.toDouble() - c.sellVolume.toDouble();
            out.push_back({static_cast<double>(c.openTime) / 1000.0 + half, sum});
        }
    } else {
        const auto& s = pane == Pane::OpenInterest ? snapshot.openInterest : snapshot.funding;
        const double scale = pane == Pane::Funding ? 100.0 : 1.0;
        out.reserve(static_cast<int>(s.size()) + 1);
        for (const MetricSample& m : s)
            out.push_back({static_cast<double>(m.minute) / 1000.0, m.value * scale});
        // Each step holds its minute; close the last one at the end of its minute.
        if (!s.empty())
            out.push_back(
                {static_cast<double>(s.back().minute + kMinuteMs) / 1000.0, s.back().value * scale});
    }
    g->data()->set(out, true);
}

double ChartPanes::valueAt(Pane pane, double key) const
{
    const QCPGraph* g = graph(pane);
    if (!g || g->data()->isEmpty())
        return std::nan("");
    auto it = g->data()->findEnd(key, false);
    if (it == g->data()->constBegin())
        return std::nan("");
    --it;
    return it->value;
}

void ChartPanes::fitVisible(double lower, double upper)
{
    for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding}) {
        QCPGraph* g = graph(p);
        if (!m_visible[index(p)])
            continue;
        bool found = false;
        const QCPRange r = g->data()->valueRange(found, QCP::sdBoth, QCPRange(lower, upper));
        if (!found)
            continue;
        double lo = r.lower, hi = r.upper;
        if (p == Pane::Funding) {
            lo = std::min(lo, 0.0);
            hi = std::max(hi, 0.0);
        }
        // Headroom on top keeps the line clear of the pane title.
        const double pad = std::max((hi - lo) * 0.1, std::max(std::abs(hi), 1e-9) * 1e-3);
        g->valueAxis()->setRange(lo - pad, hi + 4.5 * pad);
    }
    updateTitles();
}

QString ChartPanes::formatValue(Pane pane, double v) const
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const QString base = QString::fromStdString(symbolInfo(m_symbol).base);
    switch (pane) {
    case Pane::Cvd:
        return (v >= 0 ? QStringLiteral("+") : QString()) + formatCompact(v) + QLatin1Char(' ') + base;
    case Pane::OpenInterest:
        return formatCompact(v) + QLatin1Char(' ') + base;
    case Pane::Funding:
        return QString::number(v, 'f', 4) + QStringLiteral("%");
    case Pane::Volume:
        break;
    }
    return formatCompact(v);
}

void ChartPanes::updateTitles()
{
    const QString base = QString::fromStdString(symbolInfo(m_symbol).base);
    const std::array<QString, 4> units {
        QString(), tr("taker buy − sell, %1").arg(base), base, tr("% per interval")};
    for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding}) {
        QCPGraph* g = graph(p);
        double v = std::nan("");
        if (m_hover)
            v = valueAt(p, m_hoverKey);
        else if (!g->data()->isEmpty())
            v = (g->data()->constEnd() - 1)->value;
        title(p)->setText(
            QStringLiteral("%1 (%2)   %3").arg(paneName(p), units[index(p)], formatValue(p, v)));
    }
}

void ChartPanes::hoverValue(const QPointF& pos)
{
    bool shown = false;
    for (Pane p : {Pane::Cvd, Pane::OpenInterest, Pane::Funding}) {
        QCPAxisRect* r = rect(p);
        if (!m_visible[index(p)] || !r->rect().contains(pos.toPoint()))
            continue;
        QCPAxis* x = r->axis(QCPAxis::atBottom);
        QCPAxis* y = r->axis(QCPAxis::atRight);
        const double v = y->pixelToCoord(pos.y());
        m_hLine->setClipAxisRect(r);
        m_hLine->point1->setAxes(x, y);
        m_hLine->point2->setAxes(x, y);
        m_hLine->point1->setCoords(x->range().lower, v);
        m_hLine->point2->setCoords(x->range().upper, v);
        m_valueTag->position->setAxisRect(r);
        m_valueTag->position->setAxes(x, y);
        m_valueTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        m_valueTag->position->setCoords(1.0, v);
        m_valueTag->setText(
            p == Pane::Funding ? QString::number(v, 'f', 4) + QStringLiteral("%") : formatCompact(v));
        shown = true;
    }
    if (!shown && !m_hLine->visible())
        return;
    m_hLine->setVisible(shown);
    m_valueTag->setVisible(shown);
    m_plot->layer(QStringLiteral("crosshair"))->replot();
}

bool ChartPanes::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::MouseMove)
        hoverValue(static_cast<QMouseEvent*>(event)->position());
    else if (watched == m_plot && event->type() == QEvent::Leave)
        hoverValue(QPointF(-1, -1));
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        for (Pane p : kAll) {
            if (m_visible[index(p)] && rect(p)->rect().contains(help->pos())) {
                QToolTip::showText(help->globalPos(), paneHelp(p), m_plot);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace perp
