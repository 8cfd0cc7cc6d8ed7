// SPDX-License-Identifier: MIT
#include "okxfeed.h"

#include "okxrest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace perp::okx {

namespace {

const QString kWs = QStringLiteral("public");
const QString kRest = QStringLiteral("rest");
constexpr int kTradePage = 100; // history-trades limit
constexpr std::size_t kRememberLiquidations = 10'000;
constexpr int kHoleTries = 3; // empty answers before a hole counts as missing on the exchange too

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
    m_ws = std::make_unique<net::WsConnection>(kWs, m_config.wsUrl, m_config.ws, this);
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
    m_ws->watchStream(QStringLiteral("trades"), m_config.staleTradesMs);
    if (m_config.depth)
        m_ws->watchStream(QStringLiteral("books5"), m_config.staleBookMs);

    connect(m_ws.get(), &net::WsConnection::message, this, &OkxFeed::onMessage);
    connect(m_ws.get(), &net::WsConnection::opened, this, [this](bool fresh) {
        m_health.setState(kWs, net::StreamState::Live);
        m_pingSentMs = -1;
        if (fresh)
            return;
        m_health.noteReconnect(kWs);
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
        m_health.setState(kWs, net::StreamState::Reconnecting);
        m_health.setMessage(QStringLiteral("public: ") + reason);
    });
    connect(m_ws.get(), &net::WsConnection::stale, this,
        [this](const QString&) { m_health.setState(kWs, net::StreamState::Stale); });
    connect(&m_rest, &net::RestClient::unavailable, this, &OkxFeed::onUnavailable);
    connect(&m_flushTimer, &QTimer::timeout, this, &OkxFeed::flush);
    connect(&m_maintainTimer, &QTimer::timeout, this, &OkxFeed::maintain);
    connect(&m_oiTimer, &QTimer::timeout, this, &OkxFeed::pollOpenInterest);
    connect(&m_pingTimer, &QTimer::timeout, this, &OkxFeed::sendPing);
}

OkxFeed::~OkxFeed() = default;

void OkxFeed::setRecorder(std::shared_ptr<record::FrameRecorder> recorder)
{
    m_ws->setRecorder(recorder, QStringLiteral("okx"));
    m_rest.setRecorder(std::move(recorder), QStringLiteral("okx"));
}

QString OkxFeed::description() const
{
    return QStringLiteral("OKX SWAP · %1 symbols · %2")
        .arg(m_config.symbols.size())
        .arg(m_config.restBase.host());
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
    m_health.setState(kWs, net::StreamState::Connecting);
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
    if (m_config.klineBackfill > 0)
        for (SymbolId id : m_config.symbols)
            backfillKlines(id, std::make_shared<std::vector<Candle>>());
    emit statusChanged(description());
}

void OkxFeed::stop()
{
    m_running = false;
    m_ws->close();
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
        for (QTimer* t : {&m_maintainTimer, &m_oiTimer, &m_pingTimer})
            t->stop();
    }
    emit failed(message);
    emit statusChanged(message);
}

void OkxFeed::noteRestError(const QString& message)
{
    m_health.noteRejected(kRest);
    m_health.setMessage(message);
}

