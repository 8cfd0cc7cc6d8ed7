// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace perp {

using SymbolId = std::uint16_t;

enum class Venue : std::uint8_t { Sim, Binance, Bybit, Okx, Replay };
std::string_view venueName(Venue v);

// One maintenance-margin bracket: applies to positions whose notional is at most
// notionalCap (quote currency). cum is the maintenance amount ("cum" on Binance).
struct MarginTier
{
    double notionalCap;
    double maxLeverage;
    double mmr;
    double cum;
};

struct SymbolInfo
{
    std::string name; // normalized, e.g. "BTCUSDT"
    std::string base; // "BTC"
    Price tickSize;
    Qty qtyStep;
    double referencePrice; // a realistic price level, used by the simulator to start
    std::vector<MarginTier> tiers; // ascending notionalCap
};

// The 21 default perps, in watchlist order. Ids 0..20 are these, always.
std::span<const SymbolInfo> defaultSymbols();
constexpr SymbolId kDefaultSymbolCount = 21;

// Thread-safe symbol interning: default symbols resolve without locking, any other
// name gets a stable id the first time it is seen.
SymbolId internSymbol(std::string_view name);
std::optional<SymbolId> findSymbol(std::string_view name);
std::string symbolName(SymbolId id);
// Info for a default symbol, or a generic info (tick 1e-8, BTC-like tiers) otherwise.
const SymbolInfo& symbolInfo(SymbolId id);

// The tier that applies to a position of this notional (the last tier when above all caps).
const MarginTier& tierFor(std::span<const MarginTier> tiers, double notional);

} // namespace perp
