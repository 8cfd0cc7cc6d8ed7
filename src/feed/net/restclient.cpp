// SPDX-License-Identifier: MIT
#include "restclient.h"

#include "core/time.h"
#include "feed/record/framerecorder.h"

#include <QDateTime>
#include <QNetworkReply>

namespace perp::net {

RestClient::RestClient(QString exchange, QUrl base, RestOptions options, QObject* parent)
    : QObject(parent)
    , m_exchange(std::move(exchange))
    , m_base(std::move(base))
    , m_options(std::move(options))
    , m_nam(this)
    , m_backoff(m_options.backoffBaseMs, m_options.backoffMaxMs)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RestClient::pump);
}

void RestClient::setRecorder(std::shared_ptr<record::FrameRecorder> recorder, const QString& venue)
{
    m_recorder = std::move(recorder);
    m_recordVenue = venue.toStdString();
}

void RestClient::get(const QString& path, const QUrlQuery& query, Callback done)
{
    if (!m_available) {
        RestReply r;
        r.status = 451;
        r.error = QStringLiteral("%1 is unavailable from this location (HTTP 451)").arg(m_exchange);
        done(r);
        return;
    }
    m_queue.push_back(Request {path, query, std::move(done), 0});
    pump();
}

void RestClient::pauseFor(int ms, const QString& reason)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + ms);
    emit backingOff(ms, reason);
}

void RestClient::pump()
{
    const qint64 now = m_clock.elapsed();
    if (now < m_pausedUntilMs) {
        m_pumpTimer.start(static_cast<int>(m_pausedUntilMs - now));
        return;
    }
    // Near the weight limit: wait for the next minute window.
    if (m_usedWeight >= m_options.weightLimitPerMinute * m_options.weightSafetyShare) {
        const qint64 msIntoMinute = QDateTime::currentMSecsSinceEpoch() % 60'000;
        m_usedWeight = 0; // the next answer's header tells the real figure
        pauseFor(
            static_cast<int>(60'000 - msIntoMinute) + 50, QStringLiteral("request weight near the limit"));
        m_pumpTimer.start(static_cast<int>(m_pausedUntilMs - now));
        return;
    }
    while (m_available && m_inFlight < m_options.maxInFlight && !m_queue.empty()) {
        Request r = std::move(m_queue.front());
        m_queue.pop_front();
        send(std::move(r));
    }
}

void RestClient::send(Request r)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + r.path);
    url.setQuery(r.query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    ++m_inFlight;
    QNetworkReply* reply = m_nam.get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, r = std::move(r)]() mutable {
        --m_inFlight;
        finished(std::move(r), reply);
        reply->deleteLater();
        pump();
    });
}

void RestClient::finished(Request r, QNetworkReply* reply)
{
    RestReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    const QByteArray weight = reply->rawHeader("X-MBX-USED-WEIGHT-1m");
    if (!weight.isEmpty())
        m_usedWeight = weight.toInt();
    const int retryAfterS = reply->rawHeader("Retry-After").toInt();

    if (out.status == 451) {
        out.error = QStringLiteral("%1 refuses connections from this location (HTTP 451)").arg(m_exchange);
        const bool first = m_available;
        m_available = false;
        std::deque<Request> dropped;
        dropped.swap(m_queue);
        if (first)
            emit unavailable(out.error);
        r.done(out);
        for (Request& q : dropped)
            q.done(out);
        return;
    }
    QString retryReason;
    int delay = 0;
    if (out.status == 429 || out.status == 418
        || (out.status == 200 && m_options.isRateLimited && m_options.isRateLimited(out.body))) {
        ++m_rateLimited;
        delay = std::max(retryAfterS * 1000, m_backoff.next());
        retryReason = out.status == 418 ? QStringLiteral("IP banned for a while (HTTP 418)")
                                        : QStringLiteral("rate limited (HTTP %1)").arg(out.status);
        pauseFor(delay, retryReason);
    } else if (out.status >= 500 || (out.status == 0 && reply->error() != QNetworkReply::NoError)) {
        delay = m_backoff.next();
        retryReason
            = out.status ? QStringLiteral("server error (HTTP %1)").arg(out.status) : reply->errorString();
    }
    if (!retryReason.isEmpty()) {
        if (r.attempt < m_options.maxRetries) {
            ++r.attempt;
            m_queue.push_front(std::move(r));
            if (out.status != 429 && out.status != 418)
                pauseFor(delay, retryReason);
            return;
        }
        out.error = QStringLiteral("%1 %2: %3 (gave up after %4 tries)")
                        .arg(m_exchange, reply->url().path(), retryReason)
                        .arg(r.attempt + 1);
        r.done(out);
        return;
    }
    if (out.status != 200) {
        out.error = QStringLiteral("%1 %2: HTTP %3: %4")
                        .arg(m_exchange, reply->url().path())
                        .arg(out.status)
                        .arg(QString::fromUtf8(out.body.left(200)));
        r.done(out);
        return;
    }
    m_backoff.reset();
    out.ok = true;
    if (m_recorder) {
        const QString query = r.query.toString(QUrl::FullyEncoded);
        const std::string channel = "rest:" + (query.isEmpty() ? r.path : r.path + '?' + query).toStdString();
        m_recorder->record(nowUs(), m_recordVenue, channel,
            {out.body.constData(), static_cast<std::size_t>(out.body.size())});
    }
    r.done(out);
}

} // namespace perp::net
