// SPDX-License-Identifier: MIT
#include "binancefeed.h"

#include "core/time.h"

#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

namespace perp::binance {

namespace {
std::string lower(const std::string& s)
{
    std::string out = s;
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
} // namespace

BinanceFeed::BinanceFeed(FeedConfig config, QObject* parent)
    : FeedSource(parent)
    , m_config(std::move(config))
    , m_socket(QString(), QWebSocketProtocol::VersionLatest, this)
    , m_net(this)
    , m_reconnect(this)
    , m_watchdog(this)
{
    if (m_config.symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            m_config.symbols.push_back(id);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &BinanceFeed::openSocket);
    connect(&m_watchdog, &QTimer::timeout, this, &BinanceFeed::checkStale);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BinanceFeed::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &BinanceFeed::onDisconnected);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        if (m_everConnected)
            ++m_health.reconnects;
        m_everConnected = true;
        m_lastMessageMs = m_clock.elapsed();
        setState(QStringLiteral("live"));
        backfillAll(); // trades that happened while we were away
    });
}

BinanceFeed::~BinanceFeed() = default;

QString BinanceFeed::description() const
{
    return QStringLiteral("Binance USD-M · %1 · %2 symbols").arg(m_health.state).arg(m_config.symbols.size());
}

void BinanceFeed::setState(const QString& state)
{
    m_health.state = state;
    emit statusChanged(description());
    emit healthChanged();
}

QUrl BinanceFeed::streamUrl() const
{
    QStringList streams;
    for (SymbolId id : m_config.symbols) {
        const auto s = QString::fromStdString(lower(symbolName(id)));
        streams << s + "@aggTrade" << s + "@markPrice@1s" << s + "@forceOrder";
    }
    QUrl url(m_config.wsBase + QStringLiteral("/market/stream"));
    url.setQuery(QStringLiteral("streams=") + streams.join('/'));
    return url;
}

void BinanceFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    m_watchdog.start(1000);
    openSocket();
}

void BinanceFeed::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_watchdog.stop();
    m_socket.close();
    setState(QStringLiteral("idle"));
}

void BinanceFeed::openSocket()
{
    if (!m_running)
        return;
    setState(m_everConnected ? QStringLiteral("reconnecting") : QStringLiteral("connecting"));
    m_socket.open(streamUrl());
}

void BinanceFeed::onDisconnected()
{
    if (!m_running || m_health.state == QLatin1String("unavailable"))
        return;
    // Exponential backoff with jitter: 250 ms, 500 ms, 1 s ... up to maxBackoffMs, times 0.5..1.
    const int base = std::min(m_config.maxBackoffMs, 250 << std::min(m_attempt, 16));
    ++m_attempt;
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    m_reconnect.start(static_cast<int>(base * jitter(m_jitter)));
    m_health.lastError = m_socket.errorString();
    setState(QStringLiteral("reconnecting"));
}

void BinanceFeed::checkStale()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState
        && m_clock.elapsed() - m_lastMessageMs > m_config.staleMs) {
        m_health.lastError = QStringLiteral("no message for %1 s").arg(m_config.staleMs / 1000);
        m_socket.abort(); // disconnected() schedules the reconnect
    }
}

void BinanceFeed::onText(const QString& text)
{
    m_lastMessageMs = m_clock.elapsed();
    m_attempt = 0;
    ++m_health.messages;
    const QByteArray bytes = text.toUtf8();
    std::vector<MarketEvent> events;
    const auto r = m_parser.parse(
        feed::Frame {std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), nowUs(),
            "binance /market", m_health.messages},
        events);
    if (!r.ok()) {
        ++m_health.rejected;
        m_health.lastError = QString::fromStdString(r.error->toString());
        emit healthChanged();
        return;
    }
    auto batch = std::make_shared<EventBatch>();
    for (auto& e : events) {
        if (auto* t = std::get_if<Trade>(&e)) {
            auto [it, fresh] = m_lastId.try_emplace(t->h.symbol, t->id);
            if (!fresh) {
                if (t->id <= it->second) {
                    ++m_health.duplicates;
                    continue;
                }
                if (t->id > it->second + 1)
                    request(Range {t->h.symbol, it->second + 1, t->id});
                it->second = t->id;
            }
        }
        batch->events.push_back(std::move(e));
    }
    if (!batch->events.empty())
        emit batchReady(std::move(batch));
}

void BinanceFeed::backfillAll()
{
    for (const auto& [symbol, last] : m_lastId)
        request(Range {symbol, last + 1, -1});
}

void BinanceFeed::request(Range r)
{
    QUrl url(m_config.restBase + QStringLiteral("/fapi/v1/aggTrades"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("symbol"), QString::fromStdString(symbolName(r.symbol)));
    q.addQueryItem(QStringLiteral("fromId"), QString::number(r.from));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    url.setQuery(q);
    ++m_pending;
    QNetworkReply* reply = m_net.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, r] { onReply(reply, r); });
}

void BinanceFeed::onReply(QNetworkReply* reply, Range r)
{
    reply->deleteLater();
    --m_pending;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 451) {
        m_running = false;
        m_socket.abort();
        m_health.lastError = QStringLiteral("Binance is not available from this location (HTTP 451).");
        setState(QStringLiteral("unavailable"));
        emit failed(m_health.lastError);
        return;
    }
    if (status == 429 || status == 418 || reply->error() != QNetworkReply::NoError) {
        // Back off and ask again; Retry-After when the server gives one.
        const int retryS = std::clamp(reply->rawHeader("Retry-After").toInt(), 1, 120);
        m_health.lastError = QStringLiteral("REST %1: %2").arg(status).arg(reply->errorString());
        if (m_running) {
            ++m_pending; // still owed: counted until the retry is sent
            QTimer::singleShot(retryS * 1000, this, [this, r] {
                --m_pending;
                request(r);
            });
        }
        emit healthChanged();
        return;
    }
    const QByteArray body = reply->readAll();
    std::vector<MarketEvent> events;
    const auto res = m_restParser.parseAggTrades(
        feed::Frame {std::string_view(body.constData(), static_cast<std::size_t>(body.size())), nowUs(),
            "binance /fapi/v1/aggTrades", 0},
        symbolName(r.symbol), events);
    if (!res.ok()) {
        ++m_health.rejected;
        m_health.lastError = QString::fromStdString(res.error->toString());
        emit healthChanged();
        return;
    }
    auto batch = std::make_shared<EventBatch>();
    std::int64_t lastInReply = r.from - 1;
    auto& last = m_lastId[r.symbol];
    for (auto& e : events) {
        const auto& t = std::get<Trade>(e);
        lastInReply = std::max(lastInReply, t.id);
        const bool wanted = r.to >= 0 ? (t.id >= r.from && t.id < r.to) : t.id > last;
        if (!wanted)
            continue;
        if (r.to < 0)
            last = t.id;
        batch->events.push_back(std::move(e));
    }
    if (!batch->events.empty()) {
        ++m_health.gapsBackfilled;
        m_health.tradesBackfilled += batch->events.size();
        emit batchReady(std::move(batch));
    }
    // A full page may not reach the end of the range: ask for the next one.
    if (events.size() >= 1000 && (r.to < 0 || lastInReply + 1 < r.to))
        request(Range {r.symbol, lastInReply + 1, r.to});
    emit healthChanged();
}

} // namespace perp::binance
