// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/signals/signalsnapshot.h"

#include <QAbstractTableModel>
#include <vector>

namespace perp {

// The watchlist heat table: one row per watchlist symbol, one column per trading mode
// (scalp, day, swing) with the composite bias (-100..+100), confidence and state.
// Rows keep the watchlist order; values change in place between snapshots.
class SignalHeatModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SymbolColumn, ScalpColumn, DayColumn, SwingColumn, ColumnCount };
    static constexpr int SymbolIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2; // bias (modes) or name (symbol)
    static constexpr int BiasRole = Qt::UserRole + 3; // double, invalid when not ready
    static constexpr int ConfidenceRole = Qt::UserRole + 4; // double %
    static constexpr int StateRole = Qt::UserRole + 5; // int (sig::BiasState)

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `symbols` (watchlist order) with their composites from `snapshot` (may be null).
    void setSymbols(const std::vector<SymbolId>& symbols, const sig::SignalSnapshotPtr& snapshot);
    int rowOf(SymbolId id) const;
    SymbolId symbolAt(int row) const;
    static sig::Mode modeOf(int column) { return static_cast<sig::Mode>(column - ScalpColumn); }
    // Cells with a composite (ready), over all rows and modes.
    int readyCells() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SymbolId id = 0;
        sig::SymbolSignals signals_; // `signals` is a Qt macro
        bool known = false; // the signal engine has this symbol
    };
    QVariant cellToolTip(const Row& r, int column) const;

    std::vector<Row> m_rows;
};

} // namespace perp
