// SPDX-License-Identifier: MIT
#include "watchlistmodel.h"

#include "displayformat.h"
#include "theme.h"

#include <QFont>

namespace perp {

namespace {
bool sameSymbols(const std::vector<SymbolSummary>& a, const std::vector<SymbolSummary>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const SymbolSummary& x, const SymbolSummary& y) { return x.id == y.id; });
}
} // namespace

void WatchlistModel::setSummaries(const std::vector<SymbolSummary>& summaries)
{
    if (!sameSymbols(m_rows, summaries)) {
        beginResetModel();
        m_rows = summaries;
        m_tick.assign(m_rows.size(), 0);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const double before = m_rows[i].last, now = summaries[i].last;
        if (before > 0 && now != before)
            m_tick[i] = now > before ? 1 : -1;
    }
    m_rows = summaries;
    if (!m_rows.empty())
        emit dataChanged(index(0, LastColumn), index(rowCount() - 1, ColumnCount - 1));
}

int WatchlistModel::rowOf(SymbolId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

SymbolId WatchlistModel::symbolAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).id;
}

int WatchlistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WatchlistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchlistModel::display(const SymbolSummary& s, int column) const
{
    const bool hasPrice = s.trades > 0;
    switch (column) {
    case SymbolColumn:
        return QString::fromStdString(symbolName(s.id));
    case LastColumn:
        return hasPrice ? formatPrice(s.last, s.id) : QStringLiteral("—");
    case ChangeColumn:
        return hasPrice ? formatPercent(s.change24hPct) : QStringLiteral("—");
    case VolumeColumn:
        return hasPrice ? formatCompact(s.volume24hQuote) : QStringLiteral("—");
    }
    return {};
}

QVariant WatchlistModel::toolTip(const SymbolSummary& s, int column) const
{
    const QString name = QString::fromStdString(symbolName(s.id));
    switch (column) {
    case SymbolColumn:
        return tr("%1 perpetual future. Click to chart it.").arg(name);
    case LastColumn:
        return tr("%1 last trade price: %2 USDT (tick size %3). Green when it last moved up, red when down.")
            .arg(name, formatPrice(s.last, s.id),
                QString::fromStdString(symbolInfo(s.id).tickSize.toString()));
    case ChangeColumn:
        return tr(
            "%1 change of the last price against the open of the first 1-minute candle of the last 24 h "
            "(or since data started, if that is less than 24 h ago): %2")
            .arg(name, formatPercent(s.change24hPct));
    case VolumeColumn:
        return tr("%1 traded notional in USDT over the last 24 h (or since data started), from 1-minute "
                  "candles, each valued at its typical price (H+L+C)/3: %2")
            .arg(name, QString::number(s.volume24hQuote, 'f', 0));
    }
    return {};
}

QVariant WatchlistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SymbolSummary& s = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case SymbolIdRole:
        return QVariant::fromValue(static_cast<int>(s.id));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == SymbolColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                  : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == LastColumn && m_tick[static_cast<std::size_t>(index.row())] != 0)
            return m_tick[static_cast<std::size_t>(index.row())] > 0 ? theme::kUp : theme::kDown;
        if (index.column() == ChangeColumn && s.trades > 0)
            return s.change24hPct >= 0 ? theme::kUp : theme::kDown;
        if (index.column() == VolumeColumn)
            return theme::kMutedText;
        return {};
    case Qt::FontRole:
        if (index.column() == SymbolColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        static const char* names[]
            = {QT_TR_NOOP("Symbol"), QT_TR_NOOP("Last"), QT_TR_NOOP("24h %"), QT_TR_NOOP("24h Vol")};
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SymbolColumn:
            return tr("USDT-margined perpetual future");
        case LastColumn:
            return tr("Price of the most recent trade, in USDT");
        case ChangeColumn:
            return tr("Change of the last price against the price 24 h ago (first 1-minute open in the last "
                      "24 h; shorter window right after start). Green up, red down.");
        case VolumeColumn:
            return tr("Traded notional in USDT over the last 24 h (shorter window right after start)");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            section == SymbolColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace perp
