// SPDX-License-Identifier: MIT
#include "sourcehealth.h"

#include "feed/replay/replayfeed.h"

#include <array>

namespace perp {

namespace {

const QString kEvents = QStringLiteral("events");

// Rows per event kind, in MarketEvent's order.
const QString& kindRow(std::size_t index)
{
    static_assert(std::variant_size_v<MarketEvent> == 6, "name the new event kind here");
    static const std::array<QString, 6> rows {QStringLiteral("trades"), QStringLiteral("liquidations"),
        QStringLiteral("mark & funding"), QStringLiteral("open interest"), QStringLiteral("order book"),
        QStringLiteral("metrics")};
    return rows[index];
}

} // namespace

net::FeedHealth* attachFeedHealth(FeedSource* source)
{
    if (auto* own = source->findChild<net::FeedHealth*>())
        return own;
    auto* replayFeed = qobject_cast<replay::ReplayFeed*>(source);
    const QString name = source->isSimulated() ? QStringLiteral("simulator")
        : replayFeed                           ? QStringLiteral("replay")
                                               : QStringLiteral("source");
    auto* health = new net::FeedHealth(name, source);
    health->setState(kEvents, net::StreamState::Connecting);
    // On the feed thread, as each batch leaves: counts only, no copies.
    QObject::connect(
        source, &FeedSource::batchReady, health,
        [health](const EventBatchPtr& batch) {
            if (!batch || batch->events.empty())
                return;
            std::array<std::uint64_t, std::variant_size_v<MarketEvent>> counts {};
            TimeMs newest = 0;
            for (const MarketEvent& e : batch->events) {
                ++counts[e.index()];
                newest = std::max(newest, header(e).exchangeTime);
            }
            for (std::size_t k = 0; k < counts.size(); ++k)
                health->noteMessages(kindRow(k), counts[k]);
            health->noteMessages(kEvents, batch->events.size());
            const net::StreamHealth* row = health->stream(kEvents);
            health->setPosition(kEvents, newest, row ? row->progress : -1);
        },
        Qt::DirectConnection);
    if (replayFeed) {
        QObject::connect(replayFeed, &replay::ReplayFeed::progressChanged, health,
            [health](double fraction, qint64 replayTimeMs) {
                health->setPosition(kEvents, replayTimeMs, fraction);
            });
        QObject::connect(replayFeed, &replay::ReplayFeed::finished, health, [health] {
            health->setMessage(QStringLiteral("replay finished"));
            health->setAll(net::StreamState::Stopped);
        });
    }
    return health;
}

} // namespace perp
