// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

namespace perp::net {

class WsConnection;

enum class StreamState : std::uint8_t { Connecting, Live, Stale, Reconnecting, Unavailable, Stopped };
QString streamStateName(StreamState s);

// Health of one stream (or one REST poller) of one exchange.
struct StreamHealth
{
    QString stream; // e.g. "market", "btcusdt@aggTrade", "rest"
    StreamState state = StreamState::Connecting;
    double messagesPerSecond = 0; // over the last snapshot interval
    qint64 lagMs = 0; // local receive time minus exchange event time, latest message
    std::uint64_t messages = 0;
    std::uint64_t reconnects = 0;
    std::uint64_t gapsBackfilled = 0; // gaps detected and filled from REST
    // Gaps REST could not fill completely (e.g. more trades missed than one page holds):
    // trades were lost, and the message says where.
    std::uint64_t gapsUnrecoverable = 0;
    QString lastUnrecoverable; // the newest of those gaps in plain words, empty if none
    std::uint64_t rejected = 0; // messages that failed to parse or were out of sequence
    std::uint64_t duplicates = 0; // dropped because their id was already seen
    qint64 lastMessageMs = 0; // wall clock, 0 if none yet
    // Connection trouble: why the last connection ended, and the reconnect under way.
    QString lastError; // e.g. "remote closed"; empty once connected again
    int attempt = 0; // reconnect attempts since the last successful connect
    qint64 retryAtMs = 0; // wall clock of the next attempt, 0 if none scheduled
    // Sources without an exchange clock to lag behind (simulator, replay).
    qint64 positionMs = 0; // feed time of the newest event, 0 if not applicable
    double progress = -1; // share of a replay done, 0..1; -1 if not applicable
};

struct FeedHealthSnapshot
{
    QString exchange; // "binance", "bybit"
    bool available = true; // false after a geo-block (451) or ban
    QString message; // last notable event in plain words, e.g. the 451 text
    std::vector<StreamHealth> streams; // sorted by name
};
using FeedHealthSnapshotPtr = std::shared_ptr<const FeedHealthSnapshot>;

// Mutable health counters of one exchange, published as immutable snapshots once a
// second (and at once on a state change). Lives on the feed thread.
class FeedHealth : public QObject
{
    Q_OBJECT
public:
    explicit FeedHealth(QString exchange, QObject* parent = nullptr);

    void setState(const QString& stream, StreamState state);
    void noteMessage(const QString& stream, qint64 exchangeTimeMs);
    // `count` messages at once (simulator and replay batches); no lag is computed.
    void noteMessages(const QString& stream, std::uint64_t count);
    void setPosition(const QString& stream, qint64 positionMs, double progress = -1);
    void noteRejected(const QString& stream);
    void noteDuplicate(const QString& stream);
    void noteReconnect(const QString& stream);
    void noteGapBackfilled(const QString& stream);
    // Also the feed's message, and kept in the stream's lastUnrecoverable.
    void noteGapUnrecoverable(const QString& stream, const QString& what);
    void setUnavailable(const QString& message);
    // Every stream to this state (e.g. Stopped when the feed stops).
    void setAll(StreamState state);
    void setMessage(const QString& message);
    // A connection ended (`reason`) and the next attempt starts in `delayMs`.
    void noteRetry(const QString& stream, const QString& reason, int delayMs);
    // Connected again: the retry state is cleared.
    void noteConnected(const QString& stream);
    // Follows a supervised WebSocket's lost / reconnecting / opened signals (stream = its name).
    void watch(WsConnection* connection);

    FeedHealthSnapshotPtr snapshot() const;
    const StreamHealth* stream(const QString& name) const;
    bool available() const { return m_available; }

signals:
    void changed(perp::net::FeedHealthSnapshotPtr snapshot);

private:
    StreamHealth& entry(const QString& stream);
    void publish();

    QString m_exchange;
    bool m_available = true;
    QString m_message;
    QHash<QString, StreamHealth> m_streams;
    QHash<QString, std::uint64_t> m_countAtLastPublish;
    QTimer m_timer {this};
    qint64 m_lastPublishMs = 0;
};

} // namespace perp::net

Q_DECLARE_METATYPE(perp::net::FeedHealthSnapshotPtr)
