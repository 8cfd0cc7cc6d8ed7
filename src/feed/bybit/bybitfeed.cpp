// SPDX-License-Identifier: MIT
#include "bybitfeed.h"

#include "bybitrest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace perp::bybit {

namespace {

const QString kWs = QStringLiteral("linear");
const QString kRest = QStringLiteral("rest");
constexpr std::size_t kRecentTradeLimit = 1000; // the most /v5/market/recent-trade returns (linear)

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
    QString base = ws.path();
    while (base.endsWith('/'))
        base.chop(1);
    ws.setPath(base + QStringLiteral("/v5/public/linear"));
    c.wsUrl = ws;
    return c;
}

BybitFeed::BybitFeed(FeedConfig config, QObject* parent)
    : FeedSource(parent)
    , m_config(std::move(config))
    , m_health(QStringLiteral("bybit"), this)
    , m_rest(
          QStringLiteral("Bybit"), m_config.restBase,
          [&] {
              net::RestOptions o = m_config.rest;
              // Bybit says "slow down" with HTTP 200 and retCode 10006.
              o.isRateLimited = [](const QByteArray& body) { return body.contains("\"retCode\":10006"); };
              return o;
          }(),
          this)
{
    if (m_config.symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            m_config.symbols.push_back(id);
    net::WsOptions ws = m_config.ws;
    if (ws.heartbeatText.isEmpty())
        ws.heartbeatText = QStringLiteral(R"({"req_id":"heartbeat","op":"ping"})");
    m_ws = std::make_unique<net::WsConnection>(kWs, m_config.wsUrl, ws, this);
    QStringList frames;
    for (SymbolId id : m_config.symbols) {
        PerSymbol& s = m_symbols[id];
        s.name = QString::fromStdString(symbolName(id));
        QStringList topics {"publicTrade." + s.name, "allLiquidation." + s.name, "tickers." + s.name};
        if (m_config.depth)
            topics << "orderbook.50." + s.name;
        frames << subscribeFrame(QStringLiteral("subscribe"), topics);
    }
    m_ws->setSubscribeFrames(frames);
    m_ws->watchStream(QStringLiteral("publicTrade"), m_config.staleTradesMs);
    if (m_config.depth)
        m_ws->watchStream(QStringLiteral("orderbook"), m_config.staleBookMs);

    connect(m_ws.get(), &net::WsConnection::message, this, &BybitFeed::onMessage);
    connect(m_ws.get(), &net::WsConnection::opened, this, [this](bool fresh) {
        m_health.setState(kWs, net::StreamState::Live);
        m_parser.reset(); // tickers start again with a snapshot
        for (auto& [id, s] : m_symbols)
            s.bookValid = false; // a snapshot follows the subscription
        if (fresh)
            return;
        m_health.noteReconnect(kWs);
        for (auto& [id, s] : m_symbols) {
            s.backfillOnNextTrade = true;
            if (s.gapFromMs < 0)
                s.gapFromMs = s.lastTradeMs;
        }
        QTimer::singleShot(m_config.backfillDelayMs, this, [this] {
            for (auto& [id, s] : m_symbols)
                if (s.backfillOnNextTrade) {
                    s.backfillOnNextTrade = false;
                    requestBackfill(id);
                }
        });
    });
    connect(m_ws.get(), &net::WsConnection::lost, this, [this](const QString& reason) {
        m_health.setState(kWs, net::StreamState::Reconnecting);
        m_health.setMessage(QStringLiteral("linear: ") + reason);
    });
    connect(m_ws.get(), &net::WsConnection::stale, this,
        [this](const QString&) { m_health.setState(kWs, net::StreamState::Stale); });
    connect(&m_rest, &net::RestClient::unavailable, this, &BybitFeed::onUnavailable);
    net::KlineEndpoint klines {QStringLiteral("/v5/market/kline"), QStringLiteral("Bybit 1m history"),
        [](SymbolId id, int limit, TimeMs endTime) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
            q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
            q.addQueryItem(QStringLiteral("interval"), QStringLiteral("1"));
            q.addQueryItem(QStringLiteral("limit"), QString::number(std::min(limit, 1000)));
            if (endTime >= 0)
                q.addQueryItem(QStringLiteral("end"), QString::number(endTime));
            return q;
        },
        readKlines};
    m_klines = new net::KlineBackfill(*this, m_rest, m_health, std::move(klines), m_config.klineBackfill);
    connect(&m_flushTimer, &QTimer::timeout, this, &BybitFeed::flush);
    connect(&m_riskTimer, &QTimer::timeout, this, [this] { fetchRiskLimits({}); });
}

