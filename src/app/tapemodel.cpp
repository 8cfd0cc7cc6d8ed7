// SPDX-License-Identifier: MIT
#include "tapemodel.h"

#include "displayformat.h"
#include "theme.h"

#include <QDateTime>
#include <QFont>

namespace perp {

void TapeModel::setPrints(SymbolId symbol, const std::vector<TapePrint>& prints)
{
    std::vector<TapePrint> rows(prints.rbegin(), prints.rend());
    if (symbol == m_symbol && rows == m_rows)
        return;
    beginResetModel();
    m_symbol = symbol;
    m_rows = std::move(rows);
    endResetModel();
}

void TapeModel::setSizesInQuote(bool quote)
{
    if (quote == m_quote)
        return;
    m_quote = quote;
    if (!m_rows.empty())
        emit dataChanged(index(0, SizeColumn), index(rowCount() - 1, SizeColumn));
    emit headerDataChanged(Qt::Horizontal, SizeColumn, SizeColumn);
}

const TapePrint& TapeModel::printAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int TapeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TapeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TapeModel::sideText(const TapePrint& p)
{
    if (p.liquidation)
        return p.side > 0 ? tr("LIQ long") : tr("LIQ short");
    return p.side > 0 ? tr("Buy") : tr("Sell");
}

QVariant TapeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TapePrint& p = m_rows[static_cast<std::size_t>(index.row())];
    // A buy (or a liquidated short, a forced buy) is green; a sell or liquidated long red.
    const bool up = p.liquidation ? p.side < 0 : p.side > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(p.time, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
        case PriceColumn:
            return formatPrice(p.price, m_symbol);
        case SizeColumn:
            return formatCompact(m_quote ? p.qty * p.price : p.qty);
        case SideColumn:
            return sideText(p);
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == TimeColumn ? theme::kMutedText : (up ? theme::kUp : theme::kDown);
    case Qt::BackgroundRole:
        if (p.liquidation) {
            QColor c = up ? theme::kUp : theme::kDown;
            c.setAlpha(40);
            return c;
        }
        return {};
    case Qt::FontRole:
        if (p.liquidation) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SideColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                            : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return p.liquidation
            ? tr("Forced order (liquidation) at %1 UTC: %2 %3 closed by the exchange")
                  .arg(formatUtc(p.time, true), formatCompact(p.qty), p.side > 0 ? tr("long") : tr("short"))
            : tr("Trade at %1 UTC: the taker %2 %3")
                  .arg(formatUtc(p.time, true), p.side > 0 ? tr("bought") : tr("sold"), formatCompact(p.qty));
    }
    return {};
}

QVariant TapeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case PriceColumn:
            return tr("Price");
        case SizeColumn:
            return m_quote ? tr("Size USDT") : tr("Size");
        case SideColumn:
            return tr("Side");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Exchange time of the print (UTC)");
        case PriceColumn:
            return tr("Fill price");
        case SizeColumn:
            return m_quote ? tr("Notional in USDT: price × quantity")
                           : tr("Quantity in base units (e.g. BTC)");
        case SideColumn:
            return tr("Buy/Sell: the taker's side. LIQ long/short: a forced order closing a long or short "
                      "position");
        }
    }
    return {};
}

} // namespace perp
