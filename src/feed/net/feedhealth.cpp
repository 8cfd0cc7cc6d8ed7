// SPDX-License-Identifier: MIT
#include "feedhealth.h"

#include "wsconnection.h"

#include <QDateTime>
#include <algorithm>

namespace perp::net {

namespace {
const int registered
    = qRegisterMetaType<perp::net::FeedHealthSnapshotPtr>("perp::net::FeedHealthSnapshotPtr");
}

QString streamStateName(StreamState s)
{
    switch (s) {
    case StreamState::Connecting:
        return QStringLiteral("connecting");
    case StreamState::Live:
        return QStringLiteral("live");
    case StreamState::Stale:
        return QStringLiteral("stale");
    case StreamState::Reconnecting:
        return QStringLiteral("reconnecting");
    case StreamState::Unavailable:
        return QStringLiteral("unavailable");
    case StreamState::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

FeedHealth::FeedHealth(QString exchange, QObject* parent)
    : QObject(parent)
    , m_exchange(std::move(exchange))
{
    connect(&m_timer, &QTimer::timeout, this, &FeedHealth::publish);
    m_timer.start(1000);
    m_lastPublishMs = QDateTime::currentMSecsSinceEpoch();
}

StreamHealth& FeedHealth::entry(const QString& stream)
{
    auto it = m_streams.find(stream);
    if (it == m_streams.end()) {
        it = m_streams.insert(stream, StreamHealth {});
        it->stream = stream;
    }
    return *it;
}

void FeedHealth::setState(const QString& stream, StreamState state)
{
    StreamHealth& h = entry(stream);
    if (h.state == state)
        return;
    h.state = state;
    publish();
}

void FeedHealth::noteMessage(const QString& stream, qint64 exchangeTimeMs)
{
    StreamHealth& h = entry(stream);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    h.messages++;
    h.lastMessageMs = now;
    if (exchangeTimeMs > 0)
        h.lagMs = now - exchangeTimeMs;
    if (h.state != StreamState::Live)
        setState(stream, StreamState::Live);
}

void FeedHealth::noteMessages(const QString& stream, std::uint64_t count)
{
    if (count == 0)
        return;
    StreamHealth& h = entry(stream);
    h.messages += count;
    h.lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    if (h.state != StreamState::Live)
        setState(stream, StreamState::Live);
}

void FeedHealth::setPosition(const QString& stream, qint64 positionMs, double progress)
{
    StreamHealth& h = entry(stream);
    h.positionMs = positionMs;
    h.progress = progress;
}

void FeedHealth::noteRetry(const QString& stream, const QString& reason, int delayMs)
{
    StreamHealth& h = entry(stream);
    if (!reason.isEmpty())
        h.lastError = reason;
    h.attempt++;
    h.retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    h.state = StreamState::Reconnecting;
    publish();
}

void FeedHealth::noteConnected(const QString& stream)
{
    StreamHealth& h = entry(stream);
    h.lastError.clear();
    h.attempt = 0;
    h.retryAtMs = 0;
    publish();
}

void FeedHealth::watch(WsConnection* connection)
{
    const QString name = connection->name();
    auto reason = std::make_shared<QString>();
    connect(connection, &WsConnection::lost, this, [reason](const QString& r) { *reason = r; });
    connect(connection, &WsConnection::reconnecting, this, [this, name, reason](int delayMs) {
        noteRetry(name, *reason, delayMs);
        reason->clear();
    });
    connect(connection, &WsConnection::opened, this, [this, name](bool) { noteConnected(name); });
}

void FeedHealth::noteRejected(const QString& stream)
{
    entry(stream).rejected++;
}

void FeedHealth::noteDuplicate(const QString& stream)
{
    entry(stream).duplicates++;
}

void FeedHealth::noteReconnect(const QString& stream)
{
    entry(stream).reconnects++;
}

void FeedHealth::noteGapBackfilled(const QString& stream)
{
    entry(stream).gapsBackfilled++;
}

void FeedHealth::noteGapUnrecoverable(const QString& stream, const QString& what)
{
    StreamHealth& h = entry(stream);
    h.gapsUnrecoverable++;
    h.lastUnrecoverable = what;
    setMessage(what);
}

void FeedHealth::setUnavailable(const QString& message)
{
    m_available = false;
    m_message = message;
    for (StreamHealth& h : m_streams)
        h.state = StreamState::Unavailable;
    publish();
}

void FeedHealth::setAll(StreamState state)
{
    for (StreamHealth& h : m_streams)
        h.state = state;
    publish();
}

void FeedHealth::setMessage(const QString& message)
{
    m_message = message;
}

const StreamHealth* FeedHealth::stream(const QString& name) const
{
    auto it = m_streams.find(name);
    return it == m_streams.end() ? nullptr : &*it;
}

FeedHealthSnapshotPtr FeedHealth::snapshot() const
{
    auto s = std::make_shared<FeedHealthSnapshot>();
    s->exchange = m_exchange;
    s->available = m_available;
    s->message = m_message;
    for (const StreamHealth& h : m_streams)
        s->streams.push_back(h);
    std::sort(s->streams.begin(), s->streams.end(),
        [](const StreamHealth& a, const StreamHealth& b) { return a.stream < b.stream; });
    return s;
}

void FeedHealth::publish()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double seconds = std::max<qint64>(1, now - m_lastPublishMs) / 1000.0;
    if (now - m_lastPublishMs >= 500) {
        for (StreamHealth& h : m_streams) {
            std::uint64_t& before = m_countAtLastPublish[h.stream];
            h.messagesPerSecond = static_cast<double>(h.messages - before) / seconds;
            before = h.messages;
        }
        m_lastPublishMs = now;
    }
    emit changed(snapshot());
}

} // namespace perp::net
