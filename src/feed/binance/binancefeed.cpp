// SPDX-License-Identifier: MIT
#include "binancefeed.h"

#include "binancemetrics.h"
#include "binancerest.h"

#include <QRegularExpression>

namespace perp::binance {

namespace {

const QString kMarket = QStringLiteral("market");
const QString kPublic = QStringLiteral("public");
const QString kRest = QStringLiteral("rest");

std::string_view view(const QByteArray& b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

} // namespace

FeedConfig FeedConfig::forBaseUrl(const QUrl& url)
{
    FeedConfig c;
    c.restBase = url;
    QUrl ws = url;
    ws.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    c.wsBase = ws;
    return c;
}

BinanceFeed::BinanceFeed(FeedConfig config, QObject* parent)
    : FeedSource(parent)
    , m_config(std::move(config))
    , m_health(QStringLiteral("binance"), this)
    , m_rest(QStringLiteral("Binance"), m_config.restBase, m_config.rest, this)
{
    if (m_config.symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            m_config.symbols.push_back(id);
    QStringList marketStreams, publicStreams;
    for (SymbolId id : m_config.symbols) {
        PerSymbol& s = m_symbols[id];
        s.lower = QByteArray::fromStdString(symbolName(id)).toLower();
        const QString l = QString::fromLatin1(s.lower);
        marketStreams << l + "@aggTrade" << l + "@markPrice@1s" << l + "@forceOrder";
        publicStreams << l + "@depth@100ms" << l + "@bookTicker";
    }
    m_market
        = std::make_unique<net::WsConnection>(kMarket, streamUrl(kMarket, marketStreams), m_config.ws, this);
    m_market->watchStream(QStringLiteral("aggTrade"), m_config.staleTradesMs);
    m_market->watchStream(QStringLiteral("markPrice"), m_config.staleMarkMs);
    m_public
        = std::make_unique<net::WsConnection>(kPublic, streamUrl(kPublic, publicStreams), m_config.ws, this);
    m_public->watchStream(QStringLiteral("depth"), m_config.staleDepthMs);

    for (net::WsConnection* c : {m_market.get(), m_public.get()}) {
        const bool market = c == m_market.get();
        connect(c, &net::WsConnection::message, this,
            [this, market](const QByteArray& text, qint64 us) { onMessage(text, us, market); });
        connect(c, &net::WsConnection::opened, this, [this, c, market](bool fresh) {
            m_health.setState(c->name(), net::StreamState::Live);
            if (fresh)
                return;
            m_health.noteReconnect(c->name());
            // Whatever happened while we were away is fetched again.
            for (auto& [id, s] : m_symbols) {
                if (market && s.trades.started())
                    s.backfillWanted = true;
                else if (market)
                    s.lostBeforeAnchor = true;
                if (!market && s.depth.invalidate())
                    requestSnapshot(id);
            }
        });
        connect(c, &net::WsConnection::lost, this, [this, c](const QString& reason) {
            m_health.setState(c->name(), net::StreamState::Reconnecting);
            m_health.setMessage(QStringLiteral("%1: %2").arg(c->name(), reason));
        });
        connect(c, &net::WsConnection::stale, this,
            [this, c](const QString&) { m_health.setState(c->name(), net::StreamState::Stale); });
    }
    connect(&m_rest, &net::RestClient::unavailable, this, &BinanceFeed::onUnavailable);
    connect(&m_rest, &net::RestClient::backingOff, this, [this](int ms, const QString& reason) {
        m_health.setMessage(QStringLiteral("REST backing off %1 ms: %2").arg(ms).arg(reason));
    });
    net::KlineEndpoint klines {QStringLiteral("/fapi/v1/klines"), QStringLiteral("Binance 1m history"),
        [](SymbolId id, int limit, TimeMs endTime) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
            q.addQueryItem(QStringLiteral("interval"), QStringLiteral("1m"));
            q.addQueryItem(QStringLiteral("limit"), QString::number(std::min(limit, 1500)));
            if (endTime >= 0)
                q.addQueryItem(QStringLiteral("endTime"), QString::number(endTime));
            return q;
        },
        readKlines};
    m_klines = new net::KlineBackfill(*this, m_rest, m_health, std::move(klines), m_config.klineBackfill);
    connect(&m_flushTimer, &QTimer::timeout, this, &BinanceFeed::flush);
    connect(&m_maintainTimer, &QTimer::timeout, this, &BinanceFeed::maintain);
    connect(&m_oiTimer, &QTimer::timeout, this, &BinanceFeed::pollOpenInterest);
    m_metrics = new MetricsPoller(
        m_rest, m_health, m_config.symbols,
        {m_config.metricsBackfill, m_config.fundingBackfill, m_config.metricsPollMs},
        [this](std::vector<MarketEvent>&& events, bool history) {
            if (history) {
                auto batch = std::make_shared<EventBatch>();
                batch->events = std::move(events);
                batch->history = true;
                emit batchReady(std::move(batch));
                return;
            }
            for (MarketEvent& e : events)
                m_pending.push_back(std::move(e));
        },
        this);
    m_clock.start();
}

BinanceFeed::~BinanceFeed() = default;

QUrl BinanceFeed::streamUrl(const QString& route, const QStringList& streams) const
{
    QUrl u = m_config.wsBase;
    QString base = u.path();
    while (base.endsWith('/'))
        base.chop(1);
    u.setPath(base + '/' + route + QStringLiteral("/stream"));
    u.setQuery(QStringLiteral("streams=") + streams.join('/'));
    return u;
}

void BinanceFeed::setRecorder(std::shared_ptr<record::FrameRecorder> recorder)
{
    m_market->setRecorder(recorder, QStringLiteral("binance"));
    m_public->setRecorder(recorder, QStringLiteral("binance"));
    m_rest.setRecorder(std::move(recorder), QStringLiteral("binance"));
}

QString BinanceFeed::description() const
{
    return QStringLiteral("Binance USD-M · %1 symbols · %2")
        .arg(m_config.symbols.size())
        .arg(m_config.restBase.host());
}

const net::LocalBook* BinanceFeed::book(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second.depth.book();
}

std::int64_t BinanceFeed::lastContiguousTradeId(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? 0 : it->second.trades.contiguous();
}

BinanceFeed::PerSymbol* BinanceFeed::symbol(SymbolId id)
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second;
}

void BinanceFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_health.setState(kMarket, net::StreamState::Connecting);
    m_market->open();
    if (m_config.depth) {
        m_health.setState(kPublic, net::StreamState::Connecting);
        m_public->open();
    }
    m_flushTimer.start(m_config.batchIntervalMs);
    m_maintainTimer.start(100);
    // The exchange clock at start bounds what "lost before the first trade" can mean.
    m_rest.get(QStringLiteral("/fapi/v1/time"), {}, [this](const net::RestReply& reply) {
        const QByteArray key = "\"serverTime\":";
        const qsizetype at = reply.ok ? reply.body.indexOf(key) : -1;
        bool ok = false;
        const qint64 t
            = at < 0 ? 0 : reply.body.mid(at + key.size()).split('}').value(0).trimmed().toLongLong(&ok);
        if (ok && m_sessionStartMs < 0)
            m_sessionStartMs = t;
    });
    if (m_config.openInterestPollMs > 0) {
        m_oiTimer.start(m_config.openInterestPollMs);
        pollOpenInterest();
    }
    m_klines->start(m_config.symbols);
    m_metrics->start();
    // Mark, index and funding right away instead of within the first second of the stream.
    for (SymbolId id : m_config.symbols)
        fetchSnapshotObject(QStringLiteral("/fapi/v1/premiumIndex"), id);
    emit statusChanged(description());
}

