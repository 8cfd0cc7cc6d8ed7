// SPDX-License-Identifier: MIT
#include "charttoolbar.h"

#include <QActionGroup>
#include <QEvent>
#include <QLabel>

namespace perp {

ChartToolBar::ChartToolBar(QWidget* parent)
    : QToolBar(tr("Chart"), parent)
    , m_symbol(new QLabel(this))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("chartToolBar"));
    setMovable(false);
    m_symbol->setObjectName(QStringLiteral("chartSymbol"));
    m_symbol->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 700; padding: 0 14px 0 4px;"));
    addWidget(m_symbol);
    addSeparator();
    int key = Qt::Key_1;
    for (Timeframe tf : kAllTimeframes) {
        const QString name = QString::fromLatin1(timeframeName(tf));
        QAction* a = addAction(name);
        a->setCheckable(true);
        a->setData(static_cast<int>(tf));
        a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(key++)));
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, tf] {
            if (tf == m_timeframe)
                return;
            m_timeframe = tf;
            emit timeframeSelected(tf);
        });
    }
    setTimeframe(Timeframe::M1);
    retranslate();
}

void ChartToolBar::retranslate()
{
    setWindowTitle(tr("Chart"));
    m_symbol->setToolTip(tr("Symbol shown in the chart. Pick another one in the watchlist on the left."));
    for (QAction* a : m_group->actions())
        a->setToolTip(
            tr("Show %1 candles (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
}

void ChartToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void ChartToolBar::setSymbol(const QString& name)
{
    m_symbol->setText(name);
}

void ChartToolBar::setTimeframe(Timeframe tf)
{
    m_timeframe = tf;
    if (QAction* a = timeframeAction(tf))
        a->setChecked(true);
}

QAction* ChartToolBar::timeframeAction(Timeframe tf) const
{
    for (QAction* a : m_group->actions())
        if (a->data().toInt() == static_cast<int>(tf))
            return a;
    return nullptr;
}

} // namespace perp
