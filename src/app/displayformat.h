// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "core/time.h"

#include <QString>

namespace perp {

// Decimals that show a symbol's tick size exactly (0.1 -> 1, 0.0001 -> 4).
int priceDecimals(SymbolId id);
QString formatPrice(double price, SymbolId id);
// Compact quantity for readouts: 950, 12.3K, 4.56M, 7.89B.
QString formatCompact(double value);
QString formatPercent(double pct); // signed, two decimals: "+1.23%"
// "2026-01-01 00:05" (UTC); with seconds "2026-01-01 00:05:07".
QString formatUtc(TimeMs t, bool withSeconds = false);

} // namespace perp
