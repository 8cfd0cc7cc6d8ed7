// SPDX-License-Identifier: MIT
#include "okxfeed.h"

#include "okxrest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace perp::okx {

namespace {

constexpr std::size_t kRememberLiquidations = 10'000;

std::string_view view(const QByteArray& b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

QJsonObject arg(const QString& channel, const QString& key, const QString& value)
{
    return QJsonObject {{"channel", channel}, {key, value}};
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
    ws.setPath(base + QStringLiteral("/ws/v5/public"));
    c.wsUrl = ws;
    return c;
}

OkxFeed::OkxFeed(FeedConfig config, QObject* parent)
    : FeedSource(parent)
    , m_config(std::move(config))
    , m_health(QStringLiteral("okx"), this)
    , m_rest(QStringLiteral("OKX"), m_config.restBase, m_config.rest, this)
{
    if (m_config.symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            m_config.symbols.push_back(id);
    m_ws = std::make_unique<net::WsConnection>(kHealthWs, m_config.wsUrl, m_config.ws, this);
    m_parser.setSkipUnknownLiquidations(true); // the SWAP channel carries every swap
    QStringList frames;
    int n = 0;
    auto frame = [&](const QJsonArray& args) {
        const QJsonObject o {{"id", QStringLiteral("sub%1").arg(++n)}, {"op", "subscribe"}, {"args", args}};
        frames << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    frame(QJsonArray {arg(QStringLiteral("liquidation-orders"), QStringLiteral("instType"), "SWAP")});
    for (SymbolId id : m_config.symbols) {
        PerSymbol& s = m_symbols[id];
        const QString base = QString::fromStdString(symbolInfo(id).base);
        s.instId = base + QStringLiteral("-USDT-SWAP");
        m_byInstId[s.instId.toStdString()] = id;
        const QString key = QStringLiteral("instId");
        QJsonArray args {arg("trades", key, s.instId), arg("funding-rate", key, s.instId),
            arg("mark-price", key, s.instId), arg("index-tickers", key, base + QStringLiteral("-USDT")),
            arg("open-interest", key, s.instId)};
        if (m_config.depth)
            args.append(arg("books5", key, s.instId));
        frame(args);
    }
    m_ws->setSubscribeFrames(frames);
    // Closed 1m candles (confirm flag), volume from volCcy; `after` is exclusive.
    net::KlineEndpoint klines {QStringLiteral("/api/v5/market/candles"), kHistoryTask,
        [this](SymbolId id, int limit, TimeMs endTime) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("instId"), m_symbols[id].instId);
            q.addQueryItem(QStringLiteral("bar"), QStringLiteral("1m"));
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (endTime >= 0)
                q.addQueryItem(QStringLiteral("after"), QString::number(endTime + 1));
            return q;
        },
        [](const feed::Frame& f, std::vector<Candle>& out) { return readCandles(f, out); },
        std::min(m_config.candlePage, 300), true};
    m_klines = new net::KlineBackfill(*this, m_rest, m_health, std::move(klines), m_config.klineBackfill);
    m_ws->watchStream(QStringLiteral("trades"), m_config.staleTradesMs);
    if (m_config.depth)
        m_ws->watchStream(QStringLiteral("books5"), m_config.staleBookMs);

    connect(m_ws.get(), &net::WsConnection::message, this, &OkxFeed::onMessage);
    connect(m_ws.get(), &net::WsConnection::opened, this, [this](bool fresh) {
        m_health.setState(kHealthWs, net::StreamState::Live);
        m_pingSentMs = -1;
        if (fresh)
            return;
        m_health.noteReconnect(kHealthWs);
        // Whatever happened while we were away is fetched again once trades flow.
        QTimer::singleShot(m_config.backfillDelayMs, this, [this] {
            for (auto& [id, s] : m_symbols) {
                if (s.trades.started())
                    s.wantTail = true;
                else
                    s.lostBeforeAnchor = true;
            }
        });
    });
    connect(m_ws.get(), &net::WsConnection::lost, this, [this](const QString& reason) {
        m_health.setState(kHealthWs, net::StreamState::Reconnecting);
        m_health.setMessage(QStringLiteral("public: ") + reason);
    });
    connect(m_ws.get(), &net::WsConnection::stale, this,
        [this](const QString&) { m_health.setState(kHealthWs, net::StreamState::Stale); });
    connect(&m_rest, &net::RestClient::unavailable, this, &OkxFeed::onUnavailable);
    connect(&m_flushTimer, &QTimer::timeout, this, &OkxFeed::flush);
    connect(&m_maintainTimer, &QTimer::timeout, this, &OkxFeed::maintain);
    connect(&m_oiTimer, &QTimer::timeout, this, &OkxFeed::pollOpenInterest);
    connect(&m_pingTimer, &QTimer::timeout, this, &OkxFeed::sendPing);
}

OkxFeed::~OkxFeed() = default;

QString OkxFeed::description() const
{
    return QStringLiteral("OKX SWAP · %1 symbols · %2")
        .arg(m_config.symbols.size())
        .arg(m_config.restBase.host());
}

void OkxFeed::setRecorder(std::shared_ptr<record::FrameRecorder> recorder)
{
    m_ws->setRecorder(recorder, QStringLiteral("okx"));
    m_rest.setRecorder(std::move(recorder), QStringLiteral("okx"));
}

const net::LocalBook* OkxFeed::book(SymbolId id) const
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second.book;
}

OkxFeed::PerSymbol* OkxFeed::symbol(SymbolId id)
{
    auto it = m_symbols.find(id);
    return it == m_symbols.end() ? nullptr : &it->second;
}

void OkxFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    m_health.setState(kHealthWs, net::StreamState::Connecting);
    m_flushTimer.start(m_config.batchIntervalMs);
    m_maintainTimer.start(100);
    // The exchange clock at start bounds what "lost before the first trade" can mean.
    m_rest.get(QStringLiteral("/api/v5/public/time"), {}, [this](const net::RestReply& reply) {
        TimeMs t = 0;
        if (reply.ok
            && readServerTime(feed::Frame {view(reply.body), nowUs(), "okx /api/v5/public/time", 0}, t).ok()
            && m_sessionStartMs < 0)
            m_sessionStartMs = t;
    });
    loadInstruments();
    if (m_config.openInterestPollMs > 0) {
        m_oiTimer.start(m_config.openInterestPollMs);
        pollOpenInterest();
    }
    m_klines->start(m_config.symbols);
    emit statusChanged(description());
}

