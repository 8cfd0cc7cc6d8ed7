// SPDX-License-Identifier: MIT
#include "signalmarkers.h"

#include "displayformat.h"
#include "signalstyle.h"
#include "theme.h"

#include <QAction>
#include <QToolTip>
#include <cmath>
#include <map>

namespace perp {

namespace {
constexpr double kSize = 6; // half size of a marker, pixels
constexpr double kGap = 8; // from the candle's wick
constexpr double kStack = 15; // between markers of the same candle and side

QString modeInitial(sig::Mode m)
{
    return SignalText::modeTitle(m).left(1);
}

bool bullish(const sig::BiasEvent& e)
{
    return e.state == sig::BiasState::Bullish || (e.state != sig::BiasState::Bearish && e.bias > 0);
}
} // namespace

SignalMarkers::SignalMarkers(QCustomPlot* plot, QCPAxisRect* rect, BarLookup bars)
    : QCPLayerable(plot)
    , m_rect(rect)
    , m_bars(std::move(bars))
    , m_toggle(new QAction(plot))
{
    const QString name = QStringLiteral("sigMarks");
    if (!plot->layer(name)) {
        QCPLayer* below = plot->layer(QStringLiteral("liqOver"));
        plot->addLayer(name, below ? below : plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    }
    setLayer(name);
    setAntialiased(true);
    m_toggle->setObjectName(QStringLiteral("signalMarkersAction"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setShortcut(Qt::SHIFT | Qt::Key_S);
    m_toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_toggle, &QAction::toggled, this, [this, plot](bool on) {
        setVisible(on);
        plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(plot, &QCustomPlot::mouseMove, this, [this, plot](QMouseEvent* e) {
        // Only shows: the liquidation layers hide the tip when nothing of theirs is hovered.
        const QString text = toolTipAt(e->position());
        if (!text.isEmpty())
            QToolTip::showText(e->globalPosition().toPoint(), text, plot);
    });
    retranslate();
}

void SignalMarkers::retranslate()
{
    m_toggle->setText(tr("Signal markers"));
    m_toggle->setToolTip(
        tr("Show transition (arrow) and deceleration (diamond) markers of the composite bias "
           "on the candles; S, D, W = scalp, day, swing mode (%1)")
            .arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
}

void SignalMarkers::setSymbol(SymbolId symbol)
{
    m_symbol = symbol;
    m_snap.reset();
    m_events.clear();
}

void SignalMarkers::showSnapshot(const sig::SignalSnapshotPtr& snapshot)
{
    if (!snapshot || snapshot == m_snap || snapshot->chart.id != m_symbol)
        return;
    m_snap = snapshot;
    m_events = snapshot->chart.events;
}

std::vector<SignalMark> SignalMarkers::marks() const
{
    std::vector<SignalMark> out;
    if (!visible() || !m_bars)
        return out;
    QCPAxis* x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_rect->axis(QCPAxis::atRight);
    const QRectF clip = QRectF(m_rect->rect()).adjusted(-kSize, -kSize, kSize, kSize);
    std::map<std::pair<long long, bool>, int> stacked; // (bar key in ms, above) -> markers so far
    for (const sig::BiasEvent& e : m_events) {
        // A cycle at t saw the market up to t: its candle is the one holding t - 1 ms.
        const auto bar = m_bars(e.time - 1);
        if (!bar)
            continue;
        const bool above = !bullish(e);
        const double px = x->coordToPixel(bar->key);
        const int n = stacked[{std::llround(bar->key * 1000.0), above}]++;
        const double offset = kGap + kSize + n * kStack;
        const double py = above ? y->coordToPixel(bar->high) - offset : y->coordToPixel(bar->low) + offset;
        const QPointF c(px, py);
        if (clip.contains(c))
            out.push_back({c, above, e});
    }
    return out;
}

QString SignalMarkers::toolTipAt(const QPointF& pos) const
{
    for (const SignalMark& m : marks()) {
        const QPointF d = m.centre - pos;
        if (std::abs(d.x()) > kSize + 2 || std::abs(d.y()) > kSize + 2)
            continue;
        const sig::BiasEvent& e = m.event;
        const QString what = e.kind == sig::BiasEventKind::Transition
            ? tr("the bias turned %1").arg(SignalText::stateTitle(e.state).toLower())
            : tr("still %1, but |bias| fell for %2 cycles in a row")
                  .arg(SignalText::stateTitle(e.state).toLower())
                  .arg(sig::kDecelerationCycles);
        return tr("<b>%1 · %2</b> (%3 mode)<br>%4<br>Bias %5 · confidence %6<br>Composite cycle %7 UTC")
            .arg(SignalText::eventTitle(e.kind), QString::fromStdString(symbolName(m_symbol)),
                SignalText::modeTitle(e.mode), what, SignalText::bias(e.bias),
                SignalText::percent(e.confidence), formatUtc(e.time, true));
    }
    return {};
}

void SignalMarkers::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aeOther);
}

QRect SignalMarkers::clipRect() const
{
    return m_rect->rect();
}

void SignalMarkers::draw(QCPPainter* painter)
{
    QFont font = painter->font();
    font.setPointSizeF(7);
    font.setBold(true);
    painter->setFont(font);
    for (const SignalMark& m : marks()) {
        const bool up = !m.above;
        const QColor colour = m.event.state == sig::BiasState::Conflicted ? sigstyle::conflictColor()
                                                                          : (up ? theme::kUp : theme::kDown);
        const QPointF c = m.centre;
        if (m.event.kind == sig::BiasEventKind::Transition) {
            const double s = up ? -1 : 1; // tip towards the candle
            const QPolygonF arrow {{c.x(), c.y() + s * kSize}, {c.x() - kSize, c.y() - s * kSize},
                {c.x() + kSize, c.y() - s * kSize}};
            painter->setPen(QPen(theme::kBackground, 1));
            painter->setBrush(colour);
            painter->drawPolygon(arrow);
        } else {
            const QPolygonF diamond {{c.x(), c.y() - kSize}, {c.x() + kSize, c.y()}, {c.x(), c.y() + kSize},
                {c.x() - kSize, c.y()}};
            painter->setPen(QPen(colour, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawPolygon(diamond);
        }
        painter->setPen(colour);
        painter->drawText(QRectF(c.x() + kSize + 1, c.y() - 7, 12, 14), Qt::AlignLeft | Qt::AlignVCenter,
            modeInitial(m.event.mode));
    }
}

} // namespace perp
