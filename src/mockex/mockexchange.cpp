// SPDX-License-Identifier: MIT
#include "mockexchange.h"

#include "binancejson.h"
#include "bybitjson.h"
#include "okxsession.h"
#include "session.h"

#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace perp::mockex {

MockExchange::MockExchange(const MockOptions& options, std::vector<SymbolId> symbols,
    std::unique_ptr<FeedSource> source, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_market(options.seed, std::move(symbols))
    , m_faults(options.faults, options.seed)
    , m_rest(m_market, m_faults, [this] { return statsJson(); })
    , m_http([this](const HttpRequest& r) { return m_rest.handle(r); })
    , m_ws(QStringLiteral("perpscope-mockex"), QWebSocketServer::NonSecureMode)
    , m_source(std::move(source))
{
    connect(&m_http, &HttpServer::upgradeRequested, this, &MockExchange::onUpgrade);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &MockExchange::onWebSocket);
    connect(m_source.get(), &FeedSource::batchReady, this, &MockExchange::onBatch);
    connect(&m_bookTimer, &QTimer::timeout, this, &MockExchange::flushBooks);
    connect(&m_tickerTimer, &QTimer::timeout, this, &MockExchange::flushTickers);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        for (Session* s : m_sessions)
            s->ping();
    });
    connect(&m_dropTimer, &QTimer::timeout, this, [this] {
        const QList<Session*> all = m_sessions;
        for (Session* s : all) {
            ++m_faults.counts().drops;
            s->drop();
        }
    });
    m_bookTimer.start(100);
    m_tickerTimer.start(250);
    m_pingTimer.start(static_cast<int>(std::max(1.0, options.pingIntervalSeconds) * 1000));
    if (options.faults.dropEverySeconds > 0)
        m_dropTimer.start(static_cast<int>(options.faults.dropEverySeconds * 1000));
    m_acceptNewSymbols = m_market.symbols().empty();
    if (!options.waitForClient)
        startMarket();
}

MockExchange::~MockExchange() = default;

bool MockExchange::listen(QString& error)
{
    if (!m_http.listen(QHostAddress::LocalHost, m_options.port)) {
        error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                    .arg(m_options.port)
                    .arg(m_http.errorString());
        return false;
    }
    return true;
}

void MockExchange::startMarket()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_source.get(), &FeedSource::start, Qt::QueuedConnection);
}

