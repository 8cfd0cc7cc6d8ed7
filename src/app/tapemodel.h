// SPDX-License-Identifier: MIT
#pragma once

#include "engine/tape.h"

#include <QAbstractTableModel>
#include <vector>

namespace perp {

// Time & sales of the chart symbol: trades and liquidations, newest first.
class TapeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, PriceColumn, SizeColumn, SideColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Prints oldest first, as in EngineSnapshot::tape.
    void setPrints(SymbolId symbol, const std::vector<TapePrint>& prints);
    const TapePrint& printAt(int row) const;
    // Size column in USDT notional (price x qty) instead of base units.
    void setSizesInQuote(bool quote);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString sideText(const TapePrint& p);

private:
    SymbolId m_symbol = 0;
    bool m_quote = false;
    std::vector<TapePrint> m_rows; // newest first
};

} // namespace perp
