// SPDX-License-Identifier: MIT
#pragma once

#include "market.h"

#include <QByteArray>
#include <span>

namespace perp::mockex::binance {

// Serializers for the Binance USD-M message shapes (docs samples in
// shared/reference/exchange-feeds-and-liquidation-models.md A2/A4).

QByteArray lowerName(SymbolId id); // "btcusdt"
QByteArray combined(const QByteArray& stream, const QByteArray& payload);

QByteArray aggTrade(SymbolId id, const SentTrade& t, TimeMs eventTime);
// The raw trade stream (path /public); the server's trades are unaggregated, so t == a.
QByteArray trade(SymbolId id, const SentTrade& t, TimeMs eventTime);
QByteArray markPrice(const SymbolMarket& s, TimeMs eventTime);
QByteArray forceOrder(const Liquidation& l, TimeMs eventTime);
QByteArray kline(const SymbolMarket& s, const Candle& c, TimeMs eventTime, bool closed);
QByteArray depthUpdate(SymbolId id, const OrderBook::Diff& d, std::int64_t prevLastId, TimeMs eventTime);
QByteArray bookTicker(SymbolId id, const OrderBook& book, TimeMs eventTime);

// REST bodies.
QByteArray klineRow(const Candle& c);
QByteArray openInterest(const SymbolMarket& s, TimeMs now);
QByteArray openInterestHist(const SymbolMarket& s, std::span<const OiPoint> points);
// /futures/data/{global,topLongShort}*Ratio elements; which share is read from Positioning
// is chosen by `which` (0 global accounts, 1 top-trader positions, 2 top-trader accounts).
QByteArray longShortRatios(const SymbolMarket& s, std::span<const PositioningPoint> points, int which);
// /futures/data/takerlongshortRatio from candles of the period (no symbol field, as Binance).
QByteArray takerRatios(std::span<const Candle> periods);
QByteArray premiumIndex(const SymbolMarket& s, TimeMs now);
QByteArray fundingRates(const SymbolMarket& s, std::span<const FundingPoint> points);
QByteArray depthSnapshot(const OrderBook& book, int limit, TimeMs now);
QByteArray aggTrades(std::span<const SentTrade> trades);
QByteArray exchangeInfo(std::span<const SymbolId> symbols, TimeMs now);
QByteArray error(int code, const QByteArray& msg);

} // namespace perp::mockex::binance
