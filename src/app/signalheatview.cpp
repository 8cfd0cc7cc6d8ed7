// SPDX-License-Identifier: MIT
#include "signalheatview.h"

#include "signalheatmodel.h"
#include "signalstyle.h"
#include "theme.h"

#include <QHeaderView>
#include <QPainter>
#include <QSortFilterProxyModel>

namespace perp {

void SignalHeatDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant bias = index.data(SignalHeatModel::BiasRole);
    if (index.column() == SignalHeatModel::SymbolColumn || !bias.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double b = bias.toDouble();
    const double conf = index.data(SignalHeatModel::ConfidenceRole).toDouble();
    const auto state = static_cast<sig::BiasState>(index.data(SignalHeatModel::StateRole).toInt());
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    const QColor bg = sigstyle::biasColor(b);
    const QColor fg = sigstyle::textOn(bg);
    painter->save();
    painter->fillRect(r, bg);
    // Confidence bar along the bottom.
    QColor bar = fg;
    bar.setAlpha(150);
    painter->fillRect(QRect(r.left(), r.bottom() - 2, static_cast<int>(r.width() * conf / 100.0), 3), bar);
    const bool conflicted = state == sig::BiasState::Conflicted;
    if (conflicted) {
        painter->setPen(QPen(sigstyle::conflictColor(), 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(theme::kAccent, 1));
        painter->drawRect(r.adjusted(0, 0, -1, -1));
    }
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(fg);
    const QRect text = r.adjusted(6, 0, -6, -2);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        conflicted ? QStringLiteral("≠ %1").arg(SignalText::bias(b)) : SignalText::bias(b));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, SignalText::percent(conf));
    painter->restore();
}

SignalHeatView::SignalHeatView(SignalHeatModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("signalHeatView"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SignalHeatModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);
    setItemDelegate(new SignalHeatDelegate(this));
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // watchlist order until the user clicks a header
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(24);
    auto* header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(SignalHeatModel::SymbolColumn, QHeaderView::ResizeToContents);
    header->setSortIndicatorShown(true);
    setMinimumWidth(300);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SignalHeatView::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SignalHeatView::restoreSelection);
}

int SignalHeatView::viewRowOf(SymbolId id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? -1 : m_proxy->mapFromSource(m_model->index(row, 0)).row();
}

void SignalHeatView::setCurrentSymbol(SymbolId id)
{
    m_current = id;
    restoreSelection();
}

void SignalHeatView::restoreSelection()
{
    const int row = viewRowOf(m_current);
    if (row < 0 || (currentIndex().row() == row && selectionModel()->isRowSelected(row, {})))
        return;
    m_updating = true;
    selectionModel()->setCurrentIndex(
        m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_updating = false;
}

void SignalHeatView::onCurrentChanged(const QModelIndex& current)
{
    if (m_updating || !current.isValid())
        return;
    const SymbolId id = m_model->symbolAt(m_proxy->mapToSource(current).row());
    if (id == m_current)
        return;
    m_current = id;
    emit symbolSelected(id);
}

} // namespace perp
