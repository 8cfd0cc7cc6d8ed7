// SPDX-License-Identifier: MIT
#include "chartdrawings.h"

#include "displayformat.h"
#include "theme.h"

#include <QDebug>
#include <QMouseEvent>
#include <cmath>
#include <qcustomplot.h>

namespace perp {

namespace {
const QColor kDrawColor(0x29, 0x62, 0xff);
const QColor kSelectedColor(0xff, 0xd5, 0x4f);
constexpr double kHitPixels = 8.0; // a filled rectangle reports 7.92 inside
constexpr double kMinDragPixels = 3.0;
const QString kLayer = QStringLiteral("drawings");

QString durationText(double seconds)
{
    const auto s = static_cast<qint64>(std::llround(std::abs(seconds)));
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    if (d > 0)
        return QStringLiteral("%1d %2h").arg(d).arg(h);
    if (h > 0)
        return QStringLiteral("%1h %2m").arg(h).arg(m);
    return QStringLiteral("%1m").arg(m);
}
} // namespace

ChartDrawings::ChartDrawings(QCustomPlot* plot, QCPAxisRect* priceRect, QString storePath)
    : QObject(plot)
    , m_plot(plot)
    , m_rect(priceRect)
    , m_store(std::move(storePath))
{
    plot->addLayer(kLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_all = m_store.load();
    for (const QString& p : m_store.problems())
        qWarning().noquote() << "chart drawings:" << p;
    plot->installEventFilter(this);
}

void ChartDrawings::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    m_draft.reset();
    m_plot->setCursor(tool == Tool::None ? Qt::ArrowCursor : Qt::CrossCursor);
    if (tool != Tool::None)
        select(-1);
    rebuild();
    emit toolChanged(tool);
}

void ChartDrawings::setSymbol(SymbolId symbol, Timeframe tf)
{
    m_timeframe = tf;
    const QString name = QString::fromStdString(symbolName(symbol));
    if (name == m_symbolName) {
        rebuild();
        return;
    }
    m_symbolName = name;
    m_drawings = m_all[name];
    m_selected = -1;
    m_draft.reset();
    rebuild();
}

void ChartDrawings::select(int index)
{
    m_selected = index >= 0 && index < static_cast<int>(m_drawings.size()) ? index : -1;
    rebuild();
}

void ChartDrawings::removeSelected()
{
    if (m_selected < 0)
        return;
    m_drawings.erase(m_drawings.begin() + m_selected);
    m_selected = -1;
    persist();
}

void ChartDrawings::clearAll()
{
    m_drawings.clear();
    m_selected = -1;
    persist();
}

void ChartDrawings::persist()
{
    // Re-read first: another chart may have saved drawings of other symbols meanwhile.
    m_all = m_store.load();
    m_all[m_symbolName] = m_drawings;
    QString error;
    if (!m_store.save(m_all, &error))
        qWarning().noquote() << "chart drawings: cannot save" << m_store.path() << error;
    rebuild();
    emit changed();
}

QString ChartDrawings::measureText(const ChartDrawing& d) const
{
    const double change = d.p2 - d.p1;
    const double pct = d.p1 != 0 ? change / d.p1 * 100.0 : 0.0;
    const double seconds = d.t2 - d.t1;
    const double tf = static_cast<double>(timeframeMs(m_timeframe)) / 1000.0;
    const auto bars = static_cast<qint64>(std::llround(std::abs(seconds) / tf));
    const QString sign = change >= 0 ? QStringLiteral("+") : QStringLiteral("−");
    const SymbolId id = findSymbol(m_symbolName.toStdString()).value_or(0);
    return tr("%1 (%2%3) · %4 bars · %5")
        .arg(formatPercent(pct), sign, formatPrice(std::abs(change), id))
        .arg(bars)
        .arg(durationText(seconds));
}

QPointF ChartDrawings::toCoords(const QPointF& px) const
{
    return {m_rect->axis(QCPAxis::atBottom)->pixelToCoord(px.x()),
        m_rect->axis(QCPAxis::atRight)->pixelToCoord(px.y())};
}

int ChartDrawings::hitTest(const QPointF& px) const
{
    int best = -1;
    double bestDist = kHitPixels;
    for (int i = 0; i < m_items.size(); ++i) {
        for (QCPAbstractItem* item : m_items.at(i)) {
            const double dist = item->selectTest(px, false);
            if (dist >= 0 && dist < bestDist) {
                bestDist = dist;
                best = i;
            }
        }
    }
    return best;
}

bool ChartDrawings::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot)
        return QObject::eventFilter(watched, event);
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return QObject::eventFilter(watched, event);
    auto* e = static_cast<QMouseEvent*>(event);
    const QPointF px = e->position();
    if (type == QEvent::MouseButtonPress && e->button() == Qt::LeftButton) {
        if (!m_rect->rect().contains(px.toPoint()))
            return false;
        if (m_tool == Tool::None) {
            const int hit = hitTest(px);
            if (hit < 0) {
                if (m_selected >= 0)
                    select(-1);
                return false; // let the chart pan
            }
            select(hit);
            return true;
        }
        const QPointF c = toCoords(px);
        static constexpr ChartDrawing::Kind kinds[] = {ChartDrawing::Kind::HLine, ChartDrawing::Kind::HLine,
            ChartDrawing::Kind::Rect, ChartDrawing::Kind::Trend, ChartDrawing::Kind::Measure};
        m_draft = ChartDrawing {kinds[static_cast<int>(m_tool)], c.x(), c.y(), c.x(), c.y()};
        m_pressPx = px;
        rebuild();
        return true;
    }
    if (!m_draft)
        return false;
    if (type == QEvent::MouseMove) {
        const QPointF c = toCoords(px);
        m_draft->t2 = c.x();
        m_draft->p2 = c.y();
        rebuild();
        return false; // the crosshair follows too
    }
    if (type == QEvent::MouseButtonRelease && e->button() == Qt::LeftButton) {
        const QPointF c = toCoords(px);
        m_draft->t2 = c.x();
        m_draft->p2 = c.y();
        const bool dragged = (px - m_pressPx).manhattanLength() >= kMinDragPixels;
        if (m_draft->kind == ChartDrawing::Kind::HLine || dragged) {
            m_drawings.push_back(*m_draft);
            m_draft.reset();
            m_selected = static_cast<int>(m_drawings.size()) - 1;
            persist();
        } else {
            m_draft.reset();
            rebuild();
        }
        setTool(Tool::None);
        return true;
    }
    return false;
}

