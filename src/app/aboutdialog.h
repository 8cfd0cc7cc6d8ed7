// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace perp {

// Version, the "not financial advice" disclaimer and the third-party licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    QString text() const;

private:
    QLabel* m_text;
};

} // namespace perp
