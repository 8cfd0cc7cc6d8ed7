// SPDX-License-Identifier: MIT
#pragma once

#include "market.h"

#include <QByteArray>
#include <span>

namespace perp::mockex::okx {

// Serializers for the OKX v5 public SWAP shapes (reference notes B2). Sizes go out in
// contracts: base quantity / ctVal, with ctVal from the feed's dated table (the same
// values the instruments endpoint reports).

QByteArray instId(SymbolId id); // "BTC-USDT-SWAP"
QByteArray indexId(SymbolId id); // "BTC-USDT"
Qty contractValue(SymbolId id);
// base / ctVal, exact in fixed point for every default symbol (qty steps are multiples
// of ctVal / 10^6).
Qty toContracts(SymbolId id, Qty base);

// WebSocket pushes ({"arg":{...},"data":[...]}). Trades go one per match (count 1).
QByteArray trades(SymbolId id, std::span<const SentTrade> trades);
// `hedge`: posSide long/short (hedge mode); otherwise posSide net with the order side.
QByteArray liquidation(const Liquidation& l, bool hedge);
QByteArray fundingRate(const SymbolMarket& s, TimeMs ts);
QByteArray markPrice(const SymbolMarket& s, TimeMs ts);
QByteArray indexTicker(const SymbolMarket& s, TimeMs ts);
QByteArray openInterest(const SymbolMarket& s, TimeMs ts);
QByteArray books5(SymbolId id, const OrderBook& book, TimeMs ts, std::int64_t seq);

// REST bodies ({"code":"0","msg":"","data":[...]}); `data` is the array text.
QByteArray envelope(const QByteArray& data);
QByteArray error(const QByteArray& code, const QByteArray& msg);
QByteArray instruments(std::span<const SymbolId> symbols);
QByteArray candles(SymbolId id, std::span<const Candle> newestFirst, TimeMs now);
QByteArray tradeRows(SymbolId id, std::span<const SentTrade> newestFirst);
QByteArray openInterestRow(const SymbolMarket& s, TimeMs ts);

} // namespace perp::mockex::okx