void MockExchange::onUpgrade(QTcpSocket* socket)
{
    if (m_options.faults.geoBlock) {
        // Refuse the handshake the way a geo-fenced edge does: a plain HTTP 451.
        const QByteArray body = R"({"code":0,"msg":"Service unavailable from a restricted location."})";
        socket->write(
            "HTTP/1.1 451 Unavailable For Legal Reasons\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    m_ws.handleConnection(socket);
}

void MockExchange::onWebSocket()
{
    while (QWebSocket* socket = m_ws.nextPendingConnection()) {
        const QUrl url = socket->requestUrl();
        const QString path = url.path();
        Session* session = nullptr;
        auto streamsOf = [](const QString& list) {
            QList<QByteArray> out;
            for (const QString& s : list.split('/', Qt::SkipEmptyParts))
                out.append(s.toUtf8());
            return out;
        };
        if (path == "/v5/public/linear") {
            session = new BybitSession(socket, m_faults, this);
        } else if (path == "/ws/v5/public") {
            session = new OkxSession(socket, m_faults, this);
        } else {
            // /market|/public then /ws[/<s1>/<s2>...] or /stream?streams=a/b. A path
            // without a route is served like /public, as Binance does.
            QString rest = path;
            auto route = BinanceSession::Route::Public;
            if (rest.startsWith("/market/") || rest == "/market") {
                route = BinanceSession::Route::Market;
                rest = rest.mid(7);
            } else if (rest.startsWith("/public/") || rest == "/public") {
                rest = rest.mid(7);
            }
            if (rest == "/stream") {
                const QString streams = QUrlQuery(url).queryItemValue("streams");
                session = new BinanceSession(socket, m_faults, route, true, streamsOf(streams), this);
            } else if (rest == "/ws" || rest.startsWith("/ws/")) {
                session = new BinanceSession(socket, m_faults, route, false, streamsOf(rest.mid(3)), this);
            }
        }
        if (!session) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(session, &Session::streamAdded, this, &MockExchange::onStreamAdded);
        connect(session, &Session::closed, this, [this](Session* s) {
            m_sessions.removeOne(s);
            s->deleteLater();
        });
        m_sessions.append(session);
        // Streams named in the URL were added in the constructor, before the signal was connected.
        for (const QByteArray& s : session->streams())
            onStreamAdded(session, s);
    }
}

void MockExchange::onStreamAdded(Session* s, const QByteArray& stream)
{
    if (m_options.waitForClient
        && (stream.endsWith("@aggTrade") || stream.endsWith("@trade") || stream.startsWith("publicTrade.")
            || stream.startsWith("trades.")))
        startMarket();
    if (qobject_cast<OkxSession*>(s)) {
        m_okx.onStreamAdded(s, stream);
        return;
    }
    // Bybit sends a snapshot first on tickers and order book topics.
    const qsizetype dot = stream.lastIndexOf('.');
    if (dot < 0 || !qobject_cast<BybitSession*>(s))
        return;
    const auto id = findSymbol(stream.mid(dot + 1).toStdString());
    SymbolMarket* m = id ? m_market.find(*id) : nullptr;
    if (!m)
        return;
    if (stream.startsWith("tickers."))
        s->publish(stream, bybit::tickers(*m, true, m_market.now(), m_bybitSeq++));
    else if (stream.startsWith("orderbook.50."))
        s->publish(stream, bybit::orderbook(m->id, *m->book, nullptr, m_market.now(), m_bybitSeq++));
}

void MockExchange::onBatch(const EventBatchPtr& batch)
{
    if (m_stopped)
        return;
    std::map<SymbolId, std::size_t> firstNew;
    for (const MarketEvent& e : batch->events) {
        const TimeMs t = header(e).exchangeTime;
        if (m_marketStart == 0)
            m_marketStart = t;
        if (m_options.runForSeconds > 0
            && t >= m_marketStart + static_cast<TimeMs>(m_options.runForSeconds * 1000)) {
            m_stopped = true;
            QMetaObject::invokeMethod(m_source.get(), &FeedSource::stop, Qt::QueuedConnection);
            break;
        }
        // A replay brings its own symbols unless --symbols narrowed them.
        if (!m_market.find(header(e).symbol) && !m_acceptNewSymbols)
            continue;
        if (const auto* tr = std::get_if<Trade>(&e)) {
            SymbolMarket& s = m_market.symbol(tr->h.symbol);
            firstNew.try_emplace(tr->h.symbol, s.trades.size());
            m_market.addTrade(*tr);
        } else if (const auto* l = std::get_if<Liquidation>(&e)) {
            m_market.advanceTo(t);
            m_market.noteLiquidation(*l);
            publishBybit("allLiquidation." + QByteArray::fromStdString(symbolName(l->h.symbol)),
                bybit::allLiquidation(*l, t));
            m_okx.liquidation(*l);
            // Binance pushes at most one liquidation per symbol per second.
            TimeMs& last = m_lastForceOrderSecond[l->h.symbol];
            if (floorTo(t, 1000) != last) {
                last = floorTo(t, 1000);
                publishBinance(binance::lowerName(l->h.symbol) + "@forceOrder", binance::forceOrder(*l, t));
            } else {
                ++m_forceOrdersSampledOut;
            }
        } else if (const auto* mf = std::get_if<MarkFunding>(&e)) {
            m_market.apply(*mf);
        } else if (const auto* oi = std::get_if<OpenInterest>(&e)) {
            m_market.apply(*oi);
        }
    }
    for (const auto& [id, from] : firstNew)
        publishTrades(m_market.symbol(id), from);
    if (floorTo(m_market.now(), 1000) != m_lastMarkSecond) {
        m_lastMarkSecond = floorTo(m_market.now(), 1000);
        publishMarkPrices();
    }
}

void MockExchange::publishTrades(SymbolMarket& s, std::size_t firstNew)
{
    const QByteArray stream = binance::lowerName(s.id) + "@aggTrade";
    const QByteArray rawStream = binance::lowerName(s.id) + "@trade";
    for (std::size_t i = firstNew; i < s.trades.size(); ++i) {
        publishBinance(stream, binance::aggTrade(s.id, s.trades[i], s.trades[i].time));
        publishBinance(rawStream, binance::trade(s.id, s.trades[i], s.trades[i].time));
    }
    const std::span<const SentTrade> fresh(s.trades.data() + firstNew, s.trades.size() - firstNew);
    publishBybit("publicTrade." + QByteArray::fromStdString(symbolName(s.id)),
        bybit::publicTrade(s.id, fresh, m_market.now()));
    m_okx.trades(s, firstNew);
}

void MockExchange::publishMarkPrices()
{
    for (SymbolId id : m_market.symbols()) {
        const SymbolMarket& s = *m_market.find(id);
        publishBinance(binance::lowerName(id) + "@markPrice@1s", binance::markPrice(s, m_market.now()));
    }
    m_okx.marks(m_market.now());
}

void MockExchange::flushBooks()
{
    const TimeMs now = m_market.now();
    for (SymbolId id : m_market.symbols()) {
        SymbolMarket& s = *m_market.find(id);
        const OrderBook::Diff d = s.book->takeChanges();
        if (d.lastId == 0)
            continue;
        const QByteArray lower = binance::lowerName(id);
        std::int64_t& prev = m_lastDepthId[id];
        if (!m_faults.dropDepth())
            publishBinance(lower + "@depth@100ms", binance::depthUpdate(id, d, prev, now));
        prev = d.lastId;
        publishBinance(lower + "@bookTicker", binance::bookTicker(id, *s.book, now));
        publishBybit("orderbook.50." + QByteArray::fromStdString(symbolName(id)),
            bybit::orderbook(id, *s.book, &d, now, m_bybitSeq++));
        m_okx.book(s, now);
    }
}

void MockExchange::flushTickers()
{
    const TimeMs now = m_market.now();
    for (SymbolId id : m_market.symbols()) {
        SymbolMarket& s = *m_market.find(id);
        if (s.klineChanged && !s.klines.empty()) {
            s.klineChanged = false;
            const auto& [open, candle] = *s.klines.rbegin();
            const QByteArray stream = binance::lowerName(id) + "@kline_1m";
            // A new minute began: the previous kline goes out once more, closed (x: true).
            if (s.klineOpenSent != 0 && s.klineOpenSent != open) {
                const auto prev = s.klines.find(s.klineOpenSent);
                if (prev != s.klines.end())
                    publishBinance(stream, binance::kline(s, prev->second, now, true));
            }
            s.klineOpenSent = open;
            publishBinance(stream, binance::kline(s, candle, now, false));
        }
        if (s.tickerChanged) {
            s.tickerChanged = false;
            publishBybit("tickers." + QByteArray::fromStdString(symbolName(id)),
                bybit::tickers(s, false, now, m_bybitSeq++));
            m_okx.ticker(s, now);
        }
    }
}

void MockExchange::publishBinance(const QByteArray& stream, const QByteArray& payload)
{
    if (payload.isEmpty())
        return;
    for (Session* s : m_sessions)
        if (qobject_cast<BinanceSession*>(s))
            s->publish(stream, payload);
}

void MockExchange::publishBybit(const QByteArray& topic, const QByteArray& payload)
{
    for (Session* s : m_sessions)
        if (qobject_cast<BybitSession*>(s))
            s->publish(topic, payload);
}

QByteArray MockExchange::statsJson() const
{
    auto n = [](std::uint64_t v) { return QByteArray::number(static_cast<qulonglong>(v)); };
    Market& market = const_cast<Market&>(m_market);
    const FaultCounts& f = const_cast<FaultInjector&>(m_faults).counts();
    QByteArray out = R"({"now":)" + QByteArray::number(static_cast<qlonglong>(m_market.now()))
        + R"(,"running":)" + (m_started && !m_stopped ? "true" : "false") + R"(,"trades":)"
        + n(m_market.totalTrades()) + R"(,"connections":)" + n(m_connections) + R"(,"open":)"
        + n(static_cast<std::uint64_t>(m_sessions.size())) + R"(,"forceOrdersSampledOut":)"
        + n(m_forceOrdersSampledOut) + R"(,"faults":{"drops":)" + n(f.drops) + R"(,"stalled":)" + n(f.stalled)
        + R"(,"malformed":)" + n(f.malformed) + R"(,"truncated":)" + n(f.truncated) + R"(,"duplicated":)"
        + n(f.duplicated) + R"(,"reordered":)" + n(f.reordered) + R"(,"depthGaps":)" + n(f.depthGaps)
        + R"(,"http429":)" + n(f.http429) + R"(},"symbols":{)";
    bool first = true;
    for (SymbolId id : m_market.symbols()) {
        const SymbolMarket& s = *market.find(id);
        out += (first ? "" : ",") + ('"' + QByteArray::fromStdString(symbolName(id))) + R"(":{"trades":)"
            + n(s.trades.size()) + R"(,"volume":")" + QByteArray::fromStdString(s.volume.toString())
            + R"(","buyVolume":")" + QByteArray::fromStdString(s.buyVolume.toString()) + R"(","firstId":)"
            + QByteArray::number(static_cast<qlonglong>(s.firstTradeId)) + R"(,"lastId":)"
            + QByteArray::number(
                static_cast<qlonglong>(s.firstTradeId + static_cast<std::int64_t>(s.trades.size()) - 1))
            + R"(,"liquidations":)" + n(s.liquidations) + R"(,"bookUpdateId":)"
            + QByteArray::number(static_cast<qlonglong>(s.book->updateId())) + '}';
        first = false;
    }
    return out + R"(},"okxLiquidations":)" + m_okx.statsJson() + '}';
}

} // namespace perp::mockex
