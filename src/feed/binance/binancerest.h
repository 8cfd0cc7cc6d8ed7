// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "feed/parse/frame.h"

#include <string>
#include <string_view>
#include <vector>

namespace perp::binance {

// Readers for the REST bodies the stream parser does not cover: /fapi/v1/klines rows
// and /fapi/v1/aggTrades arrays. Both report the first bad element by index.

// [[openTime,"o","h","l","c","v",closeTime,"q",n,"V","Q","B"], ...] -> candles.
feed::ParseResult readKlines(const feed::Frame& f, std::vector<Candle>& out);

// [{"a":..,"p":..,"q":..,"f":..,"l":..,"T":..,"m":..}, ...] -> one aggTrade stream
// payload per element (adding "e" and "s"), ready for binance::Parser.
feed::ParseResult aggTradesAsPayloads(
    const feed::Frame& f, std::string_view symbol, std::vector<std::string>& out);

} // namespace perp::binance
