// SPDX-License-Identifier: MIT
#include "firedalertmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include <algorithm>

namespace perp {

namespace {

bool isRowOf(const QAbstractItemModel& m, const QModelIndex& index)
{
    return index.isValid() && index.model() == &m && !index.parent().isValid() && index.row() < m.rowCount()
        && index.column() < m.columnCount();
}

} // namespace

FiredAlertModel::FiredAlertModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
    registerAlertTypes();
}

int FiredAlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int FiredAlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiredAlertModel::data(const QModelIndex& index, int role) const
{
    if (!isRowOf(*this, index))
        return {};
    const alerts::FiredAlert& a = m_alerts[std::size_t(index.row())];
    if (role == Qt::ForegroundRole && !a.acknowledged)
        return QBrush(QColor(0xff, 0xc1, 0x4d));
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return tr("Engine time (exchange time, UTC) of the evaluation that fired the alert.");
        case Value:
            return tr("The observed value that met the condition (bias points, percent, price or quote "
                      "notional depending on the rule; liquidation bands are estimated).");
        case Threshold:
            return tr("The rule's threshold the value was compared against.");
        case Status:
            return tr("REPLAY: fired while replaying recorded data. NEW: not acknowledged yet.");
        default:
            return QString::fromStdString(a.message);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Threshold))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(a.time, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Symbol:
        return QString::fromStdString(a.symbol);
    case Mode:
        return a.mode.empty() ? QStringLiteral("—") : QString::fromStdString(a.mode);
    case Message:
        return QString::fromStdString(a.message);
    case Value:
        return QString::number(a.value, 'g', 8);
    case Threshold:
        return QString::number(a.threshold, 'g', 8);
    case Status: {
        QStringList s;
        if (a.replay)
            s << tr("REPLAY");
        s << (a.acknowledged ? tr("acknowledged") : tr("NEW"));
        return s.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant FiredAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* names[] = {"Time (UTC)", "Symbol", "Mode", "Message", "Value", "Threshold", "Status"};
    static const char* tips[] = {"Engine time (exchange time, UTC) of the evaluation that fired the alert.",
        "Symbol the alert is about.", "Signal mode (scalp, day, swing); — for mode-less rules.",
        "The rule's message with its placeholders filled in.",
        "The observed value that met the condition (bias points, percent, price or quote notional "
        "depending on the rule; liquidation bands are estimated).",
        "The rule's threshold the value was compared against.",
        "REPLAY: fired while replaying recorded data. NEW: not acknowledged yet."};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

void FiredAlertModel::addFired(const FiredAlertList& fired)
{
    if (fired.empty())
        return;
    const int n = std::min(int(fired.size()), m_capacity);
    const int overflow = int(m_alerts.size()) + n - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, int(m_alerts.size()) - overflow, int(m_alerts.size()) - 1);
        m_alerts.resize(m_alerts.size() - std::size_t(overflow));
        endRemoveRows();
    }
    beginInsertRows({}, 0, n - 1);
    // Newest first: the last fired goes on top.
    m_alerts.insert(m_alerts.begin(), fired.rbegin(), fired.rbegin() + n);
    endInsertRows();
}

void FiredAlertModel::setAlerts(const FiredAlertList& alerts)
{
    beginResetModel();
    m_alerts.assign(
        alerts.begin(), alerts.begin() + std::min<std::ptrdiff_t>(std::ptrdiff_t(alerts.size()), m_capacity));
    endResetModel();
}

std::int64_t FiredAlertModel::acknowledgeRow(int row)
{
    if (row < 0 || row >= rowCount())
        return 0;
    auto& a = m_alerts[std::size_t(row)];
    if (!a.acknowledged) {
        a.acknowledged = true;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return a.id;
}

void FiredAlertModel::markAllAcknowledged()
{
    if (m_alerts.empty())
        return;
    for (auto& a : m_alerts)
        a.acknowledged = true;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FiredAlertModel::unacknowledged() const
{
    return int(
        std::count_if(m_alerts.begin(), m_alerts.end(), [](const auto& a) { return !a.acknowledged; }));
}

} // namespace perp
