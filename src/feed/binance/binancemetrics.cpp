// SPDX-License-Identifier: MIT
#include "binancemetrics.h"

#include "binancehistory.h"

namespace perp::binance {

namespace {

constexpr MetricKind kRatios[]
    = {MetricKind::GlobalLongShortAccountRatio, MetricKind::TopTraderLongShortPositionRatio,
        MetricKind::TopTraderLongShortAccountRatio, MetricKind::TakerBuySellVolumeRatio};

} // namespace

MetricsPoller::MetricsPoller(net::RestClient& rest, net::FeedHealth& health, std::vector<SymbolId> symbols,
    Options options, Sink sink, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_health(health)
    , m_symbols(std::move(symbols))
    , m_options(options)
    , m_sink(std::move(sink))
{
    connect(&m_timer, &QTimer::timeout, this, &MetricsPoller::poll);
}

void MetricsPoller::start()
{
    m_running = true;
    backfill();
    if (m_options.pollMs > 0)
        m_timer.start(m_options.pollMs);
}

void MetricsPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void MetricsPoller::backfill()
{
    const int points = std::min(m_options.backfillPoints, 500);
    for (SymbolId id : m_symbols) {
        if (points > 0) {
            fetch(QStringLiteral("/futures/data/openInterestHist"), id, points, true, readOpenInterestHist);
            for (MetricKind kind : kRatios)
                fetch(QString::fromLatin1(ratioPath(kind)), id, points, true,
                    [kind, name = symbolName(id)](const feed::Frame& f, std::vector<MarketEvent>& out) {
                        return readRatios(f, kind, name, out);
                    });
        }
        if (m_options.fundingPoints > 0)
            fetch(QStringLiteral("/fapi/v1/fundingRate"), id, std::min(m_options.fundingPoints, 1000), true,
                readFundingRates);
    }
}

void MetricsPoller::poll()
{
    // The last two periods: the one closed since the previous poll and its predecessor.
    for (SymbolId id : m_symbols)
        for (MetricKind kind : kRatios)
            fetch(QString::fromLatin1(ratioPath(kind)), id, 2, false,
                [kind, name = symbolName(id)](const feed::Frame& f, std::vector<MarketEvent>& out) {
                    return readRatios(f, kind, name, out);
                });
}

void MetricsPoller::fetch(const QString& path, SymbolId id, int limit, bool history, Reader read)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
    if (path.startsWith(QLatin1String("/futures/data/")))
        q.addQueryItem(QStringLiteral("period"), QStringLiteral("5m"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_rest.get(path, q, [this, path, id, history, read = std::move(read)](const net::RestReply& reply) {
        if (!m_running)
            return;
        const QString stream = QStringLiteral("rest");
        if (!reply.ok) {
            m_health.noteRejected(stream);
            m_health.setMessage(reply.error);
            return;
        }
        const std::string source = "binance " + path.toStdString();
        const feed::Frame f {
            std::string_view(reply.body.constData(), std::size_t(reply.body.size())), nowUs(), source, 0};
        std::vector<MarketEvent> events;
        const feed::ParseResult r = read(f, events);
        if (!r.ok()) {
            m_health.noteRejected(stream);
            m_health.setMessage(QString::fromStdString(r.error->toString()));
            return;
        }
        // Only this symbol's points, and of the ratio series only those newer than sent.
        auto& last = m_lastRatio[id];
        std::erase_if(events, [&](const MarketEvent& e) {
            if (header(e).symbol != id)
                return true;
            const auto* m = std::get_if<Metric>(&e);
            if (!m)
                return false;
            TimeMs& newest = last[static_cast<std::size_t>(m->kind)];
            if (m->h.exchangeTime <= newest)
                return true;
            newest = m->h.exchangeTime;
            return false;
        });
        if (events.empty())
            return;
        m_health.noteMessage(history ? stream : QStringLiteral("metric"), header(events.back()).exchangeTime);
        m_sink(std::move(events), history);
    });
}

} // namespace perp::binance
