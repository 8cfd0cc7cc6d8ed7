// SPDX-License-Identifier: MIT
#include "lastpricemarker.h"

#include "theme.h"

#include <qcustomplot.h>

namespace perp {

LastPriceMarker::LastPriceMarker(QCustomPlot* plot, QCPAxisRect* rect)
    : QObject(plot)
    , m_line(new QCPItemStraightLine(plot))
    , m_tag(new QCPItemText(plot))
{
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atRight);
    m_line->setClipAxisRect(rect);
    m_line->point1->setAxes(x, y);
    m_line->point2->setAxes(x, y);
    m_line->setLayer(QStringLiteral("overlay"));
    m_tag->setLayer(QStringLiteral("overlay"));
    m_tag->setClipToAxisRect(false);
    m_tag->position->setAxisRect(rect);
    m_tag->position->setAxes(x, y);
    m_tag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_tag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tag->setPadding(QMargins(6, 2, 6, 2));
    m_tag->setColor(Qt::white);
    QFont f = m_tag->font();
    f.setBold(true);
    m_tag->setFont(f);
    hide();
}

void LastPriceMarker::show(double price, bool up, const QString& text)
{
    m_price = price;
    const QColor c = up ? theme::kUp : theme::kDown;
    m_line->setPen(QPen(c, 1, Qt::DotLine));
    m_line->point1->setCoords(0, price);
    m_line->point2->setCoords(1, price);
    m_tag->setBrush(c);
    m_tag->setText(text);
    m_tag->position->setCoords(1.0, price);
    m_line->setVisible(true);
    m_tag->setVisible(true);
}

void LastPriceMarker::hide()
{
    m_line->setVisible(false);
    m_tag->setVisible(false);
}

bool LastPriceMarker::isShown() const
{
    return m_tag->visible();
}

} // namespace perp

namespace perp {

int LastPriceMarker::tagWidth() const
{
    const QMargins pad = m_tag->padding();
    return QFontMetrics(m_tag->font()).horizontalAdvance(m_tag->text()) + pad.left() + pad.right() + 4;
}

} // namespace perp
