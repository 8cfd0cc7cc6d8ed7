// SPDX-License-Identifier: MIT
#pragma once

#include "usersettings.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QRadioButton;

namespace perp {

// Settings: symbols on the watchlist, default timeframe, units of trade sizes.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const UserSettings& current, QWidget* parent = nullptr);

    UserSettings settings() const;
    QListWidget* symbolList() const { return m_symbols; }
    QComboBox* timeframeBox() const { return m_timeframe; }
    QRadioButton* quoteUnits() const { return m_quote; }

private:
    QListWidget* m_symbols;
    QComboBox* m_timeframe;
    QRadioButton* m_base;
    QRadioButton* m_quote;
};

} // namespace perp
