// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/zones/zone.h"

#include <QColor>
#include <QString>

namespace perp::zonestyle {

// Support green, resistance red: the theme's up/down colours, read at draw time so the
// zones follow a theme switch.
QColor kindColor(zones::ZoneKind kind, int alpha = 255);
QString kindText(zones::ZoneKind kind); // "Support" / "Resistance"
QString stateText(zones::ZoneState state); // "fresh", "tested", "broken", "trap"
// "Support · tested · 0.61"
QString zoneLabel(const zones::Zone& zone);
// Multi-line hover text: range, kind, state, strength, touches, order flow, why.
QString zoneToolTip(const zones::Zone& zone, SymbolId symbol);
// What the zone layer shows (menus, legend).
QString zoneLayerName();
QString zoneLayerHelp();

} // namespace perp::zonestyle
