// SPDX-License-Identifier: MIT
#include "signalheatmodel.h"

#include "signalstyle.h"

#include <QFont>
#include <algorithm>

namespace perp {

void SignalHeatModel::setSymbols(const std::vector<SymbolId>& symbols, const sig::SignalSnapshotPtr& snapshot)
{
    std::vector<Row> rows;
    rows.reserve(symbols.size());
    for (SymbolId id : symbols) {
        Row r;
        r.id = id;
        r.signals_.id = id;
        if (snapshot) {
            const auto& all = snapshot->symbols; // ascending id
            auto it = std::lower_bound(
                all.begin(), all.end(), id, [](const sig::SymbolSignals& s, SymbolId v) { return s.id < v; });
            if (it != all.end() && it->id == id) {
                r.signals_ = *it;
                r.known = true;
            }
        }
        rows.push_back(r);
    }
    const bool same = std::equal(m_rows.begin(), m_rows.end(), rows.begin(), rows.end(),
        [](const Row& a, const Row& b) { return a.id == b.id; });
    if (!same) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        emit dataChanged(index(0, ScalpColumn), index(rowCount() - 1, ColumnCount - 1));
}

int SignalHeatModel::rowOf(SymbolId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

SymbolId SignalHeatModel::symbolAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).id;
}

int SignalHeatModel::readyCells() const
{
    int n = 0;
    for (const Row& r : m_rows)
        for (const auto& m : r.signals_.modes)
            n += m.ready ? 1 : 0;
    return n;
}

int SignalHeatModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SignalHeatModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalHeatModel::cellToolTip(const Row& r, int column) const
{
    const QString name = QString::fromStdString(symbolName(r.id));
    if (column == SymbolColumn)
        return tr("%1: composite bias per trading mode. Click to chart it and open its signals.").arg(name);
    const sig::Mode mode = modeOf(column);
    const sig::ModeSummary& m = r.signals_.modes[static_cast<std::size_t>(mode)];
    if (!m.ready)
        return tr("%1 %2: no composite yet. It appears after the mode's first cycle with data.")
            .arg(name, SignalText::modeTitle(mode));
    QString tip = tr("<b>%1 · %2</b><br>Bias %3 · confidence %4 · %5<br>Signals with data: %6, missing: %7")
                      .arg(name, SignalText::modeTitle(mode), SignalText::bias(m.bias),
                          SignalText::percent(m.confidence), SignalText::stateTitle(m.state))
                      .arg(m.validCards)
                      .arg(m.missingCards);
    if (m.transition)
        tip += tr("<br>Transition at the last cycle: the bias just turned directional or flipped.");
    if (m.deceleration)
        tip += tr("<br>Deceleration: still directional, but |bias| fell for several cycles.");
    tip += QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p>%4</p>")
               .arg(SignalText::biasHelp(), SignalText::confidenceHelp(), SignalText::stateHelp(m.state),
                   SignalText::modeHelp(mode));
    return tip;
}

QVariant SignalHeatModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    if (role == SymbolIdRole)
        return static_cast<int>(r.id);
    if (role == Qt::ToolTipRole)
        return cellToolTip(r, col);
    if (col == SymbolColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return QString::fromStdString(symbolName(r.id));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
        return {};
    }
    const sig::ModeSummary& m = r.signals_.modes[static_cast<std::size_t>(modeOf(col))];
    switch (role) {
    case Qt::DisplayRole:
        if (!m.ready)
            return QStringLiteral("—");
        return QStringLiteral("%1  %2").arg(SignalText::bias(m.bias), SignalText::percent(m.confidence));
    case SortRole:
        // Not ready sorts below every real bias.
        return m.ready ? static_cast<double>(m.bias) : -1000.0;
    case BiasRole:
        return m.ready ? QVariant(static_cast<double>(m.bias)) : QVariant();
    case ConfidenceRole:
        return m.ready ? QVariant(static_cast<double>(m.confidence)) : QVariant();
    case StateRole:
        return static_cast<int>(m.state);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return m.ready ? QVariant(sigstyle::biasColor(m.bias)) : QVariant();
    case Qt::ForegroundRole:
        return m.ready ? QVariant(sigstyle::textOn(sigstyle::biasColor(m.bias))) : QVariant();
    }
    return {};
}

QVariant SignalHeatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return section == SymbolColumn ? tr("Symbol") : SignalText::modeTitle(modeOf(section));
    if (role == Qt::ToolTipRole) {
        if (section == SymbolColumn)
            return tr("USDT-margined perpetual future. Click a header to sort.");
        return tr("%1<br>Each cell: bias (-100 bearish .. +100 bullish, coloured red .. grey .. green) and "
                  "confidence %. A violet frame and ≠ mark a conflicted state. Click to sort by bias.")
            .arg(SignalText::modeHelp(modeOf(section)));
    }
    return {};
}

} // namespace perp
