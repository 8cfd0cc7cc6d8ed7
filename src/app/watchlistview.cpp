// SPDX-License-Identifier: MIT
#include "watchlistview.h"

#include "watchlistmodel.h"

#include <QHeaderView>

namespace perp {

WatchlistView::WatchlistView(WatchlistModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(26);
    auto* header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setMinimumWidth(330);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(model, &QAbstractItemModel::modelReset, this, &WatchlistView::restoreSelection);
}

void WatchlistView::setCurrentSymbol(SymbolId id)
{
    m_current = id;
    restoreSelection();
}

void WatchlistView::restoreSelection()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0 || currentIndex().row() == row)
        return;
    m_updating = true;
    selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_updating = false;
}

void WatchlistView::onCurrentChanged(const QModelIndex& current)
{
    if (m_updating || !current.isValid())
        return;
    const SymbolId id = m_model->symbolAt(current.row());
    if (id == m_current)
        return;
    m_current = id;
    emit symbolSelected(id);
}

} // namespace perp
