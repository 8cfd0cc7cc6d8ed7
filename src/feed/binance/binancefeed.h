// SPDX-License-Identifier: MIT
#pragma once

#include "binanceparser.h"
#include "feed/feedsource.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QWebSocket>

#include <map>
#include <random>

class QNetworkReply;

namespace perp::binance {

struct FeedConfig
{
    QString wsBase = QStringLiteral("wss://fstream.binance.com"); // or a perpscope-mockex ws://127.0.0.1:PORT
    QString restBase = QStringLiteral("https://fapi.binance.com");
    std::vector<SymbolId> symbols; // empty: the 21 defaults
    int staleMs = 15'000; // no message for this long: reconnect
    int maxBackoffMs = 30'000;
};

// Feed health for the status bar and the feed-health dialog.
struct FeedHealth
{
    QString state = QStringLiteral("idle"); // idle, connecting, live, reconnecting, unavailable
    quint64 messages = 0;
    quint64 rejected = 0; // frames that could not be parsed (skipped)
    quint64 duplicates = 0; // trades dropped because their id was already seen
    quint64 reconnects = 0;
    quint64 gapsBackfilled = 0; // trade-id gaps filled from REST
    quint64 tradesBackfilled = 0;
    QString lastError;
};

// Binance USD-M market data on the routed /market path: aggTrade, markPrice@1s and
// forceOrder for every symbol on one combined-stream connection. Survives the
// connection: exponential backoff with jitter, a stale watchdog, and trade-id gap
// detection with REST backfill (/fapi/v1/aggTrades) after a lost, malformed or
// dropped frame and after every reconnect, so each trade is emitted exactly once.
// HTTP 451 (geo-block) marks the exchange unavailable with a clear message.
class BinanceFeed : public FeedSource
{
    Q_OBJECT
public:
    explicit BinanceFeed(FeedConfig config, QObject* parent = nullptr);
    ~BinanceFeed() override;

    QString description() const override;
    const FeedHealth& health() const { return m_health; }
    // REST requests still running (backfills).
    int pendingRequests() const { return m_pending; }

public slots:
    void start() override;
    void stop() override;
    // Asks REST for every trade after the last id seen, for each symbol.
    void backfillAll();

signals:
    void healthChanged();

private:
    struct Range
    {
        SymbolId symbol;
        std::int64_t from; // first id wanted
        std::int64_t to; // first id not wanted (already seen live); -1 = open-ended
    };
    QUrl streamUrl() const;
    void openSocket();
    void onText(const QString& text);
    void onDisconnected();
    void checkStale();
    void request(Range r);
    void onReply(QNetworkReply* reply, Range r);
    void setState(const QString& state);

    FeedConfig m_config;
    QWebSocket m_socket;
    QNetworkAccessManager m_net;
    QTimer m_reconnect;
    QTimer m_watchdog;
    QElapsedTimer m_clock;
    qint64 m_lastMessageMs = 0;
    Parser m_parser;
    Parser m_restParser;
    std::map<SymbolId, std::int64_t> m_lastId;
    FeedHealth m_health;
    int m_attempt = 0;
    int m_pending = 0;
    bool m_running = false;
    bool m_everConnected = false;
    std::mt19937 m_jitter {12345};
};

} // namespace perp::binance
