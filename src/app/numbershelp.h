// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace perp {

// Help > The numbers explained: what every figure in the window means.
class NumbersHelp : public QDialog
{
    Q_OBJECT
public:
    explicit NumbersHelp(QWidget* parent = nullptr);
    static QString html();
};

} // namespace perp
