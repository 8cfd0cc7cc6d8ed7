// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"
#include "feed/parse/frame.h"

#include <vector>

namespace perp::bybit {

// Readers for Bybit v5 REST bodies ({"retCode":0,"result":{"list":[...]}}). A non-zero
// retCode is an error naming retMsg.

// /v5/market/recent-trade: trades, oldest first, ids as the stream parser makes them.
feed::ParseResult readRecentTrades(const feed::Frame& f, std::vector<MarketEvent>& out);
// /v5/market/kline: candles (the list is newest first), oldest first.
feed::ParseResult readKlines(const feed::Frame& f, std::vector<Candle>& out);

} // namespace perp::bybit
