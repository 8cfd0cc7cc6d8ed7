// SPDX-License-Identifier: MIT
#pragma once

#include "faults.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <functional>

class QWebSocket;

namespace perp::mockex {

// One client WebSocket connection. Subclasses speak an exchange's control protocol;
// this base keeps the subscription set and sends data through the fault injector.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(QWebSocket* socket, FaultInjector& faults, QObject* parent);
    ~Session() override;

    bool subscribed(const QByteArray& stream) const { return m_streams.contains(stream); }
    const QSet<QByteArray>& streams() const { return m_streams; }
    // Sends one data message of `stream` (faults applied). `payload` is the bare message;
    // subclasses wrap it as the protocol requires.
    virtual void publish(const QByteArray& stream, const QByteArray& payload) = 0;
    void ping();
    void drop(); // abrupt close, as a network failure would
    QWebSocket* socket() const { return m_socket; }

signals:
    void closed(perp::mockex::Session* self);
    // A stream was added; the exchange may answer with an initial snapshot.
    void streamAdded(perp::mockex::Session* self, const QByteArray& stream);

protected:
    virtual void onText(const QString& text) = 0;
    void sendData(const QByteArray& stream, const QByteArray& frame);
    void sendControl(const QByteArray& frame);
    bool addStream(const QByteArray& stream);
    void removeStream(const QByteArray& stream) { m_streams.remove(stream); }

    FaultInjector& m_faults;

private:
    QWebSocket* m_socket;
    QSet<QByteArray> m_streams;
    QByteArray m_held; // a message held back to be sent after the next one
};

// Binance USD-M: routed path (/market or /public), raw or combined form, JSON
// SUBSCRIBE / UNSUBSCRIBE / LIST_SUBSCRIPTIONS with id replies.
class BinanceSession : public Session
{
    Q_OBJECT
public:
    enum class Route { Market, Public };
    BinanceSession(QWebSocket* socket, FaultInjector& faults, Route route, bool combined,
        const QList<QByteArray>& initial, QObject* parent);

    void publish(const QByteArray& stream, const QByteArray& payload) override;
    // Which routed path carries a stream; nullopt for names the server does not know.
    static std::optional<Route> routeOf(const QByteArray& stream);

protected:
    void onText(const QString& text) override;

private:
    Route m_route;
    bool m_combined;
};

// Bybit v5 public linear: op subscribe / unsubscribe / ping.
class BybitSession : public Session
{
    Q_OBJECT
public:
    BybitSession(QWebSocket* socket, FaultInjector& faults, QObject* parent);
    void publish(const QByteArray& stream, const QByteArray& payload) override;

protected:
    void onText(const QString& text) override;

private:
    QByteArray m_connId;
};

} // namespace perp::mockex