void BinanceFeed::stop()
{
    m_running = false;
    m_market->close();
    m_public->close();
    m_flushTimer.stop();
    m_maintainTimer.stop();
    m_oiTimer.stop();
    m_metrics->stop();
    m_klines->stop();
    flush();
    m_health.setAll(net::StreamState::Stopped);
}

void BinanceFeed::onUnavailable(const QString& message)
{
    m_health.setUnavailable(message);
    if (m_running) {
        m_running = false;
        m_market->close();
        m_public->close();
        m_maintainTimer.stop();
        m_oiTimer.stop();
        m_metrics->stop();
        m_klines->stop();
    }
    emit failed(message);
    emit statusChanged(message);
}

void BinanceFeed::onMessage(const QByteArray& text, qint64 receiveUs, bool market)
{
    const QString& conn = market ? kMarket : kPublic;
    const std::string source = market ? "binance /market" : "binance /public";
    const feed::Frame frame {view(text), receiveUs, source, ++m_frameNo};
    m_scratch.clear();
    const feed::ParseResult r = m_parser.parse(frame, m_scratch);
    if (!r.ok()) {
        m_health.noteRejected(conn);
        m_health.setMessage(QString::fromStdString(r.error->toString()));
        salvage(text);
        return;
    }
    if (m_scratch.empty())
        return;
    m_health.noteMessage(conn, header(m_scratch.front()).exchangeTime);
    // Per stream kind too, so a silent stream on a busy connection shows.
    static_assert(std::variant_size_v<MarketEvent> == 6, "name the new event kind here");
    static const QString kinds[]
        = {QStringLiteral("aggTrade"), QStringLiteral("forceOrder"), QStringLiteral("markPrice"),
            QStringLiteral("openInterest"), QStringLiteral("depth"), QStringLiteral("metric")};
    for (const MarketEvent& e : m_scratch) {
        const auto* b = std::get_if<BookUpdate>(&e);
        m_health.noteMessage(
            b && b->kind == BookKind::TopOfBook ? QStringLiteral("bookTicker") : kinds[e.index()],
            header(e).exchangeTime);
    }
    accept(m_scratch, false);
}