void OkxFeed::loadInstruments()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instType"), QStringLiteral("SWAP"));
    m_rest.get(QStringLiteral("/api/v5/public/instruments"), q, [this](const net::RestReply& reply) {
        if (!m_running)
            return;
        if (reply.status == 403) {
            onUnavailable(QStringLiteral("OKX refuses connections from this location (HTTP 403)"));
            return;
        }
        const QString fallback = QStringLiteral("; using the built-in contract values (dated)");
        if (!reply.ok) {
            noteRestError(reply.error + fallback);
        } else {
            const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/public/instruments", 0};
            const feed::ParseResult r = readInstruments(f, m_parser.contracts(), m_instrumentsLoaded);
            if (!r.ok())
                noteRestError(QString::fromStdString(r.error->toString()) + fallback);
            else
                m_health.noteMessage(kRest, 0);
        }
        openStream();
    });
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
        m_health.noteRejected(kWs);
        m_health.setMessage(QString::fromStdString(r.error->toString()));
        salvage(text);
        return;
    }
    if (m_scratch.empty())
        return;
    const TimeMs t = header(m_scratch.front()).exchangeTime;
    if (m_sessionStartMs < 0)
        m_sessionStartMs = t;
    m_health.noteMessage(kWs, t);
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
            if (!fromRest)
                m_ws->noteStream(QStringLiteral("trades"));
            if (!s || (fromRest && (m_sessionStartMs < 0 || t->h.exchangeTime < m_sessionStartMs)))
                continue; // not ours, or older than this session: history, not a hole
            const bool anchoring = !s->trades.started();
            // An aggregated trade stands for ids tradeId - count + 1 .. tradeId.
            bool fresh = false;
            for (std::int64_t id = t->id - count + 1; id <= t->id; ++id)
                fresh |= s->trades.offer(id, now) == net::TradeTracker::Verdict::New;
            if (!fresh) {
                if (!fromRest) // REST pages overlap what arrived live on purpose
                    m_health.noteDuplicate(kWs);
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
            m_health.noteDuplicate(kWs);
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

void OkxFeed::requestTrades(SymbolId id, Fetch kind)
{
    PerSymbol& s = m_symbols[id];
    s.inFlight = true;
    s.lastBackfillMs = m_clock.elapsed();
    if (kind == Fetch::Tail)
        s.wantTail = false;
    // Pages go down from `after` (exclusive), newest first.
    const std::int64_t after = kind == Fetch::Gap ? s.trades.firstAhead()
        : kind == Fetch::Head                     ? s.headCursor
                                                  : 0;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instId"), s.instId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(kTradePage));
    if (after > 0) {
        q.addQueryItem(QStringLiteral("type"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
    }
    m_rest.get(QStringLiteral("/api/v5/market/history-trades"), q,
        [this, id, kind, after](const net::RestReply& reply) {
            PerSymbol& sym = m_symbols[id];
            sym.inFlight = false;
            if (!m_running)
                return;
            if (!reply.ok) {
                noteRestError(reply.error);
                sym.wantTail |= kind == Fetch::Tail && reply.status != 451;
                return;
            }
            const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/market/history-trades", 0};
            std::vector<MarketEvent> events;
            const feed::ParseResult r = readTrades(f, m_parser.contracts(), events);
            if (!r.ok()) {
                noteRestError(QString::fromStdString(r.error->toString()));
                return;
            }
            m_health.noteMessage(kRest, 0);
            const bool fullPage = events.size() >= static_cast<std::size_t>(kTradePage);
            if (kind == Fetch::Head) {
                bool reachedStart = !fullPage;
                for (const MarketEvent& e : events) {
                    const auto& t = std::get<Trade>(e);
                    reachedStart |= t.h.exchangeTime < m_sessionStartMs;
                    sym.headCursor = std::min(sym.headCursor, t.id);
                }
                sym.wantHead = !reachedStart;
            }
            const std::int64_t holeLow = sym.trades.contiguous();
            const std::uint64_t before = m_tradesBackfilled;
            accept(events, nullptr, true);
            if (m_tradesBackfilled > before)
                m_health.noteGapBackfilled(kWs);
            if (kind == Fetch::Gap) {
                const bool progressed
                    = sym.trades.contiguous() != holeLow || sym.trades.firstAhead() != after;
                sym.holeTries = progressed ? 0 : sym.holeTries + 1;
                if (sym.holeTries >= kHoleTries && after > holeLow + 1) {
                    // The exchange has no trades with these ids either: account for them and go on.
                    m_health.setMessage(
                        QStringLiteral("OKX %1: trade ids %2..%3 are missing on the exchange too")
                            .arg(sym.instId)
                            .arg(holeLow + 1)
                            .arg(after - 1));
                    for (std::int64_t i = holeLow + 1; i < after; ++i)
                        sym.trades.offer(i, m_clock.elapsed());
                    sym.holeTries = 0;
                }
            }
            if (fullPage && kind != Fetch::Tail)
                sym.lastBackfillMs = -1'000'000; // more below: continue at once
        });
}

void OkxFeed::backfillKlines(SymbolId id, std::shared_ptr<std::vector<Candle>> got)
{
    const int want = m_config.klineBackfill - static_cast<int>(got->size());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instId"), m_symbols[id].instId);
    q.addQueryItem(QStringLiteral("bar"), QStringLiteral("1m"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::min(want, m_config.candlePage)));
    if (!got->empty())
        q.addQueryItem(QStringLiteral("after"), QString::number(got->front().openTime));
    m_rest.get(QStringLiteral("/api/v5/market/candles"), q, [this, id, got](const net::RestReply& reply) {
        if (!m_running)
            return;
        if (!reply.ok) {
            noteRestError(reply.error);
            return;
        }
        const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/market/candles", 0};
        std::vector<Candle> page;
        const feed::ParseResult r = readCandles(f, page);
        if (!r.ok()) {
            noteRestError(QString::fromStdString(r.error->toString()));
            return;
        }
        m_health.noteMessage(kRest, 0);
        got->insert(got->begin(), page.begin(), page.end());
        if (!page.empty() && static_cast<int>(got->size()) < m_config.klineBackfill
            && page.size() >= static_cast<std::size_t>(m_config.candlePage)) {
            backfillKlines(id, got);
            return;
        }
        emit candlesBackfilled(id, got);
    });
}

void OkxFeed::pollOpenInterest()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instType"), QStringLiteral("SWAP"));
    m_rest.get(QStringLiteral("/api/v5/public/open-interest"), q, [this](const net::RestReply& reply) {
        if (!m_running)
            return;
        if (!reply.ok) {
            noteRestError(reply.error);
            return;
        }
        const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/public/open-interest", 0};
        std::vector<MarketEvent> events;
        const feed::ParseResult r = readOpenInterest(
            f,
            [this](std::string_view inst) -> std::optional<SymbolId> {
                const auto it = m_byInstId.find(std::string(inst));
                return it == m_byInstId.end() ? std::nullopt : std::optional<SymbolId>(it->second);
            },
            events);
        if (!r.ok()) {
            noteRestError(QString::fromStdString(r.error->toString()));
            return;
        }
        m_health.noteMessage(kRest, 0);
        accept(events, nullptr, true);
    });
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
