// SPDX-License-Identifier: MIT
#include "displayformat.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace perp {

int priceDecimals(SymbolId id)
{
    std::int64_t raw = symbolInfo(id).tickSize.raw;
    if (raw <= 0)
        return 2;
    int decimals = Price::decimals;
    while (decimals > 0 && raw % 10 == 0) {
        raw /= 10;
        --decimals;
    }
    return decimals;
}

QString formatPrice(double price, SymbolId id)
{
    return QLocale::c().toString(price, 'f', priceDecimals(id));
}

QString formatCompact(double value)
{
    const double a = std::abs(value);
    const auto fmt = [](double v, const char* unit) {
        return QString::number(v, 'f', std::abs(v) >= 100 ? 1 : 2) + QLatin1String(unit);
    };
    if (a >= 1e9)
        return fmt(value / 1e9, "B");
    if (a >= 1e6)
        return fmt(value / 1e6, "M");
    if (a >= 1e4)
        return fmt(value / 1e3, "K");
    return QString::number(value, 'f', a >= 100 ? 1 : (a >= 1 ? 3 : 4));
}

QString formatPercent(double pct)
{
    return (pct >= 0 ? QStringLiteral("+") : QString()) + QString::number(pct, 'f', 2) + QLatin1Char('%');
}

QString formatUtc(TimeMs t, bool withSeconds)
{
    const QDateTime d = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    return d.toString(
        withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace perp