void BinanceFeed::salvage(const QByteArray& text)
{
    // A damaged frame usually still names its stream at the front of the envelope:
    // fetch what it carried again instead of waiting for the next message to show the hole.
    static const QRegularExpression re(QStringLiteral(R"(^\{"stream":"([a-z0-9]+)@([A-Za-z]+))"));
    const auto m = re.match(QString::fromUtf8(text.left(80)));
    if (!m.hasMatch())
        return;
    const auto id = findSymbol(m.captured(1).toUpper().toStdString());
    PerSymbol* s = id ? symbol(*id) : nullptr;
    if (!s)
        return;
    const QString kind = m.captured(2);
    if (kind == QLatin1String("aggTrade") && s->trades.started())
        s->backfillWanted = true;
    else if (kind == QLatin1String("aggTrade"))
        s->lostBeforeAnchor = true;
    else if (kind == QLatin1String("depth") && s->depth.invalidate())
        requestSnapshot(*id);
}

void BinanceFeed::accept(std::vector<MarketEvent>& events, bool fromRest)
{
    const qint64 now = m_clock.elapsed();
    for (MarketEvent& e : events) {
        const SymbolId id = header(e).symbol;
        PerSymbol* s = symbol(id);
        if (auto* t = std::get_if<Trade>(&e)) {
            if (!fromRest) {
                m_market->noteStream(QStringLiteral("aggTrade"));
                m_klines->onLiveTrade(id, t->h.exchangeTime);
            }
            const bool anchoring = s && !s->trades.started();
            if (s && s->trades.offer(t->id, now) == net::TradeTracker::Verdict::Duplicate) {
                m_health.noteDuplicate(kMarket);
                continue;
            }
            if (anchoring && s->lostBeforeAnchor && !fromRest)
                requestHeadBackfill(id, t->h.exchangeTime);
            ++m_tradesEmitted;
            if (fromRest)
                ++m_tradesBackfilled;
            m_pending.push_back(std::move(e));
        } else if (auto* b = std::get_if<BookUpdate>(&e)) {
            if (!s)
                continue;
            if (b->kind == BookKind::Delta) {
                m_public->noteStream(QStringLiteral("depth"));
                if (s->depth.onDiff(*b, m_pending))
                    requestSnapshot(id);
            } else if (b->kind == BookKind::TopOfBook) {
                if (s->depth.behind(b->lastUpdateId) && s->behindTarget < b->lastUpdateId) {
                    s->behindTarget = b->lastUpdateId;
                    s->behindSinceMs = now;
                }
                m_pending.push_back(std::move(e));
            }
        } else {
            if (std::holds_alternative<MarkFunding>(e) && !fromRest)
                m_market->noteStream(QStringLiteral("markPrice"));
            m_pending.push_back(std::move(e));
        }
    }
}

void BinanceFeed::maintain()
{
    const qint64 now = m_clock.elapsed();
    for (auto& [id, s] : m_symbols) {
        if (s.trades.hasGap(now, m_config.tradeGapGraceMs))
            s.backfillWanted = true;
        if (s.backfillWanted && !s.backfillInFlight && now - s.lastBackfillMs >= m_config.backfillIntervalMs)
            requestBackfill(id);
        // bookTicker showed a newer book id that no diff brought: a diff was lost.
        if (s.behindTarget > 0) {
            if (s.depth.book().lastUpdateId() >= s.behindTarget
                || s.depth.state() != net::DepthSync::State::Live) {
                s.behindTarget = 0;
            } else if (now - s.behindSinceMs > m_config.depthBehindGraceMs) {
                s.behindTarget = 0;
                if (s.depth.invalidate())
                    requestSnapshot(id);
            }
        }
    }
}

void BinanceFeed::flush()
{
    if (m_pending.empty())
        return;
    auto batch = std::make_shared<EventBatch>();
    batch->events.swap(m_pending);
    emit batchReady(std::move(batch));
}

void BinanceFeed::requestBackfill(SymbolId id)
{
    PerSymbol& s = m_symbols[id];
    s.backfillWanted = false;
    s.backfillInFlight = true;
    s.lastBackfillMs = m_clock.elapsed();
    const std::int64_t from = s.trades.contiguous() + 1;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
    q.addQueryItem(QStringLiteral("fromId"), QString::number(from));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    m_rest.get(QStringLiteral("/fapi/v1/aggTrades"), q, [this, id](const net::RestReply& reply) {
        PerSymbol& sym = m_symbols[id];
        sym.backfillInFlight = false;
        if (!m_running)
            return;
        if (!reply.ok) {
            m_health.noteRejected(kRest);
            m_health.setMessage(reply.error);
            sym.backfillWanted = reply.status != 451;
            return;
        }
        const std::string name = symbolName(id);
        const feed::Frame f {view(reply.body), nowUs(), "binance /fapi/v1/aggTrades", 0};
        std::vector<std::string> payloads;
        const feed::ParseResult r = aggTradesAsPayloads(f, name, payloads);
        if (!r.ok()) {
            m_health.noteRejected(kRest);
            m_health.setMessage(QString::fromStdString(r.error->toString()));
            return;
        }
        std::vector<MarketEvent> events;
        for (std::size_t i = 0; i < payloads.size(); ++i) {
            const feed::Frame one {payloads[i], f.receiveTime, f.source, i + 1};
            const feed::ParseResult pr = m_restParser.parse(one, events);
            if (!pr.ok())
                m_health.noteRejected(kRest);
        }
        const std::uint64_t before = m_tradesBackfilled;
        accept(events, true);
        if (m_tradesBackfilled > before)
            m_health.noteGapBackfilled(kMarket);
        // A full page means there may be more.
        if (payloads.size() >= 1000) {
            sym.backfillWanted = true;
            sym.lastBackfillMs = -1'000'000;
        }
    });
}

void BinanceFeed::requestHeadBackfill(SymbolId id, TimeMs firstTradeTime)
{
    PerSymbol& s = m_symbols[id];
    if (s.headBackfillDone || m_sessionStartMs < 0)
        return;
    s.headBackfillDone = true;
    // aggTrades time windows must be under an hour.
    const TimeMs from = std::max(m_sessionStartMs, firstTradeTime - kHourMs + 1);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
    q.addQueryItem(QStringLiteral("startTime"), QString::number(from));
    q.addQueryItem(QStringLiteral("endTime"), QString::number(firstTradeTime));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    m_rest.get(QStringLiteral("/fapi/v1/aggTrades"), q, [this, id](const net::RestReply& reply) {
        if (!m_running || !reply.ok) {
            if (!reply.ok)
                m_health.noteRejected(kRest);
            return;
        }
        const std::string name = symbolName(id);
        const feed::Frame f {view(reply.body), nowUs(), "binance /fapi/v1/aggTrades", 0};
        std::vector<std::string> payloads;
        if (!aggTradesAsPayloads(f, name, payloads).ok()) {
            m_health.noteRejected(kRest);
            return;
        }
        std::vector<MarketEvent> events;
        for (std::size_t i = 0; i < payloads.size(); ++i)
            m_restParser.parse(feed::Frame {payloads[i], f.receiveTime, f.source, i + 1}, events);
        const std::uint64_t before = m_tradesBackfilled;
        accept(events, true);
        if (m_tradesBackfilled > before)
            m_health.noteGapBackfilled(kMarket);
    });
}

void BinanceFeed::requestSnapshot(SymbolId id)
{
    PerSymbol& s = m_symbols[id];
    if (s.snapshotInFlight)
        return;
    s.snapshotInFlight = true;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    m_rest.get(QStringLiteral("/fapi/v1/depth"), q, [this, id](const net::RestReply& reply) {
        PerSymbol& sym = m_symbols[id];
        sym.snapshotInFlight = false;
        if (!m_running)
            return;
        if (!reply.ok) {
            m_health.noteRejected(kRest);
            m_health.setMessage(reply.error);
            if (reply.status != 451)
                QTimer::singleShot(500, this, [this, id] { requestSnapshot(id); });
            return;
        }
        m_restParser.setSnapshotSymbol(symbolName(id));
        const feed::Frame f {view(reply.body), nowUs(), "binance /fapi/v1/depth", 0};
        std::vector<MarketEvent> events;
        const feed::ParseResult r = m_restParser.parse(f, events);
        const BookUpdate* snap = events.empty() ? nullptr : std::get_if<BookUpdate>(&events.front());
        if (!r.ok() || !snap) {
            m_health.noteRejected(kRest);
            if (!r.ok())
                m_health.setMessage(QString::fromStdString(r.error->toString()));
            QTimer::singleShot(500, this, [this, id] { requestSnapshot(id); });
            return;
        }
        if (sym.depth.onSnapshot(*snap, m_pending)) {
            QTimer::singleShot(200, this, [this, id] { requestSnapshot(id); });
        } else {
            if (sym.synced)
                m_health.noteGapBackfilled(kPublic); // a re-snapshot after a gap
            sym.synced = true;
        }
    });
}

void BinanceFeed::pollOpenInterest()
{
    // A poll still waiting (REST backing off) is not queued again.
    for (SymbolId id : m_config.symbols) {
        PerSymbol& s = m_symbols[id];
        if (s.oiInFlight)
            continue;
        s.oiInFlight = true;
        fetchSnapshotObject(QStringLiteral("/fapi/v1/openInterest"), id);
    }
}

void BinanceFeed::fetchSnapshotObject(const QString& path, SymbolId id)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
    m_rest.get(path, q, [this, path, id](const net::RestReply& reply) {
        if (path.endsWith(QLatin1String("openInterest")))
            m_symbols[id].oiInFlight = false;
        if (!m_running)
            return;
        if (!reply.ok) {
            m_health.noteRejected(kRest);
            m_health.setMessage(reply.error);
            return;
        }
        const std::string source = "binance " + path.toStdString();
        const feed::Frame f {view(reply.body), nowUs(), source, 0};
        std::vector<MarketEvent> events;
        const feed::ParseResult r = m_restParser.parse(f, events);
        if (!r.ok()) {
            m_health.noteRejected(kRest);
            m_health.setMessage(QString::fromStdString(r.error->toString()));
            return;
        }
        m_health.noteMessage(kRest, events.empty() ? 0 : header(events.front()).exchangeTime);
        accept(events, true);
    });
}

} // namespace perp::binance
