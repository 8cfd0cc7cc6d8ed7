// SPDX-License-Identifier: MIT
#pragma once

#include "binanceencoder.h"
#include "feed/sim/simconfig.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <random>
#include <set>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace perp::sim {
class Simulator;
}

namespace perp::mockex {

// Faults the server injects, for testing how clients survive them.
struct Faults
{
    int dropEverySec = 0; // close every WebSocket connection every N seconds
    double malformedRate = 0; // fraction of frames sent truncated (invalid JSON)
    double duplicateRate = 0; // fraction of frames sent twice
    double rate429 = 0; // fraction of REST requests answered 429
    int slowRestMs = 0; // delay before every REST reply
};

struct MockConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    sim::SimConfig sim; // startTime 0 = wall clock now
    Faults faults;
    std::uint64_t faultSeed = 7;
};

// A local exchange speaking the Binance USD-M subset on one port: WebSocket market
// streams (routed /market and /public paths, raw /ws/<streams> and combined
// /stream?streams=..., SUBSCRIBE / UNSUBSCRIBE / LIST_SUBSCRIPTIONS) and REST
// (/fapi/v1/ping, time, exchangeInfo, klines, aggTrades, openInterest, premiumIndex),
// fed by the simulator. All prices are SIMULATED.
class MockExchange : public QObject
{
    Q_OBJECT
public:
    explicit MockExchange(MockConfig config, QObject* parent = nullptr);
    ~MockExchange() override;

    bool listen(QString& error);
    quint16 port() const;
    // Pauses or resumes the simulated market (clients stay connected).
    void setProducing(bool on);
    const BinanceEncoder& encoder() const { return m_encoder; }
    std::uint64_t framesSent() const { return m_framesSent; }
    std::uint64_t connectionsDropped() const { return m_dropped; }

private:
    struct Client
    {
        QWebSocket* socket = nullptr;
        bool combined = false;
        QString route; // "market", "public" or empty (unrouted legacy path)
        std::set<std::string> streams;
    };
    void onTcpConnection();
    void routeSocket(QTcpSocket* socket);
    void onWebSocket();
    void onClientText(QWebSocket* socket, const QString& text);
    void tick();
    void dropAll();
    void sendFrame(Client& c, const StreamFrame& f);
    void serveHttp(QTcpSocket* socket, const QByteArray& request);
    QByteArray restBody(const QString& path, const QString& query, int& status) const;
    bool streamAllowed(const Client& c, const std::string& stream) const;

    MockConfig m_config;
    std::unique_ptr<sim::Simulator> m_sim;
    BinanceEncoder m_encoder;
    QTcpServer* m_tcp;
    QWebSocketServer* m_ws;
    std::vector<Client> m_clients;
    QTimer m_tick;
    QTimer m_drop;
    QElapsedTimer m_wall;
    TimeMs m_simStart = 0;
    qint64 m_wallAtStart = 0;
    bool m_producing = true;
    std::mt19937_64 m_rng;
    std::uint64_t m_framesSent = 0;
    std::uint64_t m_dropped = 0;
    int m_weightUsed = 0;
};

} // namespace perp::mockex
