// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"
#include "feed/parse/frame.h"

#include <map>
#include <string>
#include <vector>

namespace perp::bybit {

// Readers for Bybit v5 REST bodies ({"retCode":0,"result":{"list":[...]}}). A non-zero
// retCode is an error naming retMsg.

// /v5/market/recent-trade: trades, oldest first, ids as the stream parser makes them.
feed::ParseResult readRecentTrades(const feed::Frame& f, std::vector<MarketEvent>& out);
// /v5/market/kline: candles (the list is newest first), oldest first.
feed::ParseResult readKlines(const feed::Frame& f, std::vector<Candle>& out);
// /v5/market/risk-limit (one page): tiers appended per symbol name (riskLimitValue ->
// notionalCap, maintenanceMargin -> mmr, mmDeduction -> cum, "" = 0, maxLeverage); the
// result's nextPageCursor ("" on the last page) goes to nextCursor. Call sortTiers after
// the last page.
feed::ParseResult readRiskLimits(
    const feed::Frame& f, std::map<std::string, std::vector<MarginTier>>& out, std::string& nextCursor);
// Orders each symbol's tiers by ascending cap; drops a symbol whose caps repeat.
void sortTiers(std::map<std::string, std::vector<MarginTier>>& tiers);

} // namespace perp::bybit
