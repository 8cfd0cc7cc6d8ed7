// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace perp::store {

// The user's own maintenance-margin tiers: `margin-tiers.json` in the data directory,
//   {"BTCUSDT": [{"notionalCap": 50000, "maxLeverage": 125, "mmr": 0.004, "cum": 0}, ...], ...}
// tiers in ascending notionalCap, mmr in (0, 1), maxLeverage >= 1, cum >= 0 (the maintenance
// amount: MM = notional * mmr - cum). Symbols listed there use these tiers instead of the
// shipped table and of the exchange's refresh.
inline constexpr const char* kTierTableFile = "margin-tiers.json";

using TierTable = std::map<SymbolId, std::vector<MarginTier>>;

// Reads and checks the whole file: on any error returns nullopt and sets `error` to a
// message naming the file, the symbol and the tier; nothing of a bad file is used.
std::optional<TierTable> loadTierTable(const QString& path, QString& error);

} // namespace perp::store
