// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"
#include "feedhealth.h"
#include "localbook.h"

#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace perp::net {

// A live exchange adapter with what the UI needs next to its events.
struct ExchangeFeed
{
    std::unique_ptr<FeedSource> feed;
    FeedHealth* health = nullptr; // owned by feed
    std::function<const LocalBook*(SymbolId)> book; // the adapter's order book of a symbol
};

// The names makeExchangeFeed accepts: "binance", "bybit", "okx".
QStringList exchangeNames();

// Builds the adapter for `exchange`. An empty `exchangeUrl` means the real exchange;
// otherwise REST and WebSocket go to that base (the app's and CLI's --exchange-url,
// e.g. http://127.0.0.1:9000 for perpscope-mockex). Empty symbols: the 21 defaults.
// Returns an empty feed and sets `error` for an unknown exchange or a bad URL.
ExchangeFeed makeExchangeFeed(const QString& exchange, const QUrl& exchangeUrl, std::vector<SymbolId> symbols,
    QString& error, int klineBackfill = 500);

} // namespace perp::net
