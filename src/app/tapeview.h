// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace perp {

class TapeModel;

// The time & sales table: compact rows, newest on top, no selection.
class TapeView : public QTableView
{
    Q_OBJECT
public:
    explicit TapeView(TapeModel* model, QWidget* parent = nullptr);
};

} // namespace perp
