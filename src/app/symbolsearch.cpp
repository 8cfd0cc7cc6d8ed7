// SPDX-License-Identifier: MIT
#include "symbolsearch.h"

#include <QCompleter>
#include <QEvent>
#include <QStringListModel>

namespace perp {

namespace {
QStringList symbolNames()
{
    QStringList names;
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
        names << QString::fromStdString(symbolName(id));
    return names;
}
} // namespace

SymbolSearch::SymbolSearch(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("symbolSearch"));
    setClearButtonEnabled(true);
    setFixedWidth(170);
    auto* completer = new QCompleter(new QStringListModel(symbolNames(), this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setObjectName(QStringLiteral("symbolCompleter"));
    setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
        [this](const QString& text) { choose(text); });
    connect(this, &QLineEdit::returnPressed, this, [this] { choose(text()); });
    connect(this, &QLineEdit::textEdited, this, [this] { setStyleSheet({}); });
    retranslate();
}

void SymbolSearch::retranslate()
{
    setPlaceholderText(tr("Search symbol (Ctrl+K)"));
    setToolTip(tr("Type part of a symbol name, e.g. \"eth\", and press Enter to show its chart"));
}

bool SymbolSearch::choose(const QString& text)
{
    const QString wanted = text.trimmed().toUpper();
    if (wanted.isEmpty())
        return false;
    const QStringList names = symbolNames();
    qsizetype hit = names.indexOf(wanted);
    if (hit < 0) {
        const QStringList matches = names.filter(wanted);
        hit = matches.isEmpty() ? -1 : names.indexOf(matches.front());
    }
    if (hit < 0) {
        setStyleSheet(QStringLiteral("border: 1px solid #ef5350;"));
        return false;
    }
    setStyleSheet({});
    clear();
    clearFocus();
    emit symbolChosen(static_cast<SymbolId>(hit));
    return true;
}

void SymbolSearch::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace perp
