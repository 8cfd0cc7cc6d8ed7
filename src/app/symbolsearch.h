// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <QLineEdit>

namespace perp {

// A search field with a completer over the symbol names (Ctrl+K focuses it). Enter or a
// completion picks a symbol; an unknown name is rejected with a red border and no change.
class SymbolSearch : public QLineEdit
{
    Q_OBJECT
public:
    explicit SymbolSearch(QWidget* parent = nullptr);

    // Picks the symbol named (case-insensitive, "btc" finds BTCUSDT); false if none.
    bool choose(const QString& text);
    void retranslate();

signals:
    void symbolChosen(perp::SymbolId id);

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace perp
