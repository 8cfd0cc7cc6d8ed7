// SPDX-License-Identifier: MIT
#include "session.h"

#include "binancejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QWebSocket>

namespace perp::mockex {

Session::Session(QWebSocket* socket, FaultInjector& faults, QObject* parent)
    : QObject(parent)
    , m_faults(faults)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString& t) { onText(t); });
    connect(socket, &QWebSocket::disconnected, this, [this] { emit closed(this); });
}

Session::~Session() = default;

void Session::ping()
{
    m_socket->ping();
}

void Session::drop()
{
    m_socket->abort();
}

bool Session::addStream(const QByteArray& stream)
{
    if (m_streams.contains(stream))
        return false;
    m_streams.insert(stream);
    m_faults.startClock();
    emit streamAdded(this, stream);
    return true;
}

void Session::sendControl(const QByteArray& frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void Session::sendData(const QByteArray& stream, const QByteArray& frame)
{
    if (m_faults.stalled(stream))
        return;
    if (m_held.isEmpty() && m_faults.holdForReorder()) {
        m_held = frame;
        return;
    }
    for (const QByteArray& f : m_faults.damage(frame))
        m_socket->sendTextMessage(QString::fromUtf8(f));
    if (!m_held.isEmpty()) {
        const QByteArray held = std::exchange(m_held, {});
        for (const QByteArray& f : m_faults.damage(held))
            m_socket->sendTextMessage(QString::fromUtf8(f));
    }
}

BinanceSession::BinanceSession(QWebSocket* socket, FaultInjector& faults, Route route, bool combined,
    const QList<QByteArray>& initial, QObject* parent)
    : Session(socket, faults, parent)
    , m_route(route)
    , m_combined(combined)
{
    for (const QByteArray& s : initial)
        addStream(s);
}

std::optional<BinanceSession::Route> BinanceSession::routeOf(const QByteArray& stream)
{
    const qsizetype at = stream.indexOf('@');
    if (at <= 0)
        return std::nullopt;
    const QByteArray kind = stream.mid(at + 1);
    if (kind == "aggTrade" || kind == "markPrice" || kind == "markPrice@1s" || kind == "forceOrder"
        || kind == "kline_1m")
        return Route::Market;
    if (kind == "depth@100ms" || kind == "bookTicker" || kind == "trade")
        return Route::Public;
    return std::nullopt;
}

void BinanceSession::publish(const QByteArray& stream, const QByteArray& payload)
{
    // A stream on the wrong routed path is accepted but silent, as on the real exchange.
    if (!subscribed(stream) || routeOf(stream) != m_route)
        return;
    sendData(stream, m_combined ? binance::combined(stream, payload) : payload);
}

void BinanceSession::onText(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject o = doc.object();
    const QJsonValue id = o.contains("id") ? o.value("id") : QJsonValue(QJsonValue::Null);
    auto reply = [&](const QJsonValue& result) {
        sendControl(
            QJsonDocument(QJsonObject {{"result", result}, {"id", id}}).toJson(QJsonDocument::Compact));
    };
    auto fail = [&](int code, const QByteArray& msg) {
        QJsonObject e {{"code", code}, {"msg", QString::fromUtf8(msg)}};
        QJsonObject r {{"error", e}, {"id", id}};
        sendControl(QJsonDocument(r).toJson(QJsonDocument::Compact));
    };
    if (!doc.isObject()) {
        fail(3, "Invalid JSON: expected an object");
        return;
    }
    if (!(id.isDouble() || id.isString() || id.isNull())) {
        fail(3, "Invalid request: request ID must be an unsigned integer");
        return;
    }
    const QString method = o.value("method").toString();
    const QJsonArray params = o.value("params").toArray();
    if (method == "SUBSCRIBE" || method == "UNSUBSCRIBE") {
        if (!o.value("params").isArray()) {
            fail(2, "Invalid request: params must be an array of stream names");
            return;
        }
        for (const QJsonValue& v : params) {
            if (!v.isString()) {
                fail(2, "Invalid request: stream names must be strings");
                return;
            }
        }
        for (const QJsonValue& v : params) {
            const QByteArray s = v.toString().toUtf8();
            if (method == "SUBSCRIBE")
                addStream(s);
            else
                removeStream(s);
        }
        reply(QJsonValue::Null);
    } else if (method == "LIST_SUBSCRIPTIONS") {
        QJsonArray list;
        for (const QByteArray& s : streams())
            list.append(QString::fromUtf8(s));
        reply(list);
    } else {
        fail(2, "Invalid request: unknown method");
    }
}

BybitSession::BybitSession(QWebSocket* socket, FaultInjector& faults, QObject* parent)
    : Session(socket, faults, parent)
    , m_connId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{ }

void BybitSession::publish(const QByteArray& stream, const QByteArray& payload)
{
    if (subscribed(stream))
        sendData(stream, payload);
}

void BybitSession::onText(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString op = o.value("op").toString();
    const QJsonValue reqId = o.value("req_id");
    QJsonObject r {{"success", true}, {"ret_msg", ""}, {"conn_id", QString::fromUtf8(m_connId)}, {"op", op}};
    if (!reqId.isUndefined())
        r.insert("req_id", reqId);
    if (op == "ping") {
        r.insert("ret_msg", "pong");
        sendControl(QJsonDocument(r).toJson(QJsonDocument::Compact));
        return;
    }
    if (op != "subscribe" && op != "unsubscribe") {
        r.insert("success", false);
        r.insert("ret_msg", QStringLiteral("error:unknown op '%1'").arg(op));
        sendControl(QJsonDocument(r).toJson(QJsonDocument::Compact));
        return;
    }
    // Answer first, then the initial snapshots that addStream triggers.
    sendControl(QJsonDocument(r).toJson(QJsonDocument::Compact));
    for (const QJsonValue& v : o.value("args").toArray()) {
        const QByteArray topic = v.toString().toUtf8();
        if (op == "subscribe")
            addStream(topic);
        else
            removeStream(topic);
    }
}

} // namespace perp::mockex
