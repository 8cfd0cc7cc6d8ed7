// SPDX-License-Identifier: MIT
#include "klinebackfill.h"

#include "feed/feedsource.h"

namespace perp::net {

KlineBackfill::KlineBackfill(
    FeedSource& feed, RestClient& rest, FeedHealth& health, KlineEndpoint endpoint, int limit, int waitMs)
    : QObject(&feed)
    , m_feed(feed)
    , m_rest(rest)
    , m_health(health)
    , m_endpoint(std::move(endpoint))
    , m_limit(limit)
    , m_waitMs(waitMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const std::set<SymbolId> quiet = m_waiting;
        for (SymbolId id : quiet)
            request(id, -1);
    });
}

void KlineBackfill::start(const std::vector<SymbolId>& symbols)
{
    if (m_limit <= 0)
        return;
    m_waiting.insert(symbols.begin(), symbols.end());
    m_done = 0;
    m_total = static_cast<int>(m_waiting.size());
    emit m_feed.workProgress(m_endpoint.task, 0, m_total);
    m_timer.start(m_waitMs);
}

void KlineBackfill::stop()
{
    m_waiting.clear();
    m_timer.stop();
}

void KlineBackfill::request(SymbolId id, TimeMs endTime)
{
    m_waiting.erase(id);
    m_rest.get(m_endpoint.path, m_endpoint.query(id, m_limit, endTime),
        [this, id, endTime, source = "REST " + m_endpoint.path.toStdString()](const RestReply& reply) {
            emit m_feed.workProgress(m_endpoint.task, std::min(++m_done, m_total), m_total);
            if (!reply.ok) {
                m_health.noteRejected(QStringLiteral("rest"));
                m_health.setMessage(reply.error);
                return;
            }
            const feed::Frame f {
                std::string_view(reply.body.constData(), std::size_t(reply.body.size())), nowUs(), source, 0};
            auto candles = std::make_shared<std::vector<Candle>>();
            const feed::ParseResult r = m_endpoint.read(f, *candles);
            if (!r.ok()) {
                m_health.noteRejected(QStringLiteral("rest"));
                m_health.setMessage(QString::fromStdString(r.error->toString()));
                return;
            }
            // Without an end the newest row is the still-forming minute: live trades build it.
            if (endTime < 0 && !candles->empty())
                candles->pop_back();
            std::erase_if(
                *candles, [endTime](const Candle& c) { return endTime >= 0 && c.openTime > endTime; });
            emit m_feed.candlesBackfilled(id, std::move(candles));
        });
}

} // namespace perp::net