void OkxFeed::stop()
{
    m_running = false;
    m_ws->close();
    m_klines->stop();
    for (QTimer* t : {&m_flushTimer, &m_maintainTimer, &m_oiTimer, &m_pingTimer})
        t->stop();
    flush();
    m_health.setAll(net::StreamState::Stopped);
}

void OkxFeed::onUnavailable(const QString& message)
{
    m_health.setUnavailable(message);
    if (m_running) {
        m_running = false;
        m_ws->close();
        m_klines->stop();
        for (QTimer* t : {&m_maintainTimer, &m_oiTimer, &m_pingTimer})
            t->stop();
    }
    emit failed(message);
    emit statusChanged(message);
}

void OkxFeed::noteRestError(const QString& message)
{
    m_health.noteRejected(kHealthRest);
    m_health.setMessage(message);
}

void OkxFeed::openStream()
{
    m_ws->open();
    m_pingTimer.start(m_config.pingIntervalMs);
}

void OkxFeed::sendPing()
{
    if (!m_ws->isConnected() || m_pingSentMs >= 0)
        return;
    m_ws->sendText(QStringLiteral("ping"));
    m_pingSentMs = m_clock.elapsed();
}

void OkxFeed::onMessage(const QByteArray& text, qint64 receiveUs)
{
    if (text == "pong") {
        ++m_pongs;
        m_pingSentMs = -1;
        m_health.noteMessage(QStringLiteral("pong"), 0);
        return;
    }
    const feed::Frame frame {view(text), receiveUs, "okx /ws/v5/public", ++m_frameNo};
    m_scratch.clear();
    const feed::ParseResult r = m_parser.parse(frame, m_scratch);
    if (!r.ok()) {
        m_health.noteRejected(kHealthWs);
        m_health.setMessage(QString::fromStdString(r.error->toString()));
        salvage(text);
        return;
    }
    if (m_scratch.empty())
        return;
    const TimeMs t = header(m_scratch.front()).exchangeTime;
    if (m_sessionStartMs < 0)
        m_sessionStartMs = t;
    m_health.noteMessage(kHealthWs, t);
    static_assert(std::variant_size_v<MarketEvent> == 6, "name the new event kind here");
    static const QString kinds[]
        = {QStringLiteral("trades"), QStringLiteral("liquidation-orders"), QStringLiteral("mark-price"),
            QStringLiteral("open-interest"), QStringLiteral("books5"), QStringLiteral("metric")};
    m_health.noteMessage(kinds[m_scratch.front().index()], t);
    accept(m_scratch, &m_parser.tradeCounts(), false);
}

