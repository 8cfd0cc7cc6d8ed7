// SPDX-License-Identifier: MIT
#include "bybitfeed.h"

#include "core/time.h"

#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

namespace perp::bybit {

namespace {
constexpr std::size_t kSeenPerSymbol = 50'000;
}

BybitFeed::BybitFeed(FeedConfig config, QObject* parent)
    : FeedSource(parent)
    , m_config(std::move(config))
    , m_socket(QString(), QWebSocketProtocol::VersionLatest, this)
    , m_net(this)
    , m_reconnect(this)
    , m_ping(this)
    , m_backfillSoon(this)
{
    if (m_config.symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            m_config.symbols.push_back(id);
    m_reconnect.setSingleShot(true);
    m_backfillSoon.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_running)
            m_socket.open(QUrl(m_config.wsUrl));
    });
    connect(&m_backfillSoon, &QTimer::timeout, this, &BybitFeed::backfillAll);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return;
        if (m_clock.elapsed() - m_lastMessageMs > m_config.staleMs) {
            m_health.lastError = QStringLiteral("no message for %1 s").arg(m_config.staleMs / 1000);
            m_socket.abort();
            return;
        }
        m_socket.sendTextMessage(QStringLiteral("{\"op\":\"ping\"}"));
    });
    connect(&m_socket, &QWebSocket::connected, this, &BybitFeed::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BybitFeed::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &BybitFeed::onDisconnected);
}

BybitFeed::~BybitFeed() = default;

QString BybitFeed::description() const
{
    return QStringLiteral("Bybit linear · %1 · %2 symbols").arg(m_health.state).arg(m_config.symbols.size());
}

void BybitFeed::setState(const QString& state)
{
    m_health.state = state;
    emit statusChanged(description());
    emit healthChanged();
}

void BybitFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    setState(QStringLiteral("connecting"));
    m_socket.open(QUrl(m_config.wsUrl));
}

void BybitFeed::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_ping.stop();
    m_socket.close();
    setState(QStringLiteral("idle"));
}

void BybitFeed::onConnected()
{
    const bool again = m_everConnected;
    if (again)
        ++m_health.reconnects;
    m_everConnected = true;
    m_lastMessageMs = m_clock.elapsed();
    m_parser.reset(); // the server starts every topic with a fresh snapshot
    // Resubscribe: 10 topics per request.
    QStringList topics;
    for (SymbolId id : m_config.symbols) {
        const auto s = QString::fromStdString(symbolName(id));
        topics << "publicTrade." + s << "allLiquidation." + s << "tickers." + s;
    }
    for (qsizetype i = 0; i < topics.size(); i += 10) {
        QStringList chunk = topics.mid(i, 10);
        m_socket.sendTextMessage(QStringLiteral("{\"op\":\"subscribe\",\"req_id\":\"%1\",\"args\":[\"%2\"]}")
                                     .arg(i / 10)
                                     .arg(chunk.join(QStringLiteral("\",\""))));
    }
    m_ping.start(m_config.pingMs);
    setState(QStringLiteral("live"));
    if (again)
        backfillAll(); // trades made while we were away
}

void BybitFeed::onDisconnected()
{
    m_ping.stop();
    if (!m_running)
        return;
    const int base = std::min(m_config.maxBackoffMs, 250 << std::min(m_attempt, 16));
    ++m_attempt;
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    m_reconnect.start(static_cast<int>(base * jitter(m_jitter)));
    m_health.lastError = m_socket.errorString();
    setState(QStringLiteral("reconnecting"));
}

bool BybitFeed::firstSighting(const Trade& t)
{
    auto& seen = m_seen[t.h.symbol];
    if (seen.ids.empty() && seen.firstTime == 0)
        seen.firstTime = t.h.exchangeTime;
    if (!seen.ids.insert(t.id).second)
        return false;
    seen.order.push_back(t.id);
    if (seen.order.size() > kSeenPerSymbol) {
        seen.ids.erase(seen.order.front());
        seen.order.pop_front();
    }
    return true;
}

void BybitFeed::onText(const QString& text)
{
    m_lastMessageMs = m_clock.elapsed();
    m_attempt = 0;
    ++m_health.messages;
    const QByteArray bytes = text.toUtf8();
    std::vector<MarketEvent> events;
    const auto r = m_parser.parse(
        feed::Frame {std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), nowUs(),
            "bybit linear", m_health.messages},
        events);
    if (!r.ok()) {
        ++m_health.rejected;
        m_health.lastError = QString::fromStdString(r.error->toString());
        m_backfillSoon.start(300); // the bad frame may have held trades
        emit healthChanged();
        return;
    }
    auto batch = std::make_shared<EventBatch>();
    for (auto& e : events) {
        if (const auto* t = std::get_if<Trade>(&e); t && !firstSighting(*t)) {
            ++m_health.duplicates;
            continue;
        }
        batch->events.push_back(std::move(e));
    }
    if (!batch->events.empty())
        emit batchReady(std::move(batch));
}

void BybitFeed::backfillAll()
{
    for (SymbolId id : m_config.symbols) {
        QUrl url(m_config.restBase + QStringLiteral("/v5/market/recent-trade"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
        q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(id)));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        url.setQuery(q);
        ++m_pending;
        QNetworkReply* reply = m_net.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            --m_pending;
            if (reply->error() != QNetworkReply::NoError) {
                m_health.lastError = QStringLiteral("REST: ") + reply->errorString();
                if (m_running)
                    m_backfillSoon.start(1000);
                emit healthChanged();
                return;
            }
            onRecentTrades(reply->readAll());
        });
    }
}

void BybitFeed::onRecentTrades(const QByteArray& body)
{
    std::vector<MarketEvent> events;
    const auto r = m_restParser.parseRecentTrades(
        feed::Frame {std::string_view(body.constData(), static_cast<std::size_t>(body.size())), nowUs(),
            "bybit /v5/market/recent-trade", 0},
        events);
    if (!r.ok()) {
        ++m_health.rejected;
        m_health.lastError = QString::fromStdString(r.error->toString());
        emit healthChanged();
        return;
    }
    // Trades from before the first one seen live are history, not missed trades.
    auto batch = std::make_shared<EventBatch>();
    for (auto& e : events) {
        const auto& t = std::get<Trade>(e);
        const auto& seen = m_seen[t.h.symbol];
        if (seen.ids.empty() || t.h.exchangeTime < seen.firstTime || !firstSighting(t))
            continue;
        batch->events.push_back(std::move(e));
    }
    if (!batch->events.empty()) {
        ++m_health.gapsBackfilled;
        m_health.tradesBackfilled += batch->events.size();
        emit batchReady(std::move(batch));
    }
    emit healthChanged();
}

} // namespace perp::bybit
