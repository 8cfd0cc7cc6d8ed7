// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

namespace perp {

SettingsDialog::SettingsDialog(const UserSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_symbols(new QListWidget(this))
    , m_timeframe(new QComboBox(this))
    , m_base(new QRadioButton(tr("Base units (e.g. BTC)"), this))
    , m_quote(new QRadioButton(tr("Quote currency (USDT notional)"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_symbols->setObjectName(QStringLiteral("settingsSymbols"));
    m_symbols->setToolTip(tr("Symbols shown in the watchlist. At least one stays on."));
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id) {
        auto* item = new QListWidgetItem(QString::fromStdString(symbolName(id)), m_symbols);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on
            = std::find(current.watchlist.begin(), current.watchlist.end(), id) != current.watchlist.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (Timeframe tf : kAllTimeframes)
        m_timeframe->addItem(QString::fromLatin1(timeframeName(tf)), static_cast<int>(tf));
    m_timeframe->setCurrentIndex(m_timeframe->findData(static_cast<int>(current.defaultTimeframe)));
    m_timeframe->setToolTip(tr("Timeframe of the chart when PerpScope starts without --timeframe"));
    (current.sizesInQuote ? m_quote : m_base)->setChecked(true);

    auto* symbolsBox = new QGroupBox(tr("Watchlist symbols"), this);
    (new QVBoxLayout(symbolsBox))->addWidget(m_symbols);
    auto* form = new QFormLayout;
    form->addRow(tr("Default timeframe:"), m_timeframe);
    auto* units = new QVBoxLayout;
    units->addWidget(m_base);
    units->addWidget(m_quote);
    form->addRow(tr("Trade sizes in time & sales:"), units);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_symbols, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!settings().watchlist.empty());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(symbolsBox);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, 620);
}

UserSettings SettingsDialog::settings() const
{
    UserSettings s;
    for (int i = 0; i < m_symbols->count(); ++i)
        if (m_symbols->item(i)->checkState() == Qt::Checked)
            s.watchlist.push_back(static_cast<SymbolId>(i));
    s.defaultTimeframe = static_cast<Timeframe>(m_timeframe->currentData().toInt());
    s.sizesInQuote = m_quote->isChecked();
    return s;
}

} // namespace perp
