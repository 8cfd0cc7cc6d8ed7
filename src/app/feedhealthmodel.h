// SPDX-License-Identifier: MIT
#pragma once

#include "feed/net/feedhealth.h"

#include <QAbstractTableModel>
#include <QMap>
#include <vector>

namespace perp {

// One row per exchange (or simulator / replay) and stream, from the newest immutable
// FeedHealthSnapshot of each. Every column has a tooltip saying what it counts.
class FeedHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        StreamColumn,
        StateColumn,
        RateColumn,
        LagColumn,
        MessagesColumn,
        ReconnectsColumn,
        GapsColumn,
        RejectedColumn,
        DuplicatesColumn,
        LastMessageColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1; // the number behind a cell

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the snapshot of its exchange. `nowMs` (wall clock) dates ages and countdowns.
    void update(const net::FeedHealthSnapshotPtr& snapshot, qint64 nowMs);
    const net::FeedHealthSnapshot* snapshot(const QString& exchange) const;
    QList<net::FeedHealthSnapshotPtr> snapshots() const { return m_byExchange.values(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString columnHelp(int column);

private:
    struct Row
    {
        const net::FeedHealthSnapshot* feed;
        const net::StreamHealth* stream;
    };
    QVariant display(const Row& r, int column) const;
    QVariant raw(const Row& r, int column) const;
    QString detail(const Row& r) const;

    QMap<QString, net::FeedHealthSnapshotPtr> m_byExchange;
    std::vector<Row> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace perp
