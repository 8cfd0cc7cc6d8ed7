// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"
#include "feed/parse/frame.h"
#include "okxcontracts.h"

#include <functional>
#include <optional>
#include <vector>

namespace perp::okx {

// Readers for OKX v5 REST bodies ({"code":"0","msg":"","data":[...]}). A code other
// than "0" is an error naming the code and msg; a malformed element fails the whole
// answer with its index.

// GET /api/v5/public/instruments?instType=SWAP: sets ctVal of every live linear swap
// whose ctValCcy is its base currency (contracts -> base units). `updated` counts them.
feed::ParseResult readInstruments(const feed::Frame& f, ContractTable& table, std::size_t& updated);
// GET /api/v5/market/candles or history-candles (rows newest first): the closed 1m
// candles, oldest first. Volume is volCcy (base units; vol is in contracts). Rows with
// confirm "0" (the minute still forming) are left out and counted in `forming`.
feed::ParseResult readCandles(const feed::Frame& f, std::vector<Candle>& out, std::size_t* forming = nullptr);
// GET /api/v5/market/history-trades or trades (newest first): trades oldest first,
// sizes converted with `table`. Ids are the exchange's tradeId.
feed::ParseResult readTrades(const feed::Frame& f, const ContractTable& table, std::vector<MarketEvent>& out);
// GET /api/v5/public/open-interest: one OpenInterest (oiCcy, base units) per
// instrument that `symbolOf` knows (others are skipped).
feed::ParseResult readOpenInterest(const feed::Frame& f,
    const std::function<std::optional<SymbolId>(std::string_view instId)>& symbolOf,
    std::vector<MarketEvent>& out);
// GET /api/v5/public/time.
feed::ParseResult readServerTime(const feed::Frame& f, TimeMs& out);

} // namespace perp::okx
