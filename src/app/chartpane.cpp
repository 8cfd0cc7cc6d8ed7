// SPDX-License-Identifier: MIT
#include "chartpane.h"

#include "chartpanes.h"
#include "chartwidget.h"

#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace perp {

ChartPane::ChartPane(int id, bool simulated, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
    , m_simulated(simulated)
    , m_name(new QLabel(this))
    , m_link(new QToolButton(this))
    , m_symbolBox(new QComboBox(this))
    , m_tfBox(new QComboBox(this))
    , m_chart(new ChartWidget(this))
{
    setObjectName(QStringLiteral("chartPane%1").arg(id));
    m_name->setObjectName(QStringLiteral("paneName"));
    m_name->setStyleSheet(QStringLiteral("font-weight: 700; padding: 0 6px;"));
    m_link->setObjectName(QStringLiteral("paneLink"));
    m_link->setCheckable(true);
    m_link->setChecked(true);
    m_link->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_symbolBox->setObjectName(QStringLiteral("paneSymbol"));
    m_symbolBox->setMaxVisibleItems(21);
    m_tfBox->setObjectName(QStringLiteral("paneTimeframe"));
    for (Timeframe tf : kAllTimeframes)
        m_tfBox->addItem(QString::fromLatin1(timeframeName(tf)), static_cast<int>(tf));
    fillSymbols();

    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 2);
    header->setSpacing(6);
    header->addWidget(m_name);
    header->addWidget(m_link);
    header->addWidget(m_symbolBox);
    header->addWidget(m_tfBox);
    header->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);
    m_chart->setMinimumSize(320, 180);
    // A pane is smaller than the main chart: candles and volume by default, the other panes
    // from its Panes menu.
    for (ChartPanes::Pane p :
        {ChartPanes::Pane::Cvd, ChartPanes::Pane::OpenInterest, ChartPanes::Pane::Funding})
        m_chart->panes()->setPaneVisible(p, false);

    connect(m_link, &QToolButton::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_linked = on;
        if (on)
            m_symbol = m_mainSymbol;
        applyView();
    });
    connect(m_symbolBox, &QComboBox::activated, this, [this](int index) {
        // Picking a symbol here makes the pane independent: it keeps this symbol.
        m_linked = false;
        m_symbol = static_cast<SymbolId>(m_symbolBox->itemData(index).toInt());
        applyView();
    });
    connect(m_tfBox, &QComboBox::activated, this,
        [this](int index) { setTimeframe(static_cast<Timeframe>(m_tfBox->itemData(index).toInt())); });
    m_chart->setView(m_symbol, m_timeframe, m_simulated);
    applyView();
}

void ChartPane::fillSymbols()
{
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
        m_symbolBox->addItem(QString::fromStdString(symbolName(id)), static_cast<int>(id));
}

void ChartPane::setSymbol(SymbolId id)
{
    if (id == m_symbol)
        return;
    m_symbol = id;
    applyView();
}

void ChartPane::setTimeframe(Timeframe tf)
{
    if (tf == m_timeframe)
        return;
    m_timeframe = tf;
    applyView();
}

void ChartPane::setLinked(bool linked, SymbolId mainSymbol)
{
    m_linked = linked;
    m_mainSymbol = mainSymbol;
    if (linked)
        m_symbol = mainSymbol;
    applyView();
}

void ChartPane::followMain(SymbolId mainSymbol)
{
    m_mainSymbol = mainSymbol;
    if (m_linked)
        setSymbol(mainSymbol);
}

void ChartPane::applyView()
{
    m_updating = true;
    m_link->setChecked(m_linked);
    int index = m_symbolBox->findData(static_cast<int>(m_symbol));
    if (index < 0) { // a symbol beyond the defaults (e.g. from a replay)
        m_symbolBox->addItem(QString::fromStdString(symbolName(m_symbol)), static_cast<int>(m_symbol));
        index = m_symbolBox->count() - 1;
    }
    m_symbolBox->setCurrentIndex(index);
    m_tfBox->setCurrentIndex(m_tfBox->findData(static_cast<int>(m_timeframe)));
    m_updating = false;
    retranslate();
    if (m_chart->symbol() != m_symbol || m_chart->timeframe() != m_timeframe)
        m_chart->setView(m_symbol, m_timeframe, m_simulated);
    emit viewChanged();
}

void ChartPane::showFrame(const EngineSnapshotPtr& snapshot)
{
    if (EngineSnapshotPtr mine = snapshotOfView(snapshot, m_symbol, m_timeframe))
        m_chart->showSnapshot(mine);
}

QString ChartPane::title() const
{
    return tr("Chart %1 · %2 %3 · %4")
        .arg(QString::number(m_id), QString::fromStdString(symbolName(m_symbol)),
            QString::fromLatin1(timeframeName(m_timeframe)), m_linked ? tr("linked") : tr("independent"));
}

void ChartPane::retranslate()
{
    m_name->setText(tr("Chart %1").arg(m_id));
    m_name->setToolTip(tr("An extra chart pane with its own symbol and timeframe. Close it with the "
                          "dock's close button; it is saved with the layout."));
    m_link->setText(m_linked ? tr("Linked") : tr("Independent"));
    m_link->setToolTip(tr("Linked: this pane shows the symbol selected in the watchlist, the symbol search "
                          "or the main chart. Independent: it keeps the symbol picked here. Click to "
                          "switch."));
    m_symbolBox->setToolTip(tr("Symbol of this pane. Picking one makes the pane independent."));
    m_tfBox->setToolTip(tr("Timeframe of this pane's candles (UTC), independent of the main chart."));
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget()))
        dock->setWindowTitle(title());
}

void ChartPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace perp
