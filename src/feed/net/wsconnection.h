// SPDX-License-Identifier: MIT
#pragma once

#include "backoff.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <string>

class QWebSocket;

namespace perp::record {
class FrameRecorder;
}

namespace perp::net {

struct WsOptions
{
    int backoffBaseMs = 250;
    int backoffMaxMs = 30'000;
    int connectTimeoutMs = 10'000;
    // No frame at all for this long means the connection is dead: reconnect.
    int silenceTimeoutMs = 30'000;
    // Planned rotation: open a fresh connection after this long (Binance cuts at 24 h).
    qint64 rotateAfterMs = 23LL * 3600 * 1000 + 50LL * 60 * 1000;
    // During a rotation both connections deliver for this long before the old one closes.
    int rotationOverlapMs = 2000;
    // Application-level heartbeat (Bybit {"op":"ping"}); empty means none.
    QString heartbeatText;
    int heartbeatIntervalMs = 20'000;
    // A connection that delivered data for this long earns a fresh backoff (also when the
    // server closes it): only connections failing sooner back off exponentially.
    int stableAfterMs = 10'000;
};

// One supervised WebSocket: reconnects with exponential backoff and jitter, sends the
// subscription frames again on every (re)connect, watches per-stream staleness and
// rotates to a fresh connection on schedule (new one open before the old one closes).
class WsConnection : public QObject
{
    Q_OBJECT
public:
    WsConnection(QString name, QUrl url, WsOptions options = {}, QObject* parent = nullptr);
    ~WsConnection() override;

    const QString& name() const { return m_name; }
    QUrl url() const { return m_url; }
    void setUrl(const QUrl& url) { m_url = url; }
    // Text frames sent after every successful connect (subscribe requests).
    void setSubscribeFrames(const QStringList& frames) { m_subscribeFrames = frames; }
    // A stream that must deliver at least once every `timeoutMs` while connected,
    // else the connection is replaced. Report deliveries with noteStream().
    void watchStream(const QString& stream, int timeoutMs);
    void noteStream(const QString& stream);

    void open();
    void close();
    // Replace the connection now (same procedure as the planned rotation).
    void rotate();
    // Drop the connection as if the network failed; the supervisor reconnects.
    void reconnect(const QString& reason);
    void sendText(const QString& text);
    bool isConnected() const;
    int reconnects() const { return m_reconnects; }
    // Every text frame received from now on is also written to `recorder` as
    // "<venue> ws:<name>" (null stops). Thread of this connection only.
    void setRecorder(std::shared_ptr<record::FrameRecorder> recorder, const QString& venue);

signals:
    void message(const QByteArray& text, qint64 receiveUs);
    // A (re)connection is open and the subscriptions were sent. `fresh` is false after
    // a reconnect or rotation: data may have been missed in between.
    void opened(bool fresh);
    void lost(const QString& reason);
    void stale(const QString& stream);
    void reconnecting(int delayMs);

private:
    QWebSocket* makeSocket();
    void onConnected(QWebSocket* s);
    void onDisconnected(QWebSocket* s);
    void scheduleReconnect(const QString& reason);
    void watchdog();
    void retire(QWebSocket* s);
    void deliver(const QString& text);

    QString m_name;
    QUrl m_url;
    WsOptions m_options;
    Backoff m_backoff;
    QStringList m_subscribeFrames;
    QWebSocket* m_active = nullptr;
    QWebSocket* m_next = nullptr; // rotation in progress
    QHash<QString, int> m_watchTimeoutMs;
    QHash<QString, qint64> m_lastSeenMs;
    QElapsedTimer m_clock;
    qint64 m_lastFrameMs = 0;
    qint64 m_connectedAtMs = 0;
    qint64 m_connectStartedMs = 0;
    QTimer m_watchdog {this};
    QTimer m_reconnectTimer {this};
    QTimer m_heartbeat {this};
    bool m_wanted = false;
    bool m_everOpened = false;
    int m_reconnects = 0;
    std::shared_ptr<record::FrameRecorder> m_recorder;
    std::string m_recordVenue;
    std::string m_recordChannel;
};

} // namespace perp::net
