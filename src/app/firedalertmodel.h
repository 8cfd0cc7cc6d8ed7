// SPDX-License-Identifier: MIT
#pragma once

#include "alerttypes.h"

#include <QAbstractTableModel>

namespace perp {

// Fired alerts, newest first: time (UTC), symbol, mode, message, value, threshold and
// whether the alert fired during a replay or has been acknowledged. Holds at most
// `capacity` alerts (the oldest drop off; the alert log keeps them all).
class FiredAlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Symbol, Mode, Message, Value, Threshold, Status, ColumnCount };

    explicit FiredAlertModel(QObject* parent = nullptr, int capacity = 1'000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const alerts::FiredAlert& alert(int row) const { return m_alerts.at(std::size_t(row)); }
    // Newly fired alerts (in firing order) go on top.
    void addFired(const FiredAlertList& fired);
    // Replaces the list (the stored history, newest first).
    void setAlerts(const FiredAlertList& alerts);
    // Marks the alert of a row acknowledged; returns its log id (0 if it was not stored).
    std::int64_t acknowledgeRow(int row);
    void markAllAcknowledged();
    int unacknowledged() const;

private:
    int m_capacity;
    std::vector<alerts::FiredAlert> m_alerts; // newest first
};

} // namespace perp
