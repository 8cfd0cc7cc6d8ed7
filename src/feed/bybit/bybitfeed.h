// SPDX-License-Identifier: MIT
#pragma once

#include "bybitparser.h"
#include "feed/binance/binancefeed.h" // FeedHealth
#include "feed/feedsource.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QWebSocket>

#include <deque>
#include <map>
#include <random>
#include <unordered_set>

namespace perp::bybit {

struct FeedConfig
{
    QString wsUrl = QStringLiteral("wss://stream.bybit.com/v5/public/linear");
    QString restBase = QStringLiteral("https://api.bybit.com");
    std::vector<SymbolId> symbols; // empty: the 21 defaults
    int pingMs = 20'000;
    int staleMs = 30'000;
    int maxBackoffMs = 30'000;
};

// Bybit v5 linear: publicTrade, allLiquidation and tickers for every symbol on one
// connection; {"op":"ping"} every 20 s; backoff with jitter and resubscribe. Linear
// trade ids are UUIDs, so gaps cannot be seen from ids: after a reconnect and after
// a rejected frame the latest trades are fetched from /v5/market/recent-trade and
// those not seen yet are emitted (each trade once, by id).
class BybitFeed : public FeedSource
{
    Q_OBJECT
public:
    explicit BybitFeed(FeedConfig config, QObject* parent = nullptr);
    ~BybitFeed() override;

    QString description() const override;
    const binance::FeedHealth& health() const { return m_health; }
    int pendingRequests() const { return m_pending; }

public slots:
    void start() override;
    void stop() override;
    // Fetches the latest trades of every symbol and emits the ones not seen yet.
    void backfillAll();

signals:
    void healthChanged();

private:
    void onConnected();
    void onText(const QString& text);
    void onDisconnected();
    void onRecentTrades(const QByteArray& body);
    // True when this trade id is new for its symbol (and remembers it).
    bool firstSighting(const Trade& t);
    void setState(const QString& state);

    FeedConfig m_config;
    QWebSocket m_socket;
    QNetworkAccessManager m_net;
    QTimer m_reconnect;
    QTimer m_ping;
    QTimer m_backfillSoon;
    QElapsedTimer m_clock;
    qint64 m_lastMessageMs = 0;
    Parser m_parser;
    Parser m_restParser;
    struct Seen
    {
        std::unordered_set<std::int64_t> ids;
        std::deque<std::int64_t> order;
        TimeMs firstTime = 0; // exchange time of the first trade seen live: backfill starts there
    };
    std::map<SymbolId, Seen> m_seen;
    binance::FeedHealth m_health;
    int m_attempt = 0;
    int m_pending = 0;
    bool m_running = false;
    bool m_everConnected = false;
    std::mt19937 m_jitter {4242};
};

} // namespace perp::bybit
