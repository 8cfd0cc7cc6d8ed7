// SPDX-License-Identifier: MIT
#pragma once

#include "engine/signals/signalsnapshot.h"

#include <QAbstractTableModel>

namespace perp {

// The signal list of the chart symbol in one mode: one row per signal card with its
// category, name, raw value, z, direction, strength, confidence, learned weight and hit
// rate. The card's plain-language description and formula are the name's tooltip.
class SignalCardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        NameColumn,
        ValueColumn,
        ZColumn,
        DirectionColumn,
        StrengthColumn,
        ConfidenceColumn,
        WeightColumn,
        HitRateColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as numbers
    static constexpr int CategoryRole = Qt::UserRole + 2; // int (sig::Category)
    static constexpr int CardIdRole = Qt::UserRole + 3; // QString, e.g. "flow.cvd_slope"

    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(const sig::SignalSnapshotPtr& snapshot, sig::Mode mode);
    sig::Mode mode() const { return m_mode; }
    // Rows with a valid reading.
    int validRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const sig::CardInfo& info(const sig::CardValue& v) const;
    QVariant display(const sig::CardValue& v, int column) const;
    QVariant sortValue(const sig::CardValue& v, int column) const;
    QVariant toolTip(const sig::CardValue& v, int column) const;
    QString missingText(const sig::CardValue& v) const;

    sig::SignalSnapshotPtr m_snapshot;
    sig::Mode m_mode = sig::Mode::Scalp;
    const std::vector<sig::CardValue>* m_cards = nullptr; // inside m_snapshot
};

} // namespace perp
