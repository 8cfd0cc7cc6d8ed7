// SPDX-License-Identifier: MIT
#include "chartrecolor.h"

#include <QRegularExpression>
#include <QWidget>
#include <qcustomplot.h>

namespace perp {

namespace {

class Mapper
{
public:
    Mapper(const QList<QColor>& before, const QList<QColor>& after)
    {
        for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i)
            m_map.insert(before[i].rgb() & 0xffffff, after[i]);
    }
    QColor colour(const QColor& c) const
    {
        auto it = m_map.constFind(c.rgb() & 0xffffff);
        if (it == m_map.constEnd())
            return c;
        QColor out = *it;
        out.setAlpha(c.alpha());
        return out;
    }
    QPen pen(QPen p) const
    {
        p.setColor(colour(p.color()));
        return p;
    }
    QBrush brush(QBrush b) const
    {
        if (b.style() != Qt::NoBrush && !b.gradient() && b.texture().isNull())
            b.setColor(colour(b.color()));
        return b;
    }

private:
    QHash<QRgb, QColor> m_map;
};

void recolorAxis(QCPAxis* a, const Mapper& m)
{
    a->setBasePen(m.pen(a->basePen()));
    a->setTickPen(m.pen(a->tickPen()));
    a->setSubTickPen(m.pen(a->subTickPen()));
    a->setTickLabelColor(m.colour(a->tickLabelColor()));
    a->setLabelColor(m.colour(a->labelColor()));
    a->grid()->setPen(m.pen(a->grid()->pen()));
    a->grid()->setSubGridPen(m.pen(a->grid()->subGridPen()));
    a->grid()->setZeroLinePen(m.pen(a->grid()->zeroLinePen()));
}

void recolorItem(QCPAbstractItem* item, const Mapper& m)
{
    if (auto* t = qobject_cast<QCPItemText*>(item)) {
        t->setColor(m.colour(t->color()));
        t->setPen(m.pen(t->pen()));
        t->setBrush(m.brush(t->brush()));
    } else if (auto* l = qobject_cast<QCPItemLine*>(item)) {
        l->setPen(m.pen(l->pen()));
    } else if (auto* s = qobject_cast<QCPItemStraightLine*>(item)) {
        s->setPen(m.pen(s->pen()));
    } else if (auto* r = qobject_cast<QCPItemRect*>(item)) {
        r->setPen(m.pen(r->pen()));
        r->setBrush(m.brush(r->brush()));
    } else if (auto* tr = qobject_cast<QCPItemTracer*>(item)) {
        tr->setPen(m.pen(tr->pen()));
        tr->setBrush(m.brush(tr->brush()));
    }
}

} // namespace

void recolorChart(QCustomPlot* plot, const QList<QColor>& before, const QList<QColor>& after)
{
    const Mapper m(before, after);
    if (!before.isEmpty())
        plot->setBackground(QBrush(m.colour(before.front()))); // the first colour is the background
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(m.brush(rect->backgroundBrush()));
        for (QCPAxis* a : rect->axes())
            recolorAxis(a, m);
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        p->setPen(m.pen(p->pen()));
        p->setBrush(m.brush(p->brush()));
        if (auto* f = qobject_cast<QCPFinancial*>(p)) {
            f->setPenPositive(m.pen(f->penPositive()));
            f->setPenNegative(m.pen(f->penNegative()));
            f->setBrushPositive(m.brush(f->brushPositive()));
            f->setBrushNegative(m.brush(f->brushNegative()));
        }
    }
    for (int i = 0; i < plot->itemCount(); ++i)
        recolorItem(plot->item(i), m);
    plot->replot();
}

void recolorStyleSheets(QWidget* root, const QList<QColor>& before, const QList<QColor>& after)
{
    QHash<QString, QString> map;
    for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i)
        map.insert(before[i].name(), after[i].name());
    static const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QString sheet = w->styleSheet();
        if (sheet.isEmpty())
            continue;
        QString out;
        qsizetype last = 0;
        for (auto it = colour.globalMatch(sheet); it.hasNext();) {
            const auto m = it.next();
            out += sheet.mid(last, m.capturedStart() - last);
            out += map.value(m.captured().toLower(), m.captured());
            last = m.capturedEnd();
        }
        out += sheet.mid(last);
        if (out != sheet)
            w->setStyleSheet(out);
    }
}

} // namespace perp
