// SPDX-License-Identifier: MIT
#include "zonestyle.h"

#include "displayformat.h"
#include "theme.h"

#include <QCoreApplication>

namespace perp::zonestyle {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("perp::zonestyle", text);
}

} // namespace

QColor kindColor(zones::ZoneKind kind, int alpha)
{
    QColor c = kind == zones::ZoneKind::Support ? theme::kUp : theme::kDown;
    c.setAlpha(alpha);
    return c;
}

QString kindText(zones::ZoneKind kind)
{
    return kind == zones::ZoneKind::Support ? tr("Support") : tr("Resistance");
}

QString stateText(zones::ZoneState state)
{
    switch (state) {
    case zones::ZoneState::Fresh:
        return tr("fresh");
    case zones::ZoneState::Tested:
        return tr("tested");
    case zones::ZoneState::Broken:
        return tr("broken");
    case zones::ZoneState::Trap:
        return tr("trap");
    }
    return {};
}

QString zoneLabel(const zones::Zone& zone)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(kindText(zone.kind), stateText(zone.state), QString::number(zone.strength, 'f', 2));
}

QString zoneToolTip(const zones::Zone& zone, SymbolId symbol)
{
    QString stateHelp;
    switch (zone.state) {
    case zones::ZoneState::Fresh:
        stateHelp = tr("not revisited since it formed");
        break;
    case zones::ZoneState::Tested:
        stateHelp = tr("revisited and held");
        break;
    case zones::ZoneState::Broken:
        stateHelp = tr("price closed through it and stayed beyond");
        break;
    case zones::ZoneState::Trap:
        stateHelp
            = tr("price swept beyond it and reclaimed it: a liquidity grab that trapped the breakout side");
        break;
    }
    return tr("%1 zone %2 – %3\n"
              "State: %4 (%5)\n"
              "Strength: %6 of 1 (touches, rejections, recency, traded volume, confluence of levels, order "
              "flow)\n"
              "Touches: %7 (held %8, swept and reclaimed %9, broken %10)\n"
              "Order flow at touches: %11 (-1..+1; + = taker flow defended the zone)\n"
              "Volume inside: %12× the average for a band that wide\n"
              "Why: %13\n"
              "Zone #%14, computed from price and volume history and estimated liquidations; not a forecast.")
        .arg(kindText(zone.kind), formatPrice(zone.low, symbol), formatPrice(zone.high, symbol),
            stateText(zone.state), stateHelp, QString::number(zone.strength, 'f', 2))
        .arg(zone.touches)
        .arg(zone.rejections)
        .arg(zone.sweeps)
        .arg(zone.breaks)
        .arg(QString::number(zone.flow, 'f', 2), QString::number(zone.volumeRatio, 'f', 1),
            QString::fromStdString(zone.why))
        .arg(zone.id);
}

QString zoneLayerName()
{
    return tr("Support/resistance zones");
}

QString zoneLayerHelp()
{
    return tr(
        "Support (green, below price) and resistance (red, above price) zones from swing highs and lows "
        "on 5m, 15m and 1h, high-volume price nodes and the largest estimated liquidation clusters, "
        "merged into bands about half an ATR wide. Outlined bands; the label shows state and strength "
        "(0..1). Hatched with a dashed outline: a trap (swept and reclaimed). Faded with a dotted "
        "outline: broken. Hover a zone for touches, order flow and the reason.");
}

} // namespace perp::zonestyle
