// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "feed/parse/frame.h"
#include "feedhealth.h"
#include "restclient.h"

#include <QTimer>
#include <functional>
#include <memory>
#include <set>
#include <vector>

namespace perp {
class FeedSource;
}

namespace perp::net {

// How one exchange serves 1m klines over REST.
struct KlineEndpoint
{
    QString path; // e.g. "/fapi/v1/klines"
    QString task; // for FeedSource::workProgress, e.g. "Binance 1m history"
    // The query for `limit` candles of a symbol ending at endTime (ms, inclusive; -1: now).
    std::function<QUrlQuery(SymbolId symbol, int limit, TimeMs endTime)> query;
    // Parses the body into candles, oldest first.
    std::function<feed::ParseResult(const feed::Frame& f, std::vector<Candle>& out)> read;
    // At most this many candles per request (0: one request asks for all); more are
    // fetched in pages going back from the oldest candle received.
    int pageLimit = 0;
    // The reader itself leaves out the still-forming minute (e.g. OKX's confirm flag).
    bool readerDropsForming = false;
};

// The 1m kline backfill on start, shared by the exchange adapters. Each symbol's request
// waits for its first live trade and asks for the candles that closed before that trade's
// minute, so REST history and live candles meet without a hole and without counting a
// trade twice (the live minute is built by live trades alone). A symbol without a trade
// within waitMs gets the latest candles instead, the still-forming newest one left out.
// With endpoint.pageLimit the candles come in pages going back in time until `limit` are
// there or the exchange has no more. The candles leave through feed.candlesBackfilled (one
// signal per symbol; after a failed page what arrived before is kept), progress (one step
// per finished or failed symbol) through feed.workProgress; failures are counted on the
// "rest" stream of the feed's health.
class KlineBackfill : public QObject
{
public:
    KlineBackfill(FeedSource& feed, RestClient& rest, FeedHealth& health, KlineEndpoint endpoint, int limit,
        int waitMs = 10'000);

    void start(const std::vector<SymbolId>& symbols);
    void stop();
    // Call for every live (stream) trade; the first one per symbol sends its request.
    void onLiveTrade(SymbolId symbol, TimeMs time)
    {
        if (m_waiting.contains(symbol))
            request(symbol, floorTo(time, kMinuteMs) - 1);
    }

private:
    void request(SymbolId symbol, TimeMs endTime, std::shared_ptr<std::vector<Candle>> got = {});
    void finish(SymbolId symbol, const std::shared_ptr<std::vector<Candle>>& got, bool ok);

    FeedSource& m_feed;
    RestClient& m_rest;
    FeedHealth& m_health;
    KlineEndpoint m_endpoint;
    int m_limit;
    int m_waitMs;
    std::set<SymbolId> m_waiting; // started, no request sent yet
    int m_done = 0;
    int m_total = 0;
    QTimer m_timer {this}; // a child, so it moves to the feed thread with its owner
};

} // namespace perp::net
