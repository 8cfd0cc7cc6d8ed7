// SPDX-License-Identifier: MIT
#include "usersettings.h"

#include <QSettings>
#include <QStringList>

namespace perp {

namespace {
const QString kWatchlist = QStringLiteral("settings/watchlist");
const QString kTimeframe = QStringLiteral("settings/defaultTimeframe");
const QString kQuote = QStringLiteral("settings/sizesInQuote");
} // namespace

UserSettings UserSettings::load(QSettings& s)
{
    UserSettings out;
    const QStringList names = s.value(kWatchlist).toStringList();
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
        if (names.isEmpty() || names.contains(QString::fromStdString(symbolName(id))))
            out.watchlist.push_back(id);
    if (out.watchlist.empty()) // only unknown names saved: show everything
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            out.watchlist.push_back(id);
    const QString tf = s.value(kTimeframe).toString();
    for (Timeframe t : kAllTimeframes)
        if (tf == QLatin1String(timeframeName(t)))
            out.defaultTimeframe = t;
    out.sizesInQuote = s.value(kQuote).toString() == QLatin1String("true");
    return out;
}

void UserSettings::save(QSettings& s) const
{
    QStringList names;
    for (SymbolId id : watchlist)
        names << QString::fromStdString(symbolName(id));
    s.setValue(kWatchlist, names);
    s.setValue(kTimeframe, QString::fromLatin1(timeframeName(defaultTimeframe)));
    s.setValue(kQuote, sizesInQuote ? QStringLiteral("true") : QStringLiteral("false"));
    s.sync();
}

} // namespace perp
