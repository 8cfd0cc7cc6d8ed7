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

void KlineBackfill::request(SymbolId id, TimeMs endTime, std::shared_ptr<std::vector<Candle>> got)
{
    m_waiting.erase(id);
    if (!got)
        got = std::make_shared<std::vector<Candle>>();
    const int want = m_limit - static_cast<int>(got->size());
    const int ask = m_endpoint.pageLimit > 0 ? std::min(want, m_endpoint.pageLimit) : want;
    m_rest.get(m_endpoint.path, m_endpoint.query(id, ask, endTime),
        [this, id, endTime, got, ask, source = "REST " + m_endpoint.path.toStdString()](
            const RestReply& reply) {
            if (!reply.ok) {
                m_health.noteRejected(QStringLiteral("rest"));
                m_health.setMessage(reply.error);
                finish(id, got, false);
                return;
            }
            const feed::Frame f {
                std::string_view(reply.body.constData(), std::size_t(reply.body.size())), nowUs(), source, 0};
            std::vector<Candle> page;
            const feed::ParseResult r = m_endpoint.read(f, page);
            if (!r.ok()) {
                m_health.noteRejected(QStringLiteral("rest"));
                m_health.setMessage(QString::fromStdString(r.error->toString()));
                finish(id, got, false);
                return;
            }
            // Without an end the newest row is the still-forming minute: live trades build it.
            const bool formingLeftOut = endTime < 0 && !m_endpoint.readerDropsForming && !page.empty();
            if (formingLeftOut)
                page.pop_back();
            std::erase_if(page, [endTime](const Candle& c) { return endTime >= 0 && c.openTime > endTime; });
            if (!got->empty())
                std::erase_if(page, [&](const Candle& c) { return c.openTime >= got->front().openTime; });
            const int room = m_limit - static_cast<int>(got->size());
            if (static_cast<int>(page.size()) > room)
                page.erase(page.begin(), page.end() - room);
            got->insert(got->begin(), page.begin(), page.end());
            // A full page (the forming minute, dropped by either side, may be one of it): more may be older.
            const bool full = static_cast<int>(page.size()) + 1 >= ask;
            if (m_endpoint.pageLimit > 0 && !page.empty() && full
                && static_cast<int>(got->size()) < m_limit) {
                request(id, got->front().openTime - 1, got);
                return;
            }
            finish(id, got, true);
        });
}

void KlineBackfill::finish(SymbolId id, const std::shared_ptr<std::vector<Candle>>& got, bool ok)
{
    emit m_feed.workProgress(m_endpoint.task, std::min(++m_done, m_total), m_total);
    if (ok || !got->empty())
        emit m_feed.candlesBackfilled(id, got);
}

} // namespace perp::net
