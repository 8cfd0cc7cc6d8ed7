// SPDX-License-Identifier: MIT
#pragma once

#include "engine/marketstate.h"

#include <QAbstractTableModel>
#include <vector>

namespace perp {

// The watchlist: one row per symbol with last price, 24 h change and 24 h volume.
// Rows follow the engine's watchlist order; values change in place between frames.
class WatchlistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SymbolColumn, LastColumn, ChangeColumn, VolumeColumn, ColumnCount };
    static constexpr int SymbolIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSummaries(const std::vector<SymbolSummary>& summaries);
    // Row of a symbol, or -1.
    int rowOf(SymbolId id) const;
    SymbolId symbolAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SymbolSummary& s, int column) const;
    QVariant toolTip(const SymbolSummary& s, int column) const;

    std::vector<SymbolSummary> m_rows;
    std::vector<int> m_tick; // per row: +1 last price moved up, -1 down, 0 not yet moved
};

} // namespace perp