void OkxFeed::salvage(const QByteArray& text)
{
    // A damaged frame usually still names its channel first: fetch again what it carried.
    static const QRegularExpression re(
        QStringLiteral(R"re(^\{"arg":\{"channel":"trades","instId":"([A-Z0-9]+-[A-Z0-9]+-SWAP)")re"));
    const auto m = re.match(QString::fromUtf8(text.left(80)));
    if (!m.hasMatch())
        return;
    const auto it = m_byInstId.find(m.captured(1).toStdString());
    PerSymbol* s = it == m_byInstId.end() ? nullptr : symbol(it->second);
    if (!s)
        return;
    if (s->trades.started())
        s->wantTail = true;
    else
        s->lostBeforeAnchor = true;
}

void OkxFeed::accept(std::vector<MarketEvent>& events, const std::vector<std::int32_t>* counts, bool fromRest)
{
    const qint64 now = m_clock.elapsed();
    std::size_t tradeNo = 0;
    for (MarketEvent& e : events) {
        PerSymbol* s = symbol(header(e).symbol);
        if (auto* t = std::get_if<Trade>(&e)) {
            const std::int64_t count = counts && tradeNo < counts->size() ? (*counts)[tradeNo] : 1;
            ++tradeNo;
            if (!fromRest) {
                m_ws->noteStream(QStringLiteral("trades"));
                m_klines->onLiveTrade(t->h.symbol, t->h.exchangeTime);
            }
            if (!s || (fromRest && (m_sessionStartMs < 0 || t->h.exchangeTime < m_sessionStartMs)))
                continue; // not ours, or older than this session: history, not a hole
            const bool anchoring = !s->trades.started();
            // An aggregated trade stands for ids tradeId - count + 1 .. tradeId.
            bool fresh = false;
            for (std::int64_t id = t->id - count + 1; id <= t->id; ++id)
                fresh |= s->trades.offer(id, now) == net::TradeTracker::Verdict::New;
            if (!fresh) {
                if (!fromRest) // REST pages overlap what arrived live on purpose
                    m_health.noteDuplicate(kHealthWs);
                continue;
            }
            if (anchoring && s->lostBeforeAnchor && !fromRest) {
                s->wantHead = true;
                s->headCursor = t->id - count + 1;
            }
            if (fromRest)
                ++m_tradesBackfilled;
            m_pending.push_back(std::move(e));
        } else if (auto* b = std::get_if<BookUpdate>(&e)) {
            if (!s)
                continue;
            m_ws->noteStream(QStringLiteral("books5"));
            if (b->kind == BookKind::Snapshot)
                s->book.applySnapshot(*b);
            else
                s->book.applyDelta(*b);
            m_pending.push_back(std::move(e));
        } else if (auto* l = std::get_if<Liquidation>(&e); l && !firstLiquidation(*l)) {
            m_health.noteDuplicate(kHealthWs);
        } else if (s) {
            m_pending.push_back(std::move(e));
        }
    }
}

bool OkxFeed::firstLiquidation(const Liquidation& l)
{
    std::uint64_t key = 1469598103934665603ULL;
    for (const std::int64_t v : {static_cast<std::int64_t>(l.h.symbol), l.h.exchangeTime, l.price.raw,
             l.qty.raw, static_cast<std::int64_t>(l.liquidated)})
        key = (key ^ static_cast<std::uint64_t>(v)) * 1099511628211ULL;
    if (!m_liqSeen.insert(key).second)
        return false;
    m_liqOrder.push_back(key);
    if (m_liqOrder.size() > kRememberLiquidations) {
        m_liqSeen.erase(m_liqOrder.front());
        m_liqOrder.pop_front();
    }
    return true;
}

void OkxFeed::maintain()
{
    const qint64 now = m_clock.elapsed();
    if (m_pingSentMs >= 0 && now - m_pingSentMs > m_config.pongTimeoutMs) {
        m_pingSentMs = -1;
        m_ws->reconnect(QStringLiteral("no pong within %1 ms of a ping").arg(m_config.pongTimeoutMs));
    }
    for (auto& [id, s] : m_symbols) {
        if (s.inFlight || now - s.lastBackfillMs < m_config.backfillIntervalMs)
            continue;
        if (s.trades.hasGap(now, m_config.tradeGapGraceMs))
            requestTrades(id, Fetch::Gap);
        else if (s.wantHead)
            requestTrades(id, Fetch::Head);
        else if (s.wantTail)
            requestTrades(id, Fetch::Tail);
    }
}

void OkxFeed::flush()
{
    if (m_pending.empty())
        return;
    auto batch = std::make_shared<EventBatch>();
    batch->events.swap(m_pending);
    emit batchReady(std::move(batch));
}

} // namespace perp::okx
