// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <QTableView>

namespace perp {

class WatchlistModel;

// The symbol list on the left: a compact table over WatchlistModel. Selecting a row
// asks for that symbol's chart; the selection follows the shown symbol.
class WatchlistView : public QTableView
{
    Q_OBJECT
public:
    explicit WatchlistView(WatchlistModel* model, QWidget* parent = nullptr);

    void setCurrentSymbol(SymbolId id);

signals:
    void symbolSelected(perp::SymbolId id);

private:
    void onCurrentChanged(const QModelIndex& current);
    void restoreSelection();

    WatchlistModel* m_model;
    SymbolId m_current = 0;
    bool m_updating = false;
};

} // namespace perp
