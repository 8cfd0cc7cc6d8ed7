// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <QStyledItemDelegate>
#include <QTableView>

class QSortFilterProxyModel;

namespace perp {

class SignalHeatModel;

// Paints a heat cell: the bias colour, bias and confidence, a confidence bar along the
// bottom, and a violet frame with "≠" when the state is conflicted.
class SignalHeatDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// The heat table over a sorting proxy. Clicking a row charts that symbol; the selection
// follows the charted symbol.
class SignalHeatView : public QTableView
{
    Q_OBJECT
public:
    explicit SignalHeatView(SignalHeatModel* model, QWidget* parent = nullptr);

    void setCurrentSymbol(SymbolId id);
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    SignalHeatModel* heatModel() const { return m_model; }
    // Row in the view (after sorting) of a symbol, or -1.
    int viewRowOf(SymbolId id) const;

signals:
    void symbolSelected(perp::SymbolId id);

private:
    void onCurrentChanged(const QModelIndex& current);
    void restoreSelection();

    SignalHeatModel* m_model;
    QSortFilterProxyModel* m_proxy;
    SymbolId m_current = 0;
    bool m_updating = false;
};

} // namespace perp
