// SPDX-License-Identifier: MIT
#include "tapeview.h"

#include "tapemodel.h"

#include <QHeaderView>

namespace perp {

TapeView::TapeView(TapeModel* model, QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("tapeView"));
    setModel(model);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(20);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(260);
}

} // namespace perp