BybitFeed::~BybitFeed() = default;

QString BybitFeed::subscribeFrame(const QString& op, const QStringList& topics) const
{
    const QJsonObject o {{"req_id", QStringLiteral("%1-%2").arg(op).arg(++m_reqId)}, {"op", op},
        {"args", QJsonArray::fromStringList(topics)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void BybitFeed::setRecorder(std::shared_ptr<record::FrameRecorder> recorder)
{
    m_ws->setRecorder(recorder, QStringLiteral("bybit"));
    m_rest.setRecorder(std::move(recorder), QStringLiteral("bybit"));
}

QString BybitFeed::description() const
{
    return QStringLiteral("Bybit linear · %1 symbols · %2")
        .arg(m_config.symbols.size())
        .arg(m_config.restBase.host());
}

const net::LocalBook* BybitFeed::book(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second.book;
}

void BybitFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_health.setState(kWs, net::StreamState::Connecting);
    m_ws->open();
    m_flushTimer.start(m_config.batchIntervalMs);
    m_klines->start(m_config.symbols);
    if (m_config.riskLimitRefreshMs > 0) {
        fetchRiskLimits({});
        m_riskTimer.start(m_config.riskLimitRefreshMs);
    }
    emit statusChanged(description());
}

void BybitFeed::stop()
{
    m_running = false;
    m_ws->close();
    m_flushTimer.stop();
    m_riskTimer.stop();
    m_klines->stop();
    flush();
    m_health.setAll(net::StreamState::Stopped);
}

void BybitFeed::onUnavailable(const QString& message)
{
    m_health.setUnavailable(message);
    if (m_running) {
        m_running = false;
        m_ws->close();
        m_klines->stop();
        m_riskTimer.stop();
    }
    emit failed(message);
    emit statusChanged(message);
}

void BybitFeed::onMessage(const QByteArray& text, qint64 receiveUs)
{
    const feed::Frame frame {view(text), receiveUs, "bybit /v5/public/linear", ++m_frameNo};
    m_scratch.clear();
    const feed::ParseResult r = m_parser.parse(frame, m_scratch);
    if (!r.ok()) {
        m_health.noteRejected(kWs);
        m_health.setMessage(QString::fromStdString(r.error->toString()));
        salvage(text);
        return;
    }
    if (m_scratch.empty())
        return;
    m_health.noteMessage(kWs, header(m_scratch.front()).exchangeTime);
    if (m_sessionStartMs < 0)
        m_sessionStartMs = header(m_scratch.front()).exchangeTime;
    static_assert(std::variant_size_v<MarketEvent> == 6, "name the new event kind here");
    static const QString topics[]
        = {QStringLiteral("publicTrade"), QStringLiteral("allLiquidation"), QStringLiteral("tickers"),
            QStringLiteral("tickers"), QStringLiteral("orderbook"), QStringLiteral("metric")};
    m_health.noteMessage(topics[m_scratch.front().index()], header(m_scratch.front()).exchangeTime);
    accept(m_scratch, false);
}

void BybitFeed::salvage(const QByteArray& text)
{
    // A damaged frame usually still names its topic first: fetch again what it carried.
    static const QRegularExpression re(
        QStringLiteral(R"re(^\{"topic":"(publicTrade|orderbook\.50)\.([A-Z0-9]+))re"));
    const auto m = re.match(QString::fromUtf8(text.left(80)));
    if (!m.hasMatch())
        return;
    const auto id = findSymbol(m.captured(2).toStdString());
    if (!id || !m_symbols.contains(*id))
        return;
    if (m.captured(1) == QLatin1String("publicTrade"))
        requestBackfill(*id);
    else
        resubscribeBook(*id);
}

bool BybitFeed::remember(PerSymbol& s, std::int64_t id)
{
    if (!s.seen.insert(id).second)
        return false;
    s.seenOrder.push_back(id);
    if (s.seenOrder.size() > m_config.rememberTradeIds) {
        s.seen.erase(s.seenOrder.front());
        s.seenOrder.pop_front();
    }
    return true;
}

void BybitFeed::accept(std::vector<MarketEvent>& events, bool fromRest)
{
    for (MarketEvent& e : events) {
        auto it = m_symbols.find(header(e).symbol);
        if (it == m_symbols.end())
            continue;
        PerSymbol& s = it->second;
        if (auto* t = std::get_if<Trade>(&e)) {
            if (!fromRest) {
                m_ws->noteStream(QStringLiteral("publicTrade"));
                m_klines->onLiveTrade(it->first, t->h.exchangeTime);
            } else if (m_sessionStartMs < 0 || t->h.exchangeTime < m_sessionStartMs)
                continue; // older than this session: history, not a hole
            const bool fresh = remember(s, t->id);
            if (!fromRest && s.backfillOnNextTrade) {
                // The server has sent this trade, so a page fetched now reaches the live stream.
                s.backfillOnNextTrade = false;
                requestBackfill(it->first);
            }
            if (!fresh) {
                m_health.noteDuplicate(kWs);
                continue;
            }
            s.lastTradeMs = std::max(s.lastTradeMs, t->h.exchangeTime);
            m_pending.push_back(std::move(e));
        } else if (auto* b = std::get_if<BookUpdate>(&e)) {
            m_ws->noteStream(QStringLiteral("orderbook"));
            if (b->kind == BookKind::Snapshot) {
                s.book.applySnapshot(*b);
                s.bookValid = true;
                m_pending.push_back(std::move(e));
            } else if (s.bookValid) {
                if (b->lastUpdateId == s.book.lastUpdateId()) {
                    m_health.noteDuplicate(kWs);
                } else if (b->lastUpdateId < s.book.lastUpdateId()) {
                    resubscribeBook(it->first); // out of order: the book may be wrong
                } else {
                    s.book.applyDelta(*b);
                    m_pending.push_back(std::move(e));
                }
            }
        } else {
            m_pending.push_back(std::move(e));
        }
    }
}

void BybitFeed::resubscribeBook(SymbolId id)
{
    PerSymbol& s = m_symbols[id];
    s.bookValid = false;
    const QStringList topic {"orderbook.50." + s.name};
    m_ws->sendText(subscribeFrame(QStringLiteral("unsubscribe"), topic));
    m_ws->sendText(subscribeFrame(QStringLiteral("subscribe"), topic));
    m_health.noteGapBackfilled(QStringLiteral("orderbook"));
}

void BybitFeed::requestBackfill(SymbolId id)
{
    PerSymbol& s = m_symbols[id];
    if (s.backfillInFlight || !m_running)
        return;
    s.backfillInFlight = true;
    const TimeMs gapFromMs = s.gapFromMs >= 0 ? s.gapFromMs : s.lastTradeMs;
    s.gapFromMs = -1;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
    q.addQueryItem(QStringLiteral("symbol"), s.name);
    q.addQueryItem(QStringLiteral("limit"), QString::number(kRecentTradeLimit));
    m_rest.get(
        QStringLiteral("/v5/market/recent-trade"), q, [this, id, gapFromMs](const net::RestReply& reply) {
            PerSymbol& sym = m_symbols[id];
            sym.backfillInFlight = false;
            if (!m_running)
                return;
            if (!reply.ok) {
                m_health.noteRejected(kRest);
                m_health.setMessage(reply.error);
                return;
            }
            const feed::Frame f {view(reply.body), nowUs(), "bybit /v5/market/recent-trade", 0};
            std::vector<MarketEvent> events;
            const feed::ParseResult r = readRecentTrades(f, events);
            if (!r.ok()) {
                m_health.noteRejected(kRest);
                m_health.setMessage(QString::fromStdString(r.error->toString()));
                return;
            }
            checkPageCoverage(sym, events, gapFromMs);
            const std::size_t before = m_pending.size();
            accept(events, true);
            if (m_pending.size() > before)
                m_health.noteGapBackfilled(kWs);
        });
}

void BybitFeed::checkPageCoverage(PerSymbol& s, const std::vector<MarketEvent>& page, TimeMs gapFromMs)
{
    if (page.size() < kRecentTradeLimit || gapFromMs < 0 || m_sessionStartMs < 0)
        return; // a page that is not full holds every trade since its oldest one
    const Trade* oldest = nullptr;
    for (const MarketEvent& e : page)
        if (const auto* t = std::get_if<Trade>(&e);
            t && (!oldest || t->h.exchangeTime < oldest->h.exchangeTime))
            oldest = t;
    if (!oldest || oldest->h.exchangeTime < m_sessionStartMs || s.seen.contains(oldest->id))
        return; // the page reaches back to trades already seen (or before this session)
    const auto stamp = [](TimeMs ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    m_health.noteGapUnrecoverable(kWs,
        QStringLiteral("%1: trades between %2 and %3 UTC may be lost: "
                       "/v5/market/recent-trade returns at most %4 and none was seen before")
            .arg(s.name, stamp(gapFromMs), stamp(oldest->h.exchangeTime))
            .arg(kRecentTradeLimit));
}

void BybitFeed::flush()
{
    if (m_pending.empty())
        return;
    auto batch = std::make_shared<EventBatch>();
    batch->events.swap(m_pending);
    emit batchReady(std::move(batch));
}

void BybitFeed::fetchRiskLimits(const QString& cursor)
{
    if (cursor.isEmpty()) {
        if (m_riskInFlight)
            return;
        m_riskInFlight = true;
        m_riskPages.clear();
        m_riskPagesRead = 0;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    m_rest.get(QStringLiteral("/v5/market/risk-limit"), q, [this](const net::RestReply& reply) {
        if (!m_running || !reply.ok) {
            m_riskInFlight = false;
            if (!reply.ok) {
                m_health.noteRejected(kRest);
                m_health.setMessage(reply.error);
            }
            return;
        }
        const feed::Frame f {view(reply.body), nowUs(), "bybit /v5/market/risk-limit", 0};
        std::string next;
        const feed::ParseResult r = readRiskLimits(f, m_riskPages, next);
        if (!r.ok()) {
            m_riskInFlight = false;
            m_health.noteRejected(kRest);
            m_health.setMessage(QString::fromStdString(r.error->toString()));
            return;
        }
        if (!next.empty() && ++m_riskPagesRead > 200) {
            m_riskInFlight = false; // a cursor that never ends: keep the tiers we have
            m_health.setMessage(QStringLiteral("risk-limit: more than 200 pages, stopped"));
            return;
        }
        if (!next.empty()) {
            fetchRiskLimits(QString::fromStdString(next));
            return;
        }
        m_riskInFlight = false;
        sortTiers(m_riskPages);
        for (const auto& [id, s] : m_symbols) {
            auto it = m_riskPages.find(symbolName(id));
            if (it != m_riskPages.end())
                emit marginTiersReady(id, std::make_shared<const std::vector<MarginTier>>(it->second));
        }
        m_riskPages.clear();
    });
}

} // namespace perp::bybit
