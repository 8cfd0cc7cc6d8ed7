// SPDX-License-Identifier: MIT
#pragma once

#include "faults.h"
#include "httpserver.h"
#include "market.h"

#include <QElapsedTimer>
#include <functional>

namespace perp::mockex {

// The REST side of the server: Binance /fapi and /futures/data, Bybit /v5/market,
// and /mockex/* for tests. Tracks Binance request weight per minute.
class RestApi
{
public:
    using StatsFn = std::function<QByteArray()>;
    RestApi(Market& market, FaultInjector& faults, StatsFn stats);

    HttpResponse handle(const HttpRequest& req);

private:
    HttpResponse binance(const HttpRequest& req, int& weight);
    HttpResponse bybit(const HttpRequest& req);
    HttpResponse klines(const HttpRequest& req, SymbolMarket& s, int& weight);
    HttpResponse aggTrades(const HttpRequest& req, SymbolMarket& s);
    SymbolMarket* symbolParam(const HttpRequest& req, const char* key = "symbol");

    Market& m_market;
    FaultInjector& m_faults;
    StatsFn m_stats;
    QElapsedTimer m_minute;
    int m_usedWeight = 0;
};

// Candles of `tfMs` aggregated from the 1m klines, oldest first.
std::vector<Candle> aggregateKlines(
    const std::map<TimeMs, Candle>& oneMinute, TimeMs tfMs, TimeMs from, TimeMs to);

} // namespace perp::mockex
