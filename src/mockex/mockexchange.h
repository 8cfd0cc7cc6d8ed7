// SPDX-License-Identifier: MIT
#pragma once

#include "faults.h"
#include "httpserver.h"
#include "market.h"
#include "mockoptions.h"
#include "okxpublisher.h"
#include "restapi.h"

#include "feed/feedsource.h"

#include <QHash>
#include <QTimer>
#include <QWebSocketServer>
#include <memory>

namespace perp::mockex {

class Session;

// The local exchange: one port for REST and WebSockets, a market fed by a FeedSource
// (the simulator), and a record of every trade published.
class MockExchange : public QObject
{
    Q_OBJECT
public:
    MockExchange(const MockOptions& options, std::vector<SymbolId> symbols,
        std::unique_ptr<FeedSource> source, QObject* parent = nullptr);
    ~MockExchange() override;

    // Listens on 127.0.0.1; returns false with a message when the port is taken.
    bool listen(QString& error);
    quint16 port() const { return m_http.serverPort(); }
    QByteArray statsJson() const;
    // Source of the long/short ratio endpoints (the simulator's positions); see Market.
    void setPositioning(Market::PositioningFn fn) { m_market.setPositioning(std::move(fn)); }

private:
    void onUpgrade(QTcpSocket* socket);
    void onWebSocket();
    void onStreamAdded(Session* s, const QByteArray& stream);
    void onBatch(const EventBatchPtr& batch);
    void startMarket();
    void publishTrades(SymbolMarket& s, std::size_t firstNew);
    void flushBooks(); // depth@100ms, bookTicker, orderbook.50 deltas
    void flushTickers(); // kline_1m, tickers deltas
    void publishMarkPrices();
    void publishBinance(const QByteArray& stream, const QByteArray& payload);
    void publishBybit(const QByteArray& topic, const QByteArray& payload);

    MockOptions m_options;
    Market m_market;
    FaultInjector m_faults;
    RestApi m_rest;
    HttpServer m_http;
    QWebSocketServer m_ws;
    std::unique_ptr<FeedSource> m_source;
    QList<Session*> m_sessions;
    OkxPublisher m_okx {m_market, m_sessions};
    QHash<SymbolId, std::int64_t> m_lastDepthId; // last u sent per symbol (pu of the next)
    QHash<SymbolId, TimeMs> m_lastForceOrderSecond;
    QTimer m_bookTimer, m_tickerTimer, m_dropTimer, m_pingTimer;
    TimeMs m_marketStart = 0;
    TimeMs m_lastMarkSecond = 0;
    bool m_acceptNewSymbols = false;
    bool m_started = false;
    bool m_stopped = false;
    std::int64_t m_bybitSeq = 1;
    std::uint64_t m_connections = 0;
    std::uint64_t m_forceOrdersSampledOut = 0;
};

} // namespace perp::mockex
