// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

namespace perp::mockex {

// OKX v5 public: {"op":"subscribe"|"unsubscribe","args":[{"channel":..,"instId"|"instType":..}]}
// answered with one event per argument, and the text "ping" answered with "pong".
// Streams are named "<channel>.<instId or instType>", e.g. "trades.BTC-USDT-SWAP" or
// "liquidation-orders.SWAP" (so --stall trades:S silences every trades channel, and
// --stall pong:S the pongs).
class OkxSession : public Session
{
    Q_OBJECT
public:
    OkxSession(QWebSocket* socket, FaultInjector& faults, QObject* parent);
    void publish(const QByteArray& stream, const QByteArray& payload) override;
    // The stream name for a channel argument; empty (with `error`) when the server
    // does not know it.
    static QByteArray streamOf(const QJsonObject& arg, QString& error);

protected:
    void onText(const QString& text) override;

private:
    QByteArray m_connId;
};

} // namespace perp::mockex
