// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/symbols.h"

#include <vector>

class QSettings;

namespace perp {

// The choices of the settings dialog, kept in the app's ini QSettings. Reading never fails:
// missing or corrupt values give the defaults (all symbols, 1m, sizes in base units).
struct UserSettings
{
    std::vector<SymbolId> watchlist; // shown in the watchlist, in default order
    Timeframe defaultTimeframe = Timeframe::M1;
    bool sizesInQuote = false; // time & sales size in USDT instead of base units

    static UserSettings load(QSettings& s);
    void save(QSettings& s) const;
    bool operator==(const UserSettings&) const = default;
};

} // namespace perp
