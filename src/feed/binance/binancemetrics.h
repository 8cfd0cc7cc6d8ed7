// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "feed/net/feedhealth.h"
#include "feed/net/restclient.h"
#include "feed/parse/frame.h"

#include <QTimer>
#include <array>
#include <functional>
#include <map>

namespace perp::binance {

// Binance's slow REST metrics for a set of symbols. On start: openInterestHist (5m),
// fundingRate history and the four 5m ratio series (global account, top-trader position,
// top-trader account, taker buy/sell), handed on as history; then the ratio series polled
// (their last two periods), handed on as live events when newer than what was sent.
class MetricsPoller : public QObject
{
public:
    struct Options
    {
        int backfillPoints = 288; // 5m points per series on start (0: none; max 500)
        int fundingPoints = 90; // settled funding rates on start (0: none; max 1000)
        int pollMs = 300'000; // ratio polling period (0: never)
    };
    // Receives each answer's events (one symbol, oldest first); history = fetched on start.
    using Sink = std::function<void(std::vector<MarketEvent>&& events, bool history)>;

    MetricsPoller(net::RestClient& rest, net::FeedHealth& health, std::vector<SymbolId> symbols,
        Options options, Sink sink, QObject* parent = nullptr);

    void start();
    void stop();

private:
    using Reader = std::function<feed::ParseResult(const feed::Frame&, std::vector<MarketEvent>&)>;
    void backfill();
    void poll();
    void fetch(const QString& path, SymbolId id, int limit, bool history, Reader read);

    net::RestClient& m_rest;
    net::FeedHealth& m_health;
    std::vector<SymbolId> m_symbols;
    Options m_options;
    Sink m_sink;
    std::map<SymbolId, std::array<TimeMs, 4>> m_lastRatio; // newest point sent, per MetricKind
    QTimer m_timer {this}; // a child, so it moves to the feed thread with its owner
    bool m_running = false;
};

} // namespace perp::binance
