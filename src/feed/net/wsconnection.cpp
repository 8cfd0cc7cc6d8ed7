// SPDX-License-Identifier: MIT
#include "wsconnection.h"

#include "core/time.h"
#include "feed/record/framerecorder.h"

#include <QWebSocket>

namespace perp::net {

WsConnection::WsConnection(QString name, QUrl url, WsOptions options, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_url(std::move(url))
    , m_options(std::move(options))
    , m_backoff(m_options.backoffBaseMs, m_options.backoffMaxMs)
{
    m_clock.start();
    m_watchdog.setInterval(100);
    connect(&m_watchdog, &QTimer::timeout, this, &WsConnection::watchdog);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && !m_active)
            m_active = makeSocket();
    });
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (isConnected() && !m_options.heartbeatText.isEmpty())
            m_active->sendTextMessage(m_options.heartbeatText);
    });
}

WsConnection::~WsConnection()
{
    m_wanted = false;
    for (QWebSocket* s : {m_active, m_next}) {
        if (s) {
            s->disconnect(this);
            s->abort();
            delete s;
        }
    }
}

void WsConnection::watchStream(const QString& stream, int timeoutMs)
{
    m_watchTimeoutMs.insert(stream, timeoutMs);
}

void WsConnection::noteStream(const QString& stream)
{
    m_lastSeenMs.insert(stream, m_clock.elapsed());
}

bool WsConnection::isConnected() const
{
    return m_active && m_active->state() == QAbstractSocket::ConnectedState;
}

void WsConnection::open()
{
    m_wanted = true;
    if (!m_active)
        m_active = makeSocket();
    m_watchdog.start();
    if (!m_options.heartbeatText.isEmpty())
        m_heartbeat.start(m_options.heartbeatIntervalMs);
}

void WsConnection::close()
{
    m_wanted = false;
    m_watchdog.stop();
    m_heartbeat.stop();
    m_reconnectTimer.stop();
    for (QWebSocket** s : {&m_active, &m_next}) {
        if (*s) {
            (*s)->disconnect(this);
            (*s)->close();
            (*s)->deleteLater();
            *s = nullptr;
        }
    }
}

void WsConnection::sendText(const QString& text)
{
    if (isConnected())
        m_active->sendTextMessage(text);
}

QWebSocket* WsConnection::makeSocket()
{
    auto* s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(s, &QWebSocket::connected, this, [this, s] { onConnected(s); });
    connect(s, &QWebSocket::disconnected, this, [this, s] { onDisconnected(s); });
    connect(s, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        m_lastFrameMs = m_clock.elapsed();
        deliver(text);
    });
    connect(s, &QWebSocket::pong, this, [this] { m_lastFrameMs = m_clock.elapsed(); });
    m_connectStartedMs = m_clock.elapsed();
    s->open(m_url);
    return s;
}

void WsConnection::setRecorder(std::shared_ptr<record::FrameRecorder> recorder, const QString& venue)
{
    m_recorder = std::move(recorder);
    m_recordVenue = venue.toStdString();
    m_recordChannel = "ws:" + m_name.toStdString();
}

void WsConnection::deliver(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const TimeUs t = nowUs();
    if (m_recorder)
        m_recorder->record(
            t, m_recordVenue, m_recordChannel, {bytes.constData(), static_cast<std::size_t>(bytes.size())});
    emit message(bytes, t);
}

void WsConnection::onConnected(QWebSocket* s)
{
    const qint64 now = m_clock.elapsed();
    m_lastFrameMs = now;
    for (const QString& f : m_subscribeFrames)
        s->sendTextMessage(f);
    if (s == m_next) {
        // Rotation: the fresh connection is live; the old one keeps delivering for the
        // overlap, then goes. Duplicates from the overlap are dropped downstream by id.
        QWebSocket* old = m_active;
        m_active = m_next;
        m_next = nullptr;
        if (old) {
            old->disconnect(this);
            connect(
                old, &QWebSocket::textMessageReceived, this, [this](const QString& text) { deliver(text); });
            QTimer::singleShot(m_options.rotationOverlapMs, old, [old] {
                old->close();
                old->deleteLater();
            });
        }
    }
    m_connectedAtMs = now;
    for (auto it = m_watchTimeoutMs.constBegin(); it != m_watchTimeoutMs.constEnd(); ++it)
        m_lastSeenMs.insert(it.key(), now);
    const bool fresh = !m_everOpened;
    m_everOpened = true;
    emit opened(fresh);
}

void WsConnection::onDisconnected(QWebSocket* s)
{
    if (s == m_next) {
        m_next = nullptr;
        s->deleteLater();
        return; // the rotation failed; the active connection is still there
    }
    if (s != m_active)
        return;
    const QString reason = s->closeReason().isEmpty() ? s->errorString() : s->closeReason();
    m_active = nullptr;
    s->deleteLater();
    // Closed by the server after it worked for a while: reconnect at once, not after a
    // backoff grown by earlier short-lived connections (trades are missed meanwhile).
    const qint64 now = m_clock.elapsed();
    if (m_lastFrameMs > m_connectedAtMs && now - m_connectedAtMs >= m_options.stableAfterMs)
        m_backoff.reset();
    if (m_wanted)
        scheduleReconnect(reason.isEmpty() ? QStringLiteral("connection closed") : reason);
}

void WsConnection::scheduleReconnect(const QString& reason)
{
    emit lost(reason);
    const int delay = m_backoff.next();
    ++m_reconnects;
    emit reconnecting(delay);
    m_reconnectTimer.start(delay);
}

void WsConnection::reconnect(const QString& reason)
{
    if (!m_active)
        return;
    QWebSocket* s = m_active;
    m_active = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
    if (m_wanted)
        scheduleReconnect(reason);
}

void WsConnection::rotate()
{
    if (!m_wanted || m_next)
        return;
    if (!isConnected()) {
        reconnect(QStringLiteral("rotation"));
        return;
    }
    m_next = makeSocket();
}

void WsConnection::retire(QWebSocket* s)
{
    s->disconnect(this);
    s->abort();
    s->deleteLater();
}

void WsConnection::watchdog()
{
    const qint64 now = m_clock.elapsed();
    if (!m_active)
        return;
    if (!isConnected()) {
        if (now - m_connectStartedMs > m_options.connectTimeoutMs)
            reconnect(QStringLiteral("connect timed out"));
        return;
    }
    // A connection that stayed healthy for a while earns a fresh backoff.
    if (m_backoff.attempts() > 0 && now - m_connectedAtMs > m_options.stableAfterMs)
        m_backoff.reset();
    if (m_next && now - m_connectStartedMs > m_options.connectTimeoutMs) {
        retire(m_next);
        m_next = nullptr;
    }
    if (now - m_lastFrameMs > m_options.silenceTimeoutMs) {
        reconnect(QStringLiteral("no data for %1 ms").arg(now - m_lastFrameMs));
        return;
    }
    for (auto it = m_watchTimeoutMs.constBegin(); it != m_watchTimeoutMs.constEnd(); ++it) {
        if (now - m_lastSeenMs.value(it.key(), now) > it.value()) {
            emit stale(it.key());
            reconnect(QStringLiteral("stream %1 stale for %2 ms")
                          .arg(it.key())
                          .arg(now - m_lastSeenMs.value(it.key())));
            return;
        }
    }
    if (m_options.rotateAfterMs > 0 && !m_next && now - m_connectedAtMs > m_options.rotateAfterMs)
        rotate();
}

} // namespace perp::net
