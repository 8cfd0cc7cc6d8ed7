// SPDX-License-Identifier: MIT
#include "okxsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace perp::mockex {

OkxSession::OkxSession(QWebSocket* socket, FaultInjector& faults, QObject* parent)
    : Session(socket, faults, parent)
    , m_connId(QUuid::createUuid().toByteArray(QUuid::Id128).left(8))
{ }

void OkxSession::publish(const QByteArray& stream, const QByteArray& payload)
{
    if (subscribed(stream))
        sendData(stream, payload);
}

QByteArray OkxSession::streamOf(const QJsonObject& arg, QString& error)
{
    static const QStringList byInstId {
        "trades", "funding-rate", "mark-price", "index-tickers", "open-interest", "books5"};
    const QString channel = arg.value("channel").toString();
    if (channel == QLatin1String("liquidation-orders")) {
        const QString type = arg.value("instType").toString();
        if (type != QLatin1String("SWAP")) {
            error = QStringLiteral("Wrong URL or channel:%1,instType:%2 doesn't exist.").arg(channel, type);
            return {};
        }
        return "liquidation-orders.SWAP";
    }
    const QString inst = arg.value("instId").toString();
    if (!byInstId.contains(channel) || inst.isEmpty()) {
        error = QStringLiteral("Wrong URL or channel:%1,instId:%2 doesn't exist.").arg(channel, inst);
        return {};
    }
    return (channel + '.' + inst).toUtf8();
}

void OkxSession::onText(const QString& text)
{
    if (text == QLatin1String("ping")) {
        if (!m_faults.stalled("pong"))
            sendControl("pong");
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject o = doc.object();
    const QString op = o.value("op").toString();
    auto reply = [&](QJsonObject r) {
        if (o.contains("id"))
            r.insert("id", o.value("id"));
        r.insert("connId", QString::fromUtf8(m_connId));
        sendControl(QJsonDocument(r).toJson(QJsonDocument::Compact));
    };
    auto fail = [&](const char* code, const QString& msg) {
        reply(QJsonObject {{"event", "error"}, {"code", code}, {"msg", msg}});
    };
    if (!doc.isObject()) {
        fail("60012", QStringLiteral("Invalid request: %1").arg(text.left(100)));
        return;
    }
    if (op != QLatin1String("subscribe") && op != QLatin1String("unsubscribe")) {
        fail("60012", QStringLiteral("Invalid request: %1").arg(text.left(100)));
        return;
    }
    if (!o.value("args").isArray() || o.value("args").toArray().isEmpty()) {
        fail("60012", QStringLiteral("Invalid request: args must be a non-empty array"));
        return;
    }
    for (const QJsonValue& v : o.value("args").toArray()) {
        QString error;
        const QByteArray stream = streamOf(v.toObject(), error);
        if (stream.isEmpty()) {
            fail("60018", error);
            continue;
        }
        // Answer first, then the initial push that addStream triggers.
        reply(QJsonObject {{"event", op}, {"arg", v.toObject()}});
        if (op == QLatin1String("subscribe"))
            addStream(stream);
        else
            removeStream(stream);
    }
}

} // namespace perp::mockex
