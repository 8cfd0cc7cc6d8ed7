// SPDX-License-Identifier: MIT
#pragma once

#include "market.h"

#include <QByteArray>
#include <span>

namespace perp::mockex::bybit {

// Serializers for the Bybit v5 public linear shapes (reference notes B1).

QByteArray publicTrade(SymbolId id, std::span<const SentTrade> trades, TimeMs ts);
QByteArray allLiquidation(const Liquidation& l, TimeMs ts);
QByteArray tickers(const SymbolMarket& s, bool snapshot, TimeMs ts, std::int64_t cs);
QByteArray orderbook(
    SymbolId id, const OrderBook& book, const OrderBook::Diff* delta, TimeMs ts, std::int64_t seq);
// The trade id as Bybit writes it (a UUID-shaped string derived from the server id).
QByteArray tradeId(SymbolId id, std::int64_t serverId);

// REST bodies (wrapped in the v5 envelope).
QByteArray envelope(const QByteArray& result, TimeMs now);
QByteArray error(int retCode, const QByteArray& msg, TimeMs now);
QByteArray klines(SymbolId id, std::span<const Candle> newestFirst);
QByteArray openInterest(SymbolId id, std::span<const OiPoint> newestFirst, const QByteArray& cursor);
// Tier rows of the symbols from row `cursor` on, at most pageSize; nextPageCursor names the
// next row ("" after the last page), as Bybit pages with cursor.
QByteArray riskLimit(std::span<const SymbolId> symbols, int cursor = 0, int pageSize = 1 << 30);
QByteArray recentTrades(SymbolId id, std::span<const SentTrade> newestFirst);

} // namespace perp::mockex::bybit
