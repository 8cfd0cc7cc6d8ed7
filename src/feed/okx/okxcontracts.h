// SPDX-License-Identifier: MIT
#pragma once

#include "core/decimal.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace perp::okx {

// Contract value (ctVal, base units per contract) of OKX USDT-margined swaps. Sizes
// in trades, books and liquidations are in contracts; base = contracts x ctVal.
// Starts with a dated table for the 21 default perps (BTC 0.01, ETH 0.1, SOL 1,
// XRP 100, DOGE 1000, ADA 100, ...; OKX changes these rarely) and is meant to be
// refreshed from GET /api/v5/public/instruments?instType=SWAP with set().
// An instrument that is not in the table is an error, never a guess.
class ContractTable
{
public:
    ContractTable();

    std::optional<Qty> contractValue(std::string_view instId) const;
    void set(std::string_view instId, Qty ctVal);

private:
    std::unordered_map<std::string, Qty> m_ctVal;
};

// "BTC-USDT-SWAP" -> "BTCUSDT"; "BTC-USDT" -> "BTCUSDT".
std::string normalizeInstrument(std::string_view instId);
// contracts x ctVal, exact in fixed point (rounded half up beyond 6 decimals).
Qty contractsToBase(Qty contracts, Qty ctVal);

} // namespace perp::okx