void ChartDrawings::rebuild()
{
    for (const auto& list : m_items)
        for (QCPAbstractItem* item : list)
            m_plot->removeItem(item);
    m_items.clear();
    for (QCPAbstractItem* item : m_draftItems)
        m_plot->removeItem(item);
    m_draftItems.clear();
    for (int i = 0; i < static_cast<int>(m_drawings.size()); ++i)
        m_items.push_back(makeItems(m_drawings[static_cast<std::size_t>(i)], i == m_selected, false));
    if (m_draft)
        m_draftItems = makeItems(*m_draft, false, true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QList<QCPAbstractItem*> ChartDrawings::makeItems(const ChartDrawing& d, bool selected, bool draft)
{
    QCPAxis* x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_rect->axis(QCPAxis::atRight);
    QColor color = selected ? kSelectedColor : kDrawColor;
    QPen pen(color, selected ? 2.0 : 1.5, draft ? Qt::DashLine : Qt::SolidLine);
    QColor fill = color;
    fill.setAlpha(36);
    auto place = [&](QCPAbstractItem* item) {
        item->setLayer(kLayer);
        item->setClipAxisRect(m_rect);
        item->setClipToAxisRect(true);
        for (QCPItemPosition* p : item->positions())
            p->setAxes(x, y);
    };
    QList<QCPAbstractItem*> out;
    switch (d.kind) {
    case ChartDrawing::Kind::HLine: {
        auto* line = new QCPItemStraightLine(m_plot);
        place(line);
        line->point1->setCoords(d.t1, d.p1);
        line->point2->setCoords(d.t1 + 60, d.p1);
        line->setPen(pen);
        auto* tag = new QCPItemText(m_plot);
        place(tag);
        tag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        tag->position->setCoords(0.0, d.p1);
        tag->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        tag->setColor(color);
        tag->setPadding(QMargins(4, 0, 4, 1));
        const SymbolId id = findSymbol(m_symbolName.toStdString()).value_or(0);
        tag->setText(formatPrice(d.p1, id));
        tag->setSelectable(false);
        out << line << tag;
        break;
    }
    case ChartDrawing::Kind::Trend: {
        auto* line = new QCPItemLine(m_plot);
        place(line);
        line->start->setCoords(d.t1, d.p1);
        line->end->setCoords(d.t2, d.p2);
        line->setPen(pen);
        out << line;
        break;
    }
    case ChartDrawing::Kind::Rect:
    case ChartDrawing::Kind::Measure: {
        const bool measure = d.kind == ChartDrawing::Kind::Measure;
        if (measure) {
            color = selected ? kSelectedColor : (d.p2 >= d.p1 ? theme::kUp : theme::kDown);
            pen.setColor(color);
            fill = color;
            fill.setAlpha(40);
        }
        auto* rect = new QCPItemRect(m_plot);
        place(rect);
        rect->topLeft->setCoords(std::min(d.t1, d.t2), std::max(d.p1, d.p2));
        rect->bottomRight->setCoords(std::max(d.t1, d.t2), std::min(d.p1, d.p2));
        rect->setPen(pen);
        rect->setBrush(fill);
        out << rect;
        if (measure) {
            auto* arrow = new QCPItemLine(m_plot);
            place(arrow);
            arrow->start->setCoords(d.t1, d.p1);
            arrow->end->setCoords(d.t2, d.p2);
            arrow->setPen(QPen(color, 1));
            arrow->setHead(QCPLineEnding::esSpikeArrow);
            arrow->setSelectable(false);
            auto* label = new QCPItemText(m_plot);
            place(label);
            label->position->setCoords((d.t1 + d.t2) / 2, std::max(d.p1, d.p2));
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setPadding(QMargins(6, 3, 6, 3));
            label->setBrush(color.darker(160));
            label->setColor(Qt::white);
            label->setText(measureText(d));
            label->setSelectable(false);
            out << arrow << label;
        }
        break;
    }
    }
    return out;
}

} // namespace perp
