// SPDX-License-Identifier: MIT
#include "mockexchange.h"

#include "feed/sim/simulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace perp::mockex {

MockExchange::MockExchange(MockConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tcp(new QTcpServer(this))
    , m_ws(new QWebSocketServer(QStringLiteral("perpscope-mockex"), QWebSocketServer::NonSecureMode, this))
    , m_rng(m_config.faultSeed)
{
    if (m_config.sim.startTime == 0)
        m_config.sim.startTime = floorTo(QDateTime::currentMSecsSinceEpoch(), sim::Simulator::kStepMs);
    if (m_config.sim.speed <= 0)
        m_config.sim.speed = 1;
    m_sim = std::make_unique<sim::Simulator>(m_config.sim);
    connect(m_tcp, &QTcpServer::newConnection, this, &MockExchange::onTcpConnection);
    connect(m_ws, &QWebSocketServer::newConnection, this, &MockExchange::onWebSocket);
    connect(&m_tick, &QTimer::timeout, this, &MockExchange::tick);
    connect(&m_drop, &QTimer::timeout, this, &MockExchange::dropAll);
}

MockExchange::~MockExchange() = default;

bool MockExchange::listen(QString& error)
{
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        error = m_tcp->errorString();
        return false;
    }
    m_wall.start();
    m_simStart = m_sim->now();
    m_tick.start(50);
    if (m_config.faults.dropEverySec > 0)
        m_drop.start(m_config.faults.dropEverySec * 1000);
    return true;
}

quint16 MockExchange::port() const
{
    return m_tcp->serverPort();
}

void MockExchange::setProducing(bool on)
{
    if (on && !m_producing) {
        m_simStart = m_sim->now();
        m_wallAtStart = m_wall.elapsed();
    }
    m_producing = on;
}

void MockExchange::tick()
{
    if (!m_producing)
        return;
    const auto due
        = m_simStart + static_cast<TimeMs>(double(m_wall.elapsed() - m_wallAtStart) * m_config.sim.speed);
    std::vector<MarketEvent> events;
    m_sim->advanceTo(floorTo(due, sim::Simulator::kStepMs), events);
    for (const auto& e : events)
        for (const auto& frame : m_encoder.encode(e))
            for (auto& c : m_clients)
                if (c.streams.count(frame.stream) && streamAllowed(c, frame.stream))
                    sendFrame(c, frame);
}

void MockExchange::sendFrame(Client& c, const StreamFrame& f)
{
    std::string text
        = c.combined ? "{\"stream\":\"" + f.stream + "\",\"data\":" + f.payload + "}" : f.payload;
    std::uniform_real_distribution<double> u(0, 1);
    if (m_config.faults.malformedRate > 0 && u(m_rng) < m_config.faults.malformedRate)
        text.resize(text.size() / 2);
    const int copies = m_config.faults.duplicateRate > 0 && u(m_rng) < m_config.faults.duplicateRate ? 2 : 1;
    for (int i = 0; i < copies; ++i) {
        c.socket->sendTextMessage(QString::fromStdString(text));
        ++m_framesSent;
    }
}

bool MockExchange::streamAllowed(const Client& c, const std::string& stream) const
{
    if (c.route.isEmpty())
        return true;
    const bool publicStream
        = stream.find("@depth") != std::string::npos || stream.find("@bookTicker") != std::string::npos;
    return (c.route == QLatin1String("public")) == publicStream;
}

void MockExchange::dropAll()
{
    for (auto& c : m_clients) {
        c.socket->abort();
        ++m_dropped;
    }
}

void MockExchange::onTcpConnection()
{
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { routeSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void MockExchange::routeSocket(QTcpSocket* socket)
{
    const QByteArray head = socket->peek(16384);
    const auto end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return; // wait for the whole request head
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (head.toLower().contains("upgrade: websocket")) {
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_ws->handleConnection(socket);
        return;
    }
    const QByteArray request = socket->read(end + 4);
    if (m_config.faults.slowRestMs > 0)
        QTimer::singleShot(
            m_config.faults.slowRestMs, socket, [this, socket, request] { serveHttp(socket, request); });
    else
        serveHttp(socket, request);
}

void MockExchange::onWebSocket()
{
    while (QWebSocket* socket = m_ws->nextPendingConnection()) {
        Client c;
        c.socket = socket;
        QString path = socket->requestUrl().path();
        if (path.startsWith(QLatin1String("/market/")) || path.startsWith(QLatin1String("/public/"))) {
            c.route = path.section('/', 1, 1);
            path = path.mid(c.route.size() + 1);
        }
        if (path.startsWith(QLatin1String("/stream"))) {
            c.combined = true;
            const auto streams = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("streams"));
            for (const auto& s : streams.split('/', Qt::SkipEmptyParts))
                c.streams.insert(s.toStdString());
        } else if (path.startsWith(QLatin1String("/ws"))) {
            for (const auto& s : path.mid(3).split('/', Qt::SkipEmptyParts))
                c.streams.insert(s.toStdString());
        } else {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
            socket->deleteLater();
            continue;
        }
        m_clients.push_back(c);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onClientText(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            std::erase_if(m_clients, [socket](const Client& x) { return x.socket == socket; });
            socket->deleteLater();
        });
    }
}

void MockExchange::onClientText(QWebSocket* socket, const QString& text)
{
    auto it = std::find_if(
        m_clients.begin(), m_clients.end(), [socket](const Client& c) { return c.socket == socket; });
    if (it == m_clients.end())
        return;
    const auto req = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString method = req.value("method").toString();
    const auto id = req.value("id");
    QJsonObject reply {{"id", id}};
    if (method == QLatin1String("SUBSCRIBE") || method == QLatin1String("UNSUBSCRIBE")) {
        for (const auto& p : req.value("params").toArray()) {
            if (method == QLatin1String("SUBSCRIBE"))
                it->streams.insert(p.toString().toStdString());
            else
                it->streams.erase(p.toString().toStdString());
        }
        reply.insert("result", QJsonValue::Null);
    } else if (method == QLatin1String("LIST_SUBSCRIPTIONS")) {
        QJsonArray list;
        for (const auto& s : it->streams)
            list.append(QString::fromStdString(s));
        reply.insert("result", list);
    } else {
        reply = QJsonObject {{"code", 2}, {"msg", "Invalid request"}, {"id", id}};
    }
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
}

} // namespace perp::mockex
